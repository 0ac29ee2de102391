/** 红山 front-office fixtures (intake, classification, pre-review): complete applications each test bends in one place. */
import { classify, preReview, rulePack, type DocumentFacts, type Facts, type ProjectFacts } from '@gov/rules';
import { projectFacts, testCalendar } from '../fixtures.js';

export const hs = rulePack('hongshan');
export const ON = '2026-03-02';

export const CHAPTERS = ['财政资金保障篇(章)', '数据资源共享分析篇(章)', '网络和数据安全保障措施'];
export const doc = (type: string, chapters?: string[]): DocumentFacts => (chapters ? { type, chapters } : { type });
export const fullDoc = (type: string): DocumentFacts => ({ type, chapters: CHAPTERS });

/** Fields a new build needs at pre-review (第六条(一)–(四)). */
export const NEW_BUILD_FIELDS = {
  升级改造原有系统不能满足需求的说明: '原系统架构已无法扩展',
  共享共用其他系统情况说明: '无可共享共用系统',
  系统接口: '对接一体化政务服务平台',
  数据共享方案: '通过政务数据共享交换平台共享',
  项目需求: '建设事项管理系统',
  绩效目标: '办件时长缩短30%',
};

/** A complete 入库申请 for a 50万 new 建设类 project, 前置审核 passed. */
export function libraryApp(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return projectFacts({
    objectType: '业务信息系统',
    applicationKind: '入库申请',
    implementingBody: '信息中心',
    responsiblePerson: '张三',
    documents: [doc('申请入库文件'), fullDoc('实施方案')],
    fields: { ...NEW_BUILD_FIELDS },
    status: { reviews: { 前置审核: 'pass' } },
    dates: { submittedOn: '2026-03-02' },
    ...overrides,
  });
}

/** A complete approval application for a 50万 new 建设类 project in the annual plan. */
export function approvalApp(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return projectFacts({
    objectType: '业务信息系统',
    applicationKind: 'approval_application',
    projectCode: '2026-150402-65-01-000001',
    implementingBody: '信息中心',
    responsiblePerson: '张三',
    documents: [
      fullDoc('实施方案'),
      doc('区委保密机要局(区国家密码管理局)前置要件'),
      doc('区公安分局前置要件'),
      doc('密码应用方案'),
      doc('产品安全可靠情况说明'),
    ],
    dataResources: [{ name: '事项目录', sharingType: 'unconditional' }],
    fields: {
      ...NEW_BUILD_FIELDS,
      数据共享开放承诺: true,
      密码保障系统同步规划建设运行承诺: true,
      网络和数据安全同步规划承诺: true,
    },
    status: { inAnnualPlan: true },
    ...overrides,
  });
}

export const cls = (project: ProjectFacts, extra: Omit<Facts, 'project'> = {}, on = ON) =>
  classify(hs, { project, ...extra }, on, testCalendar);

/** Classification, then pre-review (intake + pre-review rules) with its result, as the services chain them. */
export function review(project: ProjectFacts, extra: Omit<Facts, 'project'> = {}, on = ON) {
  const facts: Facts = { project, ...extra };
  const c = classify(hs, facts, on, testCalendar);
  return preReview(hs, facts, on, testCalendar, c);
}

export const ids = (fs: readonly { ruleId: string }[]) => fs.map((f) => f.ruleId);
export const of = <T extends { ruleId: string; outcome: string }>(fs: readonly T[], id: string, outcome?: string) =>
  fs.filter((f) => f.ruleId === id && (outcome === undefined || f.outcome === outcome));
