/** Realistic application bodies, as a department would POST them. */
const sha = (c: string) => c.repeat(64).slice(0, 64);

export function hongshanSmallBuild(overrides: Record<string, unknown> = {}) {
  return {
    name: '红山区政务服务事项管理系统',
    applicant: { type: '区直部门', level: 'district' },
    category: 'build',
    subtype: 'new',
    amounts: { total: '580000.00' },
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '区政务服务中心信息科',
    responsiblePerson: '张三',
    documents: [
      { type: '申请入库文件', title: '关于申请纳入政务信息化项目库的函', sha256: sha('a') },
      { type: '实施方案', title: '政务服务事项管理系统实施方案', sha256: sha('b'), chapters: ['财政资金保障篇(章)', '数据资源共享分析篇(章)', '网络和数据安全保障措施'] },
    ],
    dataResources: [{ name: '政务服务事项目录', sharingType: 'unconditional' }],
    ...overrides,
  };
}

/*
 * One realistic, complete application per jurisdiction, each as its regulation asks for it at the first submission
 * (入库 / 需求方案 / 立项申请). Document types, chapters, field names and review names are the packs' own Chinese
 * wording (packages/rules/src/packs/<jurisdiction>/). Every builder takes shallow overrides like hongshanSmallBuild.
 */

/** 第六条(一)–(四): what a 红山 new build states at 入库 (its answers are judged by the reviewer). */
const HONGSHAN_NEW_BUILD_FIELDS = {
  升级改造原有系统不能满足需求的说明: '现有城管案件系统为2014年建设的单机版C/S架构,厂商已停止维护,无法通过升级改造支撑视频AI识别和多部门协同派单。',
  共享共用其他系统情况说明: '已比对区级一体化政务服务平台、市级城市运行管理服务平台,均不具备城管案件闭环处置功能,不能共享共用。',
  系统接口: '对接区政务数据共享交换平台、市城市运行管理服务平台、12345政务服务便民热线系统(接口清单见可行性研究报告第五章)。',
  数据共享方案: '城管案件、部件数据通过区政务数据共享交换平台按日共享,向市场监管、住建等部门无条件共享。',
  项目需求: '建设城市运行管理指挥平台,实现案件发现、立案、派遣、处置、核查、结案全流程闭环管理。',
  绩效目标: '案件平均处置时长由5天缩短至2天;结案率不低于95%;接入视频点位不少于800路。',
} as const;

/**
 * 红山区 ≥60万 build (第八条): 入库 with 申请入库文件 + 可行性研究报告(二合一) carrying the three 第十四条 chapters;
 * approval path HS-12-path-600k (可研 + 初步设计方案 approved later, A-08).
 */
export function hongshanFeasibilityBuild(overrides: Record<string, unknown> = {}) {
  return {
    name: '红山区城市运行管理指挥平台',
    applicant: { type: '区直部门', level: 'district', name: '红山区城市管理综合执法局' },
    category: 'build',
    subtype: 'new',
    objectType: '业务信息系统',
    amounts: { total: '1200000.00' },
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '区城市管理综合执法局信息中心',
    responsiblePerson: '王建国',
    documents: [
      { type: '申请入库文件', title: '关于红山区城市运行管理指挥平台申请纳入政务信息化项目库的函', sha256: sha('c') },
      {
        type: '可行性研究报告',
        title: '红山区城市运行管理指挥平台可行性研究报告(项目建议书、可行性研究报告二合一)',
        sha256: sha('d'),
        chapters: ['项目概况', '需求分析', '建设方案', '财政资金保障篇(章)', '数据资源共享分析篇(章)', '网络和数据安全保障措施', '投资估算'],
      },
    ],
    dataResources: [
      { name: '城市管理案件信息', source: '区城市管理综合执法局', format: '数据库表', updateFrequency: '实时', sharingType: 'unconditional', openingType: 'not_open' },
      { name: '城市部件普查数据', source: '区城市管理综合执法局', format: 'SHP', updateFrequency: '每年', sharingType: 'conditional', openingType: 'not_open' },
    ],
    fields: { ...HONGSHAN_NEW_BUILD_FIELDS },
    ...overrides,
  };
}

/**
 * 红山区 <60万 build (第八条): 申请入库文件 + 实施方案(三合一) with the 第十四条 chapters and the 第六条 statements;
 * approval path HS-12-path-below-600k. `hongshanSmallBuild` is the same project without the 第六条 statements.
 */
export function hongshanImplementationBuild(overrides: Record<string, unknown> = {}) {
  return {
    name: '红山区政务服务事项标准化管理系统',
    applicant: { type: '区直部门', level: 'district', name: '红山区政务服务中心' },
    category: 'build',
    subtype: 'new',
    objectType: '业务信息系统',
    amounts: { total: '580000.00' },
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '区政务服务中心信息科',
    responsiblePerson: '张三',
    documents: [
      { type: '申请入库文件', title: '关于政务服务事项标准化管理系统申请纳入政务信息化项目库的函', sha256: sha('a') },
      {
        type: '实施方案',
        title: '政务服务事项标准化管理系统实施方案(项目建议书、可行性研究报告、初步设计方案三合一)',
        sha256: sha('b'),
        chapters: ['项目概况', '建设内容', '财政资金保障篇(章)', '数据资源共享分析篇(章)', '网络和数据安全保障措施', '实施进度'],
      },
    ],
    dataResources: [
      { name: '政务服务事项目录', source: '区政务服务中心', format: '数据库表', updateFrequency: '每日', sharingType: 'unconditional', openingType: 'unconditional' },
    ],
    fields: {
      升级改造原有系统不能满足需求的说明: '现有事项清单以Excel台账管理,无系统可供升级改造。',
      共享共用其他系统情况说明: '省一体化政务服务平台事项库仅提供省级标准事项,不支持区级实施清单要素管理,不能共享共用。',
      系统接口: '对接省一体化政务服务平台事项库、区政务数据共享交换平台。',
      数据共享方案: '区级事项实施清单通过区政务数据共享交换平台无条件共享。',
      项目需求: '建设区级政务服务事项实施清单标准化管理系统,实现事项要素统一维护和同步发布。',
      绩效目标: '区级事项实施清单要素完整率达到100%;与省事项库同步时延不超过1天。',
    },
    ...overrides,
  };
}

/**
 * 毕节市 需求方案 (第五条、第六条): the entry application of a 市级 一级预算单位 with independent legal personality,
 * for next year's 开发服务; the 需求方案 has the seven 第五条(三) sections, a 密码应用方案 (第五条(四)), 绩效目标
 * (第三十二条), the signed 用户单位承诺 (第八条) and a data-resource catalogue classified, graded and with its
 * sharing / opening attributes (第二十三–二十五条). (A 服务方案 with its 11 sections follows only once the project is
 * in the 市人民政府-approved annual plan, 第十三条.)
 */
export function bijieDemandPlan(overrides: Record<string, unknown> = {}) {
  return {
    name: '毕节市智慧教育公共服务平台',
    applicant: { type: '市级行政部门', level: 'city', independentLegalPerson: true, firstLevelBudgetUnit: true, name: '毕节市教育局' },
    category: 'dev_service',
    subtype: 'new',
    objectType: '服务平台',
    amounts: { total: '2800000.00', estimate: '2800000.00' },
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '毕节市教育局信息中心',
    responsiblePerson: '李明',
    flags: { handlesSensitiveData: true },
    documents: [
      {
        type: '需求方案',
        title: '毕节市智慧教育公共服务平台需求方案',
        sha256: sha('e'),
        chapters: ['建设依据', '系统目标', '服务内容', '功能应用', '数据资源', '网络部署', '安全保障', '经费估算'],
      },
      { type: '密码应用方案', title: '毕节市智慧教育公共服务平台密码应用方案', sha256: sha('f') },
      { type: '绩效目标', title: '毕节市智慧教育公共服务平台绩效目标申报表', sha256: sha('1') },
    ],
    dataResources: [
      {
        name: '中小学学籍基础信息',
        source: '毕节市教育局',
        format: '数据库表',
        updateFrequency: '每学期',
        classification: '公共服务类',
        grade: '三级(敏感)',
        sharingType: 'conditional',
        openingType: 'not_open',
        attributes: { 信息项: '学籍号、姓名、性别、学校、年级、班级', 共享服务方式: '接口调用', 数据提供方式: '贵州省数据共享交换平台毕节专区' },
      },
      {
        name: '中小学校基本信息',
        source: '毕节市教育局',
        format: '数据库表',
        updateFrequency: '每年',
        classification: '公共服务类',
        grade: '一级(公开)',
        sharingType: 'unconditional',
        openingType: 'unconditional',
        attributes: {
          信息项: '学校名称、办学类型、地址、联系电话',
          共享服务方式: '接口调用',
          开放服务方式: '数据下载',
          数据提供方式: '贵州省数据共享交换平台毕节专区',
        },
      },
    ],
    fields: {
      '用户单位承诺(真实性、合理性、合规性、完整性)': '本单位对项目的真实性、合理性和要件的合规性、完整性负责。承诺人:毕节市教育局局长 陈志强,2026年11月20日',
      隐私保护和数据脱敏脱密承诺: '严格遵守隐私保护和数据脱敏脱密有关规定,学籍数据仅以脱敏方式共享。',
      绩效目标: '全市中小学教育服务事项网上可办率达到90%;平台服务学生家长不少于50万人。',
    },
    ...overrides,
  };
}

/**
 * 锦江区 建设类 项目需求方案 (第六条, draft text): a 区级部门's 需求方案 with the seven build sections and the 第十九条
 * 软硬件产品安全可靠情况说明, signed off by the 分管区领导 (领导签批), the 真实性合法性承诺, the 第三条 platform
 * access plan and the 第十九条 product list.
 */
export function jinjiangBuildNeeds(overrides: Record<string, unknown> = {}) {
  return {
    name: '锦江区智慧社区综合服务平台',
    applicant: { type: '区级部门', level: 'district', name: '锦江区民政局' },
    category: 'build',
    subtype: 'new',
    objectType: '业务信息系统',
    fundingModel: 'gov_funded',
    amounts: { total: '2600000.00', estimate: '2600000.00' },
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '锦江区民政局社区建设科',
    responsiblePerson: '赵丽',
    documents: [
      {
        type: '需求方案',
        title: '锦江区智慧社区综合服务平台项目需求方案',
        sha256: sha('2'),
        chapters: ['建设依据', '建设目标', '建设内容', '技术实现', '实施计划', '资金估算', '经费保障', '软硬件产品安全可靠情况说明'],
      },
      { type: '领导签批', title: '分管区领导对智慧社区综合服务平台需求方案的签批意见', sha256: sha('3') },
      { type: '智慧蓉城锦江运行管理平台接入方案', title: '智慧社区综合服务平台接入智慧蓉城锦江运行管理平台方案', sha256: sha('4') },
      { type: '软硬件产品清单(含安全可靠情况)', title: '智慧社区综合服务平台软硬件产品清单', sha256: sha('5') },
    ],
    dataResources: [{ name: '社区居民服务需求信息', source: '锦江区民政局', sharingType: 'conditional', openingType: 'not_open' }],
    fields: { 申报真实性合法性承诺: '本单位对申报项目的真实性和申报材料的合法性负责。承诺人:锦江区民政局局长 周强' },
    ...overrides,
  };
}

/**
 * 山东省 立项申请 (第六条、第七条、第二十七条): a 省直部门's 政府投资 project under the 年度指导计划, with 项目建设方案
 * and 投资预算, the 信息资源目录 (规划审核要件) with every resource's 来源/格式/更新/共享/开放 attributes, and the
 * 第三十条 risk assessment and 等级保护方案.
 */
export function shandongBuild(overrides: Record<string, unknown> = {}) {
  return {
    name: '山东省人社一体化公共服务平台(二期)',
    applicant: { type: '省直部门', level: 'province', name: '山东省人力资源和社会保障厅' },
    category: 'build',
    subtype: 'expansion',
    objectType: '业务信息系统',
    fundingMode: 'gov_invest',
    amounts: { total: '8600000.00' },
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '山东省人力资源和社会保障厅信息中心',
    responsiblePerson: '孙海涛',
    documents: [
      {
        type: '项目建设方案',
        title: '山东省人社一体化公共服务平台(二期)项目建设方案',
        sha256: sha('6'),
        chapters: ['项目概况', '需求分析', '总体设计', '建设内容', '信息资源共享', '安全保障', '实施计划'],
      },
      { type: '投资预算', title: '山东省人社一体化公共服务平台(二期)投资预算书', sha256: sha('7') },
      { type: '信息资源目录', title: '山东省人社一体化公共服务平台(二期)信息资源目录', sha256: sha('8') },
      { type: '网络与信息安全风险评估', title: '人社一体化公共服务平台网络与信息安全风险评估报告', sha256: sha('9') },
      { type: '等级保护方案', title: '人社一体化公共服务平台网络安全等级保护(三级)建设方案', sha256: sha('0') },
    ],
    dataResources: [
      { name: '社会保险参保信息', source: '省人力资源和社会保障厅', format: '数据库表', updateFrequency: '实时', sharingType: 'conditional', openingType: 'not_open' },
      { name: '人力资源服务机构名录', source: '省人力资源和社会保障厅', format: 'JSON', updateFrequency: '每月', sharingType: 'unconditional', openingType: 'unconditional' },
    ],
    fields: { 年度指导计划项目: '2027年度省级政务信息系统建设指导计划第12项:人社一体化公共服务平台(二期)' },
    ...overrides,
  };
}

/**
 * 淅川县 政府投资建设类 (第四条、第九条): a 县直部门 submitting through its 主管部门 (第七条) by 30 June of the year
 * before, with 项目建议书, 可行性研究报告 and 初步设计方案 (each with the 第二十[六]条 sharing chapter), deployment on the
 * 县级政务云 (第二十[五]条), the 第十二条 AI statements, the attestations of 第二十[七]、三十、三十[一]条, 等保 materials
 * and the 关键产品 statement for its procurement list.
 */
export function xichuanInvestBuild(overrides: Record<string, unknown> = {}) {
  const sharing = ['信息资源共享分析篇(章)', '信息资源共享应用分析', '信息资源目录', '数据共享开放清单'];
  return {
    name: '淅川县全民健康信息平台',
    applicant: { type: '县直部门', level: 'county', viaCompetentDepartment: true, name: '淅川县卫生健康委员会' },
    category: 'gov_invest_build',
    subtype: 'new',
    objectType: '政务信息系统',
    fundingMode: 'gov_invest',
    origin: 'unit_applied',
    amounts: { total: '3500000.00' },
    fundingSources: ['local_fiscal'],
    targetYear: 2028,
    implementingBody: '淅川县卫生健康委员会信息中心',
    responsiblePerson: '刘伟',
    deploymentTarget: '县级政务云',
    documents: [
      { type: '项目建议书', title: '淅川县全民健康信息平台项目建议书', sha256: sha('a1') },
      { type: '可行性研究报告', title: '淅川县全民健康信息平台可行性研究报告', sha256: sha('b2'), chapters: ['项目概况', '需求分析', ...sharing, '投资估算'] },
      { type: '初步设计方案', title: '淅川县全民健康信息平台初步设计方案', sha256: sha('c3'), chapters: ['总体设计', ...sharing, '设备材料清单', '概算'] },
      { type: '等级保护定级材料', title: '淅川县全民健康信息平台网络安全等级保护定级报告', sha256: sha('d4') },
      { type: '网络与信息安全风险评估报告', title: '淅川县全民健康信息平台网络与信息安全风险评估报告', sha256: sha('e5') },
    ],
    dataResources: [{ name: '居民电子健康档案', source: '淅川县卫生健康委员会', sharingType: 'conditional', openingType: 'not_open' }],
    lineItems: [
      { type: '业务应用软件', amount: '2100000.00' },
      { type: '系统集成', amount: '600000.00' },
      { type: '信息安全设备', amount: '500000.00' },
      { type: '政务云资源租用', amount: '300000.00' },
    ],
    fields: {
      人工智能大模型应用场景: '智能导诊、病历质控、慢病随访提醒。',
      人工智能大模型应用需求: '依托市级医疗健康大模型服务,实现门诊病历结构化、随访话术自动生成,不单独建设算力。',
      信息共享机制承诺: '建立共享信息目录和数据实时更新机制,共享信息使用情况按季度反馈。承诺人:刘伟',
      网络安全管理制度承诺: '建立网络安全管理制度和技术措施,落实数据安全保密工作。承诺人:刘伟',
      密码保障系统同步规划建设运行承诺: '同步规划、同步建设、同步运行密码保障系统并每年开展密评。承诺人:刘伟',
      关键产品自主可靠情况说明: '信息安全设备、数据库、操作系统均选用自主可靠产品(清单见初步设计方案附件3)。',
    },
    ...overrides,
  };
}
