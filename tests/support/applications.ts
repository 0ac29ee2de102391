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
