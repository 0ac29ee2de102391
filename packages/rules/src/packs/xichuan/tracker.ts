/** 淅川县 acceptance-tracker rules (catalogue §4.5, obligations §6.5): acceptance, rectification, stopped systems. */

import { addMonths } from '../../calendar/dates.js';
import type { RuleHandle } from '../../dsl.js';
import type { ProjectFacts } from '../../facts.js';
import type { Finding, IsoDate, RuleDef } from '../../types.js';
import { categoryOf, reviewPassed } from './common.js';
import { XC_05_INITIAL_ACCEPTANCE, XC_05_SERVICE_PERF_EVAL, XC_12_AI_ACCEPTANCE, XC_18_ACCEPTANCE_6M, XC_18_MATERIALS, XC_18_PARTICIPANTS, XC_19_FAILED_RECTIFY_1M, XC_19_LATE_EXPLANATION, XC_20_UNUSED_REPORT, XC_33_ACCEPTANCE_PRODUCTS, XC_35_RECTIFICATION, XC_37_MONITORING } from './rules.js';
import { sameName } from '../../names.js';

type State = 'open' | 'met' | 'overdue';

/**
 * 第十八条 "建成6个月内…组织验收". Start = `construction_completed` (建成); A-14: when it is not recorded, the
 * contract's completion date (`contractEnd`) stands in and is flagged. Met by the first acceptance held (passed or
 * failed). Calendar months, clamped to the month's end (2026-08-31 → 2027-02-28).
 */
interface AcceptanceClock {
  start: IsoDate;
  startEvent: 'constructionCompleted' | 'contractEnd';
  due: IsoDate;
  heldOn: IsoDate | undefined;
  state: State;
}

function acceptanceClock(p: ProjectFacts, on: IsoDate): AcceptanceClock | null {
  const d = p.dates;
  if (!d) return null;
  const startEvent = d.constructionCompleted ? 'constructionCompleted' : d.contractEnd ? 'contractEnd' : null;
  if (!startEvent) return null;
  const start = d[startEvent]!;
  const due = addMonths(start, 6);
  const a = d.acceptancePassed;
  const f = d.acceptanceFailed;
  const heldOn = a && f ? (a < f ? a : f) : (a ?? f);
  const state: State = heldOn ? 'met' : on > due ? 'overdue' : 'open';
  return { start, startEvent, due, heldOn, state };
}

const ACCEPT_OVERDUE_FLAG = XC_18_ACCEPTANCE_6M.finding(
  'FLAG',
  '项目建成已超过6个月仍未组织验收,且未向县行政审批和政务信息管理局提交书面说明材料并明确验收时间。',
);
const ACCEPT_NO_COMPLETION = XC_18_ACCEPTANCE_6M.finding(
  'FLAG',
  '未记录项目建成日期,暂以合同约定的完成日期起算6个月验收期限;请项目建设单位补录建成日期(如承建单位完工通知或初步验收日期)。',
);

const PARTICIPANTS = XC_18_PARTICIPANTS.finding(
  'ROUTE',
  '组织验收时,县发改委、县行政审批和政务信息管理局、县财政局等相关部门可参与验收,请通知上述部门。',
  { route: '验收参与部门', detail: { optionalParticipants: Object.freeze(['县发改委', '县行政审批和政务信息管理局', '县财政局']) } },
);

const MATERIALS = ['项目建设总结', '财务报告', '审计报告', '安全风险评估报告'] as const;
const MATERIALS_MSG = '验收材料应包括项目建设总结、财务报告、审计报告、安全风险评估报告等。';
const MATERIALS_OK = XC_18_MATERIALS.require(MATERIALS, [], MATERIALS_MSG);

const LATE_REQ = ['书面说明材料(报县行政审批和政务信息管理局)', '明确的验收时间'] as const;
const LATE_MSG = '项目不能按期完成验收的,项目建设单位应向县行政审批和政务信息管理局提交书面说明材料,并明确验收时间。';

const RECTIFY_OVERDUE = XC_19_FAILED_RECTIFY_1M.finding('FLAG', '项目未通过验收已超过一个月,尚未完成整改。');
const REACCEPT_OVERDUE = XC_19_FAILED_RECTIFY_1M.finding('FLAG', '项目未通过验收,整改期满后一个月内仍未重新组织验收通过(A-39 默认参数)。');

const INITIAL_REQ = ['初步验收记录'] as const;
const INITIAL_MSG = '竣工验收前,项目建设单位应完成初步验收。';
const INITIAL_OK = XC_05_INITIAL_ACCEPTANCE.require(INITIAL_REQ, [], INITIAL_MSG);
const INITIAL_MISSING = XC_05_INITIAL_ACCEPTANCE.require(INITIAL_REQ, INITIAL_REQ, INITIAL_MSG);
const INITIAL_ORDER = XC_05_INITIAL_ACCEPTANCE.require(INITIAL_REQ, INITIAL_REQ, `${INITIAL_MSG}记录的初步验收日期晚于竣工验收日期。`);

const AI_ACCEPT = XC_12_AI_ACCEPTANCE.finding(
  'CHECK',
  '验收评估指标:人工智能大模型的应用效果是否达到预期作用(作为新建项目验收的重要评估指标)?',
);
const PRODUCTS_ACCEPT = XC_33_ACCEPTANCE_PRODUCTS.finding('CHECK', '验收内容:项目软件、硬件产品的安全可靠情况是否符合要求?');

const UNUSED_FLAG = XC_20_UNUSED_REPORT.finding(
  'FLAG',
  '信息系统停止运行或长期未使用:系统使用单位须及时向县行政审批和政务信息管理局报告相关情况,经核准同意后方可关停。',
);
const UNUSED_REQ = ['系统停止运行或长期未使用情况报告(报县行政审批和政务信息管理局)'] as const;
const UNUSED_REPORTED = Object.freeze([UNUSED_FLAG, XC_20_UNUSED_REPORT.require(UNUSED_REQ, [], '已向县行政审批和政务信息管理局报告系统停用情况。')]);
const UNUSED_UNREPORTED = Object.freeze([
  UNUSED_FLAG,
  XC_20_UNUSED_REPORT.require(UNUSED_REQ, UNUSED_REQ, '信息系统停止运行或长期未使用的,须及时向县行政审批和政务信息管理局报告。'),
]);

const MONITORING = XC_37_MONITORING.finding(
  'CHECK',
  '(可选)县行政审批和政务信息管理局可根据工作需要组织专业第三方评估机构对项目实施和政府购买服务开展绩效监控和评价,报告按程序报县财政局作为资金拨付依据。是否组织?',
);

const SERVICE_EVAL = XC_05_SERVICE_PERF_EVAL.finding(
  'FLAG',
  '政府购买服务项目的绩效评价由县行政审批和政务信息管理局负责;评价周期未规定(参数),尚无绩效评价结论。',
  { detail: { owner: '县行政审批和政务信息管理局', period: null } },
);

function deadline(id: RuleHandle, message: string, due: IsoDate, detail: Record<string, unknown>): Finding {
  return id.finding('DEADLINE', message, { due, provisional: false, detail });
}

export const trackerRules: readonly RuleDef[] = [
  // 第十八条: DEADLINE(建成 + 6M) to organise acceptance; overdue without a XC-19 written explanation → FLAG.
  XC_18_ACCEPTANCE_6M.rule(({ facts: { project: p }, on }) => {
    const c = acceptanceClock(p, on);
    if (!c) return null;
    const out: Finding[] = [
      deadline(XC_18_ACCEPTANCE_6M, `项目建成6个月内(${c.due}前)项目建设单位应组织验收。`, c.due, {
        obligation: '组织验收',
        startEvent: c.startEvent,
        start: c.start,
        state: c.state,
        heldOn: c.heldOn,
        late: c.heldOn !== undefined && c.heldOn > c.due,
      }),
    ];
    if (c.startEvent === 'contractEnd') out.push(ACCEPT_NO_COMPLETION);
    if (c.state === 'overdue' && !p.records?.late_explanation) out.push(ACCEPT_OVERDUE_FLAG);
    return out;
  }),

  // 第十八条: 县发改委、局、县财政局 may take part (optional invitation) while acceptance is pending.
  XC_18_PARTICIPANTS.rule(({ facts: { project: p } }) =>
    p.dates?.constructionCompleted && !p.dates.acceptancePassed ? PARTICIPANTS : null,
  ),

  // 第十八条: acceptance materials.
  XC_18_MATERIALS.rule(({ facts: { project: p } }) => {
    if (!p.dates?.constructionCompleted) return null;
    let missing: string[] | null = null;
    for (const t of MATERIALS) {
      let found = false;
      for (const d of p.documents) if (sameName(d.type, t)) { found = true; break; }
      if (!found) (missing ??= []).push(t);
    }
    return missing ? XC_18_MATERIALS.require(MATERIALS, missing, MATERIALS_MSG) : MATERIALS_OK;
  }),

  // 第十九条: overdue acceptance → written explanation to 局 with a committed date; the committed date becomes the due date.
  XC_19_LATE_EXPLANATION.rule(({ facts: { project: p }, on }) => {
    const c = acceptanceClock(p, on);
    if (!c || c.state !== 'overdue') return null;
    const committed = p.dates?.acceptanceExtendedTo;
    const missing: string[] = [];
    if (!p.records?.late_explanation) missing.push(LATE_REQ[0]);
    if (!committed) missing.push(LATE_REQ[1]);
    const req = XC_19_LATE_EXPLANATION.require(LATE_REQ, missing, LATE_MSG);
    if (!committed) return req;
    return [
      req,
      deadline(XC_19_LATE_EXPLANATION, `项目建设单位承诺的验收时间为${committed},应在该日期前完成验收。`, committed, {
        obligation: '按承诺时间完成验收',
        startEvent: 'late_explanation',
        state: on > committed ? 'overdue' : 'open',
        originalDue: c.due,
      }),
    ];
  }),

  // 第十九条: failed acceptance on t → rectification within one month (t + 1M), then re-acceptance (A-39: +1M more).
  XC_19_FAILED_RECTIFY_1M.rule(({ facts: { project: p }, on }) => {
    const t = p.dates?.acceptanceFailed;
    if (!t) return null;
    const due = addMonths(t, 1);
    const passed = p.dates?.acceptancePassed;
    const reaccepted = passed !== undefined && passed > t;
    const rectified = p.records?.rectification;
    const rectifiedOn = rectified !== undefined && rectified >= t ? rectified : undefined;
    const state: State = reaccepted || rectifiedOn ? 'met' : on > due ? 'overdue' : 'open';
    const out: Finding[] = [
      deadline(XC_19_FAILED_RECTIFY_1M, `项目未通过验收,项目建设单位应在一个月内(${due}前)完成整改后重新组织验收。`, due, {
        obligation: '未通过验收整改',
        startEvent: 'acceptanceFailed',
        start: t,
        state,
        rectifiedOn,
        reaccepted,
      }),
    ];
    if (state === 'overdue') out.push(RECTIFY_OVERDUE);
    if (!reaccepted && on > addMonths(due, 1)) out.push(REACCEPT_OVERDUE);
    return out;
  }),

  // 第五条 (inferred ordering): the unit's 初步验收 comes before 竣工验收.
  XC_05_INITIAL_ACCEPTANCE.rule(({ facts: { project: p } }) => {
    const d = p.dates;
    if (!d?.constructionCompleted) return null;
    if (!d.preliminaryAcceptance) return INITIAL_MISSING;
    return d.acceptancePassed && d.preliminaryAcceptance > d.acceptancePassed ? INITIAL_ORDER : INITIAL_OK;
  }),

  // 第十二条: AI application effect is an acceptance indicator for new projects.
  XC_12_AI_ACCEPTANCE.rule(({ facts: { project: p } }) =>
    p.subtype === 'new' && p.dates?.constructionCompleted ? AI_ACCEPT : null,
  ),

  // 第三十[三]条: product security and reliability is an acceptance item.
  XC_33_ACCEPTANCE_PRODUCTS.rule(({ facts: { project: p } }) => (p.dates?.constructionCompleted ? PRODUCTS_ACCEPT : null)),

  // 第二十条: stopped / long-unused systems (reviewer-confirmed status, A-05) → report to 局 before shutdown.
  XC_20_UNUSED_REPORT.rule(({ facts }) => {
    const s = facts.system;
    if (!s || (s.status !== 'stopped' && s.status !== 'long_unused' && s.status !== 'zombie')) return null;
    return facts.project.records?.stop_notice ? UNUSED_REPORTED : UNUSED_UNREPORTED;
  }),

  // 第三十[五]条: 限期整改 notices → DEADLINE(notice.due); refusing or still non-compliant → XC-35-sanctions.
  XC_35_RECTIFICATION.rule(({ facts: { project: p }, on }) => {
    const open = p.status?.openFindings;
    if (!open) return null;
    let out: Finding[] | null = null;
    for (const f of open) {
      if (f.status === 'closed' || !f.due) continue;
      const state: State = on > f.due || f.status === 'rectified_noncompliant' ? 'overdue' : 'open';
      (out ??= []).push(
        deadline(XC_35_RECTIFICATION, `监督检查发现的问题(${f.ruleId})应在${f.due}前完成整改。`, f.due, {
          obligation: '限期整改',
          startEvent: 'rectification_notice',
          finding: f.ruleId,
          state,
        }),
      );
      if (state === 'overdue') {
        out.push(
          XC_35_RECTIFICATION.finding(
            'FLAG',
            f.status === 'rectified_noncompliant'
              ? `问题(${f.ruleId})整改后仍不符合要求,可对项目暂缓拨付建设资金、暂停项目建设。`
              : `问题(${f.ruleId})逾期未整改(${f.due}),可对项目暂缓拨付建设资金、暂停项目建设。`,
            { detail: { finding: f.ruleId, due: f.due } },
          ),
        );
      }
    }
    return out;
  }),

  // 第三十[七]条: optional third-party performance monitoring once the project is being implemented.
  XC_37_MONITORING.rule(({ facts: { project: p } }) => {
    const d = p.dates;
    return d && (d.contractSigned || d.constructionStart || d.constructionCompleted || d.operationStart) ? MONITORING : null;
  }),

  // 第五条: 局 evaluates purchased services; the period is a parameter with no default (flag only).
  XC_05_SERVICE_PERF_EVAL.rule((ctx) => {
    if (categoryOf(ctx) !== 'gov_purchase_service') return null;
    return reviewPassed(ctx.facts.project, '政府购买服务绩效评价') ? null : SERVICE_EVAL;
  }),
];
