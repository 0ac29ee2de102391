/** 淅川县 test builders: a complete, valid 政府投资建设类 application that each test bends in one place. */
import {
  budgetGate,
  checkFiling,
  classify,
  deadlines,
  preReview,
  rulePack,
  type Facts,
  type FilingFacts,
  type OmBudgetRequest,
  type PaymentRequest,
  type ProjectFacts,
  type ReportedFinding,
  type SystemFacts,
} from '@gov/rules';
import { testCalendar } from '../fixtures.js';

export const xc = rulePack('xichuan');
export const on = '2026-03-02';
export const wan = (n: number): number => n * 1_000_000;

const SHARING = ['信息资源共享分析篇(章)', '信息资源共享应用分析', '信息资源目录', '数据共享开放清单'];

export function xcProject(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    jurisdiction: 'xichuan',
    departmentId: 'XC-D01',
    applicant: { type: '县直部门', level: 'county', viaCompetentDepartment: true, name: '淅川县民政局' },
    name: '淅川县社会救助信息管理系统',
    subtype: 'new',
    fundingMode: 'gov_invest',
    objectType: '政务信息系统',
    origin: 'unit_applied',
    amountTotal: wan(100),
    approvedEstimate: wan(100),
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '县民政局信息中心',
    responsiblePerson: '张三',
    deploymentTarget: '县级政务云',
    flags: {},
    documents: [
      { type: '项目建议书' },
      { type: '可行性研究报告', chapters: SHARING },
      { type: '初步设计方案', chapters: SHARING },
      { type: '等级保护定级材料' },
      { type: '网络与信息安全风险评估报告' },
    ],
    dataResources: [],
    fields: {
      人工智能大模型应用场景: '救助对象智能识别、政策问答',
      人工智能大模型应用需求: '数据处理:多源数据比对;智能分析:风险预警;自动化服务:智能问答',
      信息共享机制承诺: true,
      网络安全管理制度承诺: true,
      密码保障系统同步规划建设运行承诺: true,
    },
    status: { reviews: { 技术性审查: 'pass', 投资计划: 'pass', 项目实施意见: 'pass' } },
    dates: { submittedOn: '2026-06-30' },
    ...overrides,
  };
}

/** The project with extra named fields merged into the baseline's. */
export function withFields(fields: Record<string, string | number | boolean>, overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  const p = xcProject(overrides);
  return { ...p, fields: { ...p.fields, ...fields } };
}

/** The project with extra / replaced reviews. */
export function withReviews(reviews: Record<string, 'pass' | 'fail' | 'pending'>, overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  const p = xcProject(overrides);
  return { ...p, status: { ...p.status, reviews: { ...p.status?.reviews, ...reviews } } };
}

export function xcSystem(overrides: Partial<SystemFacts> = {}): SystemFacts {
  return {
    id: 'XC-SYS-01',
    ownerDepartmentId: 'XC-D01',
    status: 'running',
    interconnected: true,
    dataAggregated: true,
    dataShared: true,
    duplicateCollection: false,
    duplicateBuild: false,
    deploymentTarget: '县级政务云',
    omMode: '自管',
    lastEvaluation: '合格',
    ...overrides,
  };
}

export function payment(overrides: Partial<PaymentRequest> = {}): PaymentRequest {
  return { amount: wan(20), fiscalYear: 2026, purpose: 'construction', ...overrides };
}

export function omRequest(overrides: Partial<OmBudgetRequest> = {}): OmBudgetRequest {
  return { amount: wan(10), fiscalYear: 2027, reviewOpinion: { result: 'pass', amount: wan(10) }, ...overrides };
}

export const CONTRACT_CLAUSES = [
  '工程建设内容', '工程建设标准', '技术规范', '项目工程周期', '设备型号', '设备数量', '设备配置', '设备价格',
  '验收要求', '操作人员培训', '付款方式', '技术文档要求', '保修期限', '知识产权', '保密条款', '售后服务', '违约责任',
];

export function contractFiling(overrides: Partial<FilingFacts> = {}): FilingFacts {
  return {
    type: 'contract',
    filedOn: on,
    fields: Object.fromEntries(CONTRACT_CLAUSES.map((c) => [c, '已约定'])),
    attachments: ['监理合同', '监理单位资质证明'],
    ...overrides,
  };
}

export const classifyP = (p: ProjectFacts, date = on) => classify(xc, { project: p }, date, testCalendar);
export const preReviewF = (facts: Facts, date = on) =>
  preReview(xc, facts, date, testCalendar, classify(xc, facts, date, testCalendar));
export const preReviewP = (p: ProjectFacts, date = on) => preReviewF({ project: p }, date);
export const gate = (facts: Facts, date = on) => budgetGate(xc, facts, date, testCalendar, classify(xc, facts, date, testCalendar));
export const track = (facts: Facts, date = on) => deadlines(xc, facts, date, testCalendar, classify(xc, facts, date, testCalendar));
export const file = (facts: Facts, date = on) => checkFiling(xc, facts, date, testCalendar, classify(xc, facts, date, testCalendar));

export const byRule = (fs: readonly ReportedFinding[], id: string): ReportedFinding[] => fs.filter((f) => f.ruleId === id);
export const one = (fs: readonly ReportedFinding[], id: string, outcome?: string): ReportedFinding => {
  const hit = fs.filter((f) => f.ruleId === id && (outcome === undefined || f.outcome === outcome));
  if (hit.length !== 1) throw new Error(`expected exactly one ${id}${outcome ? ` ${outcome}` : ''}, got ${hit.length}`);
  return hit[0];
};
export const ruleIds = (fs: readonly ReportedFinding[]): string[] => fs.map((f) => f.ruleId);

/** Reviewer decisions recorded as pass for every id given. */
export function decided(ids: readonly string[]): Record<string, { result: 'pass'; reviewer: string; on: string }> {
  return Object.fromEntries(ids.map((id) => [id, { result: 'pass' as const, reviewer: '李审查', on }]));
}
