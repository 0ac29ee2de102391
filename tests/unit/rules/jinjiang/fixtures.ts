/** 锦江区 test builders: complete, compliant applications (需求方案 预审 and 入库申请) that each test bends in one place. */
import {
  budgetGate,
  checkFiling,
  classify,
  deadlines,
  preReview,
  rulePack,
  type Facts,
  type FilingFacts,
  type ProjectFacts,
  type RulePack,
} from '@gov/rules';
import { testCalendar } from '../fixtures.js';

export const jj = rulePack('jinjiang');
/** The same rules as if the final text were in force: proves the outcomes bind once the draft is adopted. */
export const jjInForce: RulePack = { ...jj, meta: { ...jj.meta, status: 'in_force', effectiveFrom: '2023-07-01' } };
export const cal = testCalendar;
export const on = '2026-03-02';
export const wan = (n: number): number => n * 1_000_000;

const decided = (ids: string[]) =>
  Object.fromEntries(ids.map((id) => [id, { result: 'pass' as const, reviewer: '李审核', on: '2026-02-20' }]));

/** Reviewer decisions on every H / D item of the 预审, so that a compliant 需求方案 has no open reviewer task. */
export const DECIDED = decided([
  'JJ-06-leader-signoff',
  'JJ-06-build-fields',
  'JJ-06-maint-fields',
  'JJ-06-attestation',
  'JJ-19-safety-statement',
  'JJ-06-prereview',
  'JJ-03-platform-connect',
  'JJ-03-reuse',
  'JJ-03-advanced-tech',
  'JJ-19-safe-products',
]);

/** …and on those of the 入库程序. */
export const DECIDED_LIBRARY = decided([
  ...Object.keys(DECIDED),
  'JJ-08-build-scheme',
  'JJ-08-budget-doc',
  'JJ-08-review-checklist',
  'JJ-08-signed-opinions',
  'JJ-05-crypto-xinchuang-opinion',
  'JJ-05-security-opinion',
  'JJ-08-cost-review',
]);

export const BUILD_CHAPTERS = ['建设依据', '建设目标', '建设内容', '技术实现', '实施计划', '资金估算', '经费保障', '软硬件产品安全可靠情况说明'];
export const MAINT_CHAPTERS = ['立项依据', '系统概况', '运维内容', '考核指标', '服务周期', '资金估算', '经费保障', '软硬件产品安全可靠情况说明'];

/** A 建设类 需求方案 of 20万元 submitted for 预审 by a 区级部门: complete and compliant. */
export function needsPlan(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    jurisdiction: 'jinjiang',
    departmentId: 'JJ-D01',
    applicant: { type: '区级部门', level: 'district', name: '锦江区教育局' },
    name: '智慧校园安全管理平台',
    subtype: 'new',
    category: 'build',
    applicationKind: '需求方案',
    amountTotal: wan(20),
    amountEstimate: wan(20),
    fundingSources: ['local_fiscal'],
    fundingModel: 'gov_funded',
    targetYear: 2027,
    flags: {},
    documents: [
      { type: '需求方案', chapters: BUILD_CHAPTERS },
      { type: '领导签批' },
      { type: '智慧蓉城锦江运行管理平台接入方案' },
      { type: '软硬件产品清单(含安全可靠情况)' },
    ],
    dataResources: [],
    fields: { 申报真实性合法性承诺: true, '适用锦委办发〔2020〕114号': false },
    status: { decisions: DECIDED },
    ...overrides,
  };
}

/** The same project in the 入库程序 (入库申请): expert review, joint review and 造价审核 done. */
export function library(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  const base = needsPlan();
  return {
    ...base,
    applicationKind: '入库申请',
    documents: [
      ...base.documents,
      { type: '建设方案' },
      { type: '实施方案' },
      { type: '项目预算' },
      { type: '造价审核意见' },
      { type: '区委保密机要局意见', chapters: ['国产密码应用', '信创国产化'] },
      { type: '区委网信办网络安全意见' },
      { type: '区公安分局网络安全意见' },
    ],
    fields: {
      ...base.fields,
      专家组人数: 5,
      随机抽选专家人数: 4,
      定向选取智慧蓉城专家人数: 1,
      签字评审意见份数: 5,
      专家评审意见已交项目建设单位: true,
      专家评审意见已脱敏: true,
    },
    status: {
      decisions: DECIDED_LIBRARY,
      reviews: { 专家评审: 'pass', 区委网信办: 'pass', 区委保密机要局: 'pass', 区公安分局: 'pass', 造价审核: 'pass' },
    },
    ...overrides,
  };
}

/** A project in the library and in the plan, ready for payment questions. */
export function funded(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return library({
    amountTotal: wan(200),
    amountEstimate: wan(200),
    status: { ...library().status, inLibrary: true, inAnnualPlan: true },
    ...overrides,
  });
}

export const withStatus = (p: ProjectFacts, status: ProjectFacts['status']): ProjectFacts => ({ ...p, status: { ...p.status, ...status } });
export const withFields = (p: ProjectFacts, fields: ProjectFacts['fields']): ProjectFacts => ({ ...p, fields: { ...p.fields, ...fields } });

export const classifyJJ = (p: ProjectFacts, date = on, pack: RulePack = jj) => classify(pack, { project: p }, date, cal);
export const preReviewJJ = (p: ProjectFacts, date = on, pack: RulePack = jj) => preReview(pack, { project: p }, date, cal, {});
export const gateJJ = (facts: Omit<Facts, 'project'> & { project: ProjectFacts }, date = on, pack: RulePack = jj) =>
  budgetGate(pack, facts, date, cal);
export const deadlinesJJ = (facts: Facts, date = on, pack: RulePack = jj) => deadlines(pack, facts, date, cal);
export const filingJJ = (p: ProjectFacts, filing: FilingFacts, date = on, pack: RulePack = jj) =>
  checkFiling(pack, { project: p, filing }, date, cal);

export const payment = (amount = wan(10)): NonNullable<Facts['payment']> => ({ amount, fiscalYear: 2026, purpose: 'construction' });
export const omRequest = (amount = wan(10)): NonNullable<Facts['omRequest']> => ({ amount, fiscalYear: 2027 });

/** Findings of one rule in a decision. */
export const of = <T extends { ruleId: string }>(findings: readonly T[], id: string): T[] => findings.filter((f) => f.ruleId === id);
