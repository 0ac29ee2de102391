/**
 * Builders for 毕节 rule tests: a complete, valid city project that has gone through the whole 统筹 pipeline
 * (初审 → 第三方需求评审 → 项目库 → 市人民政府批准的年度实施计划 → 财政审核 → 服务方案评审 → 采购 → 三方服务合同).
 * Each test bends it in one place.
 */
import type { DocumentFacts, Facts, FilingFacts, OmBudgetRequest, PaymentRequest, ProjectFacts, SystemFacts } from '@gov/rules';
import { rulePack } from '@gov/rules';
import { testCalendar } from '../fixtures.js';

export const bj = rulePack('bijie');
export const cal = testCalendar;
export const on = '2026-03-02';

export const DEMAND_CHAPTERS = ['系统目标', '服务内容', '功能应用', '数据资源', '网络部署', '安全保障', '经费估算'];
export const SERVICE_CHAPTERS = [
  '服务内容',
  '经费预算',
  '功能应用',
  '数据资源',
  '网络部署',
  '安全保障',
  '技术路线',
  '密码应用解决方案',
  '进度安排',
  '服务保障',
  '培训计划',
];

/** The opinions of a project that passed every review (keys are the pack's vocabulary). */
export const ALL_REVIEWS: Readonly<Record<string, 'pass' | 'fail' | 'pending'>> = {
  需求方案初审: 'pass',
  需求方案评审: 'pass',
  密码应用方案专家评审: 'pass',
  '年度拟实施计划(大数据部门会同财政部门编制)': 'pass',
  '年度实施计划(市人民政府批准)': 'pass',
  财政部门预算审核: 'pass',
  服务方案及招标控制价评审: 'pass',
};

export const DEMAND_DOCS: readonly DocumentFacts[] = [
  { type: '需求方案', chapters: DEMAND_CHAPTERS },
  { type: '密码应用方案' },
  { type: '绩效目标' },
  { type: '需求方案评审报告' },
];

export function bjProject(o: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    jurisdiction: 'bijie',
    departmentId: 'BJ-D01',
    applicant: { type: '行政部门', level: 'city', independentLegalPerson: true, firstLevelBudgetUnit: true, name: '毕节市某局' },
    name: '毕节市政务业务协同系统开发服务',
    subtype: 'new',
    category: 'dev_service',
    objectType: '业务系统',
    applicationKind: '需求方案',
    amountTotal: 80_000_000,
    budget: 80_000_000,
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    flags: {},
    documents: DEMAND_DOCS,
    dataResources: [],
    fields: { '用户单位承诺(真实性、合理性、合规性、完整性)': true, 采购依据服务方案版本: 'v2', 评审通过服务方案版本: 'v2' },
    status: { inLibrary: true, inAnnualPlan: true, reviews: ALL_REVIEWS },
    dates: { submittedOn: on, contractSigned: '2026-02-10' },
    records: { procurement: '2026-01-20' },
    ...o,
  };
}

/** The same project with some reviews changed (others stay as in ALL_REVIEWS). */
export function withReviews(p: ProjectFacts, reviews: Record<string, 'pass' | 'fail' | 'pending' | undefined>): ProjectFacts {
  const r: Record<string, 'pass' | 'fail' | 'pending'> = { ...(p.status?.reviews ?? {}) };
  for (const [k, v] of Object.entries(reviews)) {
    if (v === undefined) delete r[k];
    else r[k] = v;
  }
  return { ...p, status: { ...p.status, reviews: r } };
}

export function withStatus(p: ProjectFacts, s: NonNullable<ProjectFacts['status']>): ProjectFacts {
  return { ...p, status: { ...p.status, ...s } };
}

/** A 服务方案 application of the same project (plan approved, reviews present). */
export function servicePlanProject(o: Partial<ProjectFacts> = {}): ProjectFacts {
  return bjProject({
    applicationKind: '服务方案',
    documents: [
      { type: '服务方案', chapters: SERVICE_CHAPTERS },
      { type: '绩效目标' },
      { type: '服务方案及招标控制价评审报告' },
    ],
    ...o,
  });
}

export const payment = (p: ProjectFacts, r: Partial<PaymentRequest> = {}): Facts => ({
  project: p,
  payment: { amount: 10_000_000, fiscalYear: 2026, purpose: 'service', fundingSource: 'local_fiscal', ...r },
});

export const system = (s: Partial<SystemFacts> = {}): SystemFacts => ({
  id: 'SYS-1',
  ownerDepartmentId: 'BJ-D01',
  status: 'running',
  deploymentTarget: '毕节市城市数据中心',
  domesticCryptoDeployed: true,
  ...s,
});

export const omBudget = (p: ProjectFacts, r: Partial<OmBudgetRequest> = {}, s: Partial<SystemFacts> = {}): Facts => ({
  project: p,
  system: system(s),
  omRequest: { amount: 5_000_000, fiscalYear: 2027, ...r },
});

export const contractFiling = (fields: Record<string, string | number | boolean> = {}, attachments?: string[]): FilingFacts => ({
  type: 'contract',
  filedOn: '2026-02-12',
  fields: {
    '合同签订方:大数据部门': '毕节市大数据发展管理局',
    '合同签订方:用户单位': '毕节市某局',
    '合同签订方:项目服务单位': '某科技有限公司',
    '合同条款:服务应急处置机制': true,
    '合同条款:每年信息安全检测': true,
    '合同条款:每年密码安全性评估': true,
    '合同条款:每年风险评估': true,
    '合同条款:结果报送大数据部门、公安部门及密码管理部门': true,
    ...fields,
  },
  attachments,
});

export const ids = (fs: readonly { ruleId: string }[]): string[] => fs.map((f) => f.ruleId);
