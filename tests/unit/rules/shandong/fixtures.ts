/** 山东省 test builders: a complete, compliant provincial 立项申请 that each test bends in one place. */
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
} from '@gov/rules';
import { testCalendar } from '../fixtures.js';

export const sd = rulePack('shandong');
export const cal = testCalendar;
export const wan = (n: number): number => n * 1_000_000;

/** Reviewer decisions on every H / D item of intake + pre-review, so that a compliant application is admissible. */
const DECIDED = Object.fromEntries(
  [
    'SD-06-plan-basis',
    'SD-07-docs-default',
    'SD-07-docs-civil-works',
    'SD-07-joint-overall-plan',
    'SD-08-central-review',
    'SD-27-catalogue-required',
    'SD-14-cross-dept-mechanism',
    'SD-30-risk-grading',
    'SD-31-crypto-sync',
    'SD-32-autonomous-products',
    'SD-12-full-process',
    'SD-28-sharing-basis',
  ].map((id) => [id, { result: 'pass' as const, reviewer: '张审核', on: '2026-03-01' }]),
);

export function sdProject(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    jurisdiction: 'shandong',
    departmentId: 'SD-D01',
    applicant: { type: '省直部门', level: 'province' },
    name: '山东省政务服务数据共享系统',
    subtype: 'new',
    applicationKind: '立项申请',
    fundingMode: 'gov_invest',
    fundingSources: ['local_fiscal'],
    amountTotal: wan(500),
    approvedEstimate: wan(500),
    paidToDate: 0,
    targetYear: 2027,
    flags: {},
    documents: [
      { type: '项目建设方案' },
      { type: '投资预算' },
      { type: '信息资源目录' },
      { type: '网络与信息安全风险评估' },
      { type: '等级保护方案' },
    ],
    dataResources: [
      { name: '法人基础信息', source: '省市场监管局', format: 'JSON', updateFrequency: '每日', sharingType: 'conditional', openingType: 'not_open' },
    ],
    fields: { 年度指导计划项目: '2027年度指导计划第12项' },
    status: { reviews: { 省政务服务管理办公室审核意见: 'pass' }, decisions: DECIDED },
    ...overrides,
  };
}

/** The project with some fields / dates / status merged in. */
export function withProject(
  p: ProjectFacts,
  more: { fields?: ProjectFacts['fields']; dates?: ProjectFacts['dates']; records?: ProjectFacts['records']; status?: ProjectFacts['status'] },
): ProjectFacts {
  return {
    ...p,
    fields: { ...p.fields, ...more.fields },
    dates: { ...p.dates, ...more.dates },
    records: { ...p.records, ...more.records },
    status: { ...p.status, ...more.status },
  };
}

export const cls = (facts: Facts, on = '2026-03-02') => classify(sd, facts, on, cal);
export const review = (facts: Facts, on = '2026-03-02') => preReview(sd, facts, on, cal, cls(facts, on));
export const gate = (facts: Facts, on = '2026-03-02') => budgetGate(sd, facts, on, cal);
export const due = (facts: Facts, on: string) => deadlines(sd, facts, on, cal);
export const file = (project: ProjectFacts, filing: FilingFacts, on = filing.filedOn) => checkFiling(sd, { project, filing }, on, cal);

export const ids = (fs: readonly { ruleId: string }[]): string[] => fs.map((f) => f.ruleId);
export const byRule = <T extends { ruleId: string }>(fs: readonly T[], id: string): T[] => fs.filter((f) => f.ruleId === id);
