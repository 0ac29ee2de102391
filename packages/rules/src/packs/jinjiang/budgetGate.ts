/**
 * 锦江区 budget-gate rules (catalogue §4.4). Q1 (`facts.payment`): may money be paid to this project? Q2
 * (`facts.omRequest`): may O&M funds be budgeted for this system? A-20: the draft's denials come back advisory.
 */

import type { Finding, RuleDef } from '../../types.js';
import type { LineItemFacts, ProjectFacts } from '../../facts.js';
import { RECORD, REVIEW, band, decisionAmount, inReserve, reviewOf } from './common.js';
import { ANNUAL_PLAN_RECORD, JJ_07_RESERVE_NO_FUNDS, JJ_08_REVIEW_FEES, JJ_09_LIBRARY_ONLY, JJ_09_SOCIAL_FUNDS_FILING, JJ_09_UPPER_FUNDS_FILING, JJ_10_DECISION_GATE, JJ_16_STOPPED_NO_OM, JJ_17_EVAL_BASIS, JJ_17_SANCTIONS } from './rules.js';

// ---- JJ-09-library-only ------------------------------------------------------------------------------------------
const NOT_IN_LIBRARY_PAY = JJ_09_LIBRARY_ONLY.finding(
  'DENY-PAY',
  '区财政局只对纳入智慧锦江建设项目库的项目统筹安排预算资金保障(第五条、第九条(一)):本项目未纳入项目库,不得拨付区级财政资金。',
);
const NOT_IN_LIBRARY_OM = JJ_09_LIBRARY_ONLY.finding(
  'DENY-OM',
  '区财政局只对纳入智慧锦江建设项目库的项目统筹安排预算资金保障(第五条、第九条(一)):本项目未纳入项目库,不得安排区级财政运维经费。',
);
/** the 第九条(二) 立项情况备案 is expected before the first payment (flag, inferred). */
const UPPER_NOT_FILED = JJ_09_UPPER_FUNDS_FILING.finding(
  'FLAG',
  '获得国家、省、市等上级财政资金立项的项目,项目建设单位应将项目立项情况书面报领导小组办公室备案:未见备案记录,请在付款前补报(A-24)。',
);
const SOCIAL_NOT_FILED = JJ_09_SOCIAL_FUNDS_FILING.finding(
  'FLAG',
  '使用其他社会资金立项的项目,项目建设单位应将项目立项情况书面报领导小组办公室备案:未见备案记录,请在付款前补报(A-24)。',
);

// ---- JJ-07-reserve-no-funds --------------------------------------------------------------------------------------
const RESERVE_NO_FUNDS = JJ_07_RESERVE_NO_FUNDS.finding(
  'DENY-PAY',
  '经费估算30万元(含)以上且未纳入智慧锦江建设项目年度计划的项目列入储备,原则上不启动下一步工作(第七条),不予拨付资金;确需拨付须由领导小组办公室记录同意意见。',
  { missing: [ANNUAL_PLAN_RECORD] },
);

// ---- JJ-10-decision-gate -----------------------------------------------------------------------------------------
const GATE_L1 = JJ_10_DECISION_GATE.finding(
  'DENY-PAY',
  '总投资400万元(含)—3000万元(不含)的项目须报区政府常务会议审定后按政府采购程序实施(第十条):未见区政府常务会议审定记录,不得拨付资金、不得启动采购。',
);
const GATE_L2_MSG = '总投资3000万元(含)以上的项目须报区政府常务会议、区委常委会议审定后按政府采购程序实施(第十条):';
const GATE_OPPORTUNITY = JJ_10_DECISION_GATE.finding(
  'FLAG',
  '政府机会类社会出资项目不在第十条范围内(A-19):参照同一金额标准,未见相应会议审定记录,请报领导小组审议后再行拨付。',
);

// ---- JJ-16-stopped-no-om -----------------------------------------------------------------------------------------
const STOPPED = JJ_16_STOPPED_NO_OM.finding('DENY-OM', '信息系统停止运行后,不得再申请运维费用(第十六条)。');

// ---- JJ-17-* -----------------------------------------------------------------------------------------------------
const EVAL_FAIL = JJ_17_EVAL_BASIS.finding(
  'FLAG',
  '项目绩效评价结果为不合格:绩效评价结果是安排下一年度运行维护费用的重要依据(第十七条(二)),请审核人员结合整改情况审慎安排。',
);
const EVAL_FAIL_RECTIFIED = JJ_17_EVAL_BASIS.finding(
  'FLAG',
  '项目绩效评价结果为不合格(整改已验收):绩效评价结果是安排下一年度运行维护费用的重要依据(第十七条(二)),请审核人员参考。',
);
/** 第十七条(二)'s measures that stop money (通报批评 alone does not); 暂缓拨付建设资金 is not a 锦江 measure (A-41). */
const SANCTIONS: ReadonlySet<string> = new Set(['暂缓安排投资计划', '暂停项目建设', '终止项目']);

// ---- JJ-08-review-fees -------------------------------------------------------------------------------------------
const isReviewFee = (li: LineItemFacts): boolean => li.type.includes('评审费') || li.type.includes('造价审核费');

function reviewFees(items: readonly LineItemFacts[] | undefined): Finding | null {
  if (!items) return null;
  let hit: string[] | null = null;
  for (const li of items) if (isReviewFee(li)) (hit ??= []).push(li.type);
  return hit
    ? JJ_08_REVIEW_FEES.finding(
        'FLAG',
        `评审费用纳入财政预算,由区财政局负责项目评审有关经费保障(第八条(三)、第五条),不应从项目资金中列支:${hit.join('、')}。`,
        { detail: { lineItems: hit } },
      )
    : null;
}

/** Unknown source: treated as 区级财政资金 (the stricter side). */
const localFiscal = (p: ProjectFacts, source: string | undefined): boolean =>
  source === undefined ? p.fundingSources.length === 0 || p.fundingSources.includes('local_fiscal') : source === 'local_fiscal';

export const budgetGateRules: readonly RuleDef[] = [
  // 第五条, 第九条(一): 区级财政 funds only for projects in the 项目库 (Q1 and Q2). A-24: 第九条(二) filings before the
  // first payment are flagged here under their own rule ids.
  JJ_09_LIBRARY_ONLY.rule(({ facts: { project: p, payment, omRequest } }) => {
    const inLibrary = p.status?.inLibrary === true;
    if (payment) {
      const deny = !inLibrary && localFiscal(p, payment.fundingSource);
      const unfiled = p.records?.[RECORD.upstreamFiling] === undefined;
      const upper = unfiled && p.fundingSources.includes('upper_fiscal');
      const social = unfiled && p.fundingSources.includes('social_capital');
      if (!upper && !social) return deny ? NOT_IN_LIBRARY_PAY : null;
      const out: Finding[] = [];
      if (deny) out.push(NOT_IN_LIBRARY_PAY);
      if (upper) out.push(UPPER_NOT_FILED);
      if (social) out.push(SOCIAL_NOT_FILED);
      return out;
    }
    if (omRequest) return inLibrary ? null : NOT_IN_LIBRARY_OM;
    return null;
  }, { reports: [JJ_09_UPPER_FUNDS_FILING, JJ_09_SOCIAL_FUNDS_FILING] }),

  // 第七条: 储备 projects get no money ("原则上": 领导小组办公室 may override). Q1 only.
  JJ_07_RESERVE_NO_FUNDS.rule(({ facts: { project: p, payment } }) => (payment && inReserve(p) ? RESERVE_NO_FUNDS : null)),

  // 第十条: 400万元(含) and above need the meeting decisions before money flows. Q1 only.
  JJ_10_DECISION_GATE.paymentRule(({ facts: { project: p, payment } }) => {
    const b = band(decisionAmount(p));
    if (b === 0) return null;
    const gov = reviewOf(p, REVIEW.govMeeting) === 'pass';
    const party = reviewOf(p, REVIEW.partyStanding) === 'pass';
    if (gov && (b === 1 || party)) return null;
    if (p.fundingModel === 'gov_opportunity_social') return GATE_OPPORTUNITY;
    if (b === 1) return GATE_L1;
    const missing: string[] = [];
    if (!gov) missing.push('区政府常务会议审定记录');
    if (!party) missing.push('区委常委会议审定记录');
    return JJ_10_DECISION_GATE.finding('DENY-PAY', `${GATE_L2_MSG}未见${missing.join('、')},不得拨付资金、不得启动采购。`, {
      requires: ['区政府常务会议审定记录', '区委常委会议审定记录'],
      missing,
    });
  }),

  // 第十六条: no O&M funds after the system stopped (absolute, not overridable). Q2 only.
  JJ_16_STOPPED_NO_OM.rule(({ facts: { system, omRequest } }) => (omRequest && system?.status === 'stopped' ? STOPPED : null)),

  // 第十七条(二): a 不合格 evaluation is shown next to the O&M answer (P6 advisory display, never a denial). Q2 only.
  JJ_17_EVAL_BASIS.omRule(({ facts: { project: p, system, omRequest } }) => {
    if (!omRequest) return null;
    const result = system?.lastEvaluation ?? p.fields?.['绩效评价结果'];
    if (result !== '不合格') return null;
    return system?.rectificationAccepted === true ? EVAL_FAIL_RECTIFIED : EVAL_FAIL;
  }),

  // 第十七条(二): 暂缓安排投资计划 / 暂停项目建设 / 终止项目 stop payments. Q1 only.
  JJ_17_SANCTIONS.paymentRule(({ facts: { project: p, payment } }) => {
    const s = p.status?.sanction;
    if (s === undefined || !SANCTIONS.has(s)) return null;
    return JJ_17_SANCTIONS.finding('DENY-PAY', `本项目已被采取"${s}"处理措施(第十七条(二)),处理解除前不予拨付资金。`, { detail: { sanction: s } });
  }),

  // 第八条(三), 第五条: review fees come from the fiscal budget, not the project budget (permissive; flag the line).
  JJ_08_REVIEW_FEES.rule(({ facts: { payment, omRequest } }) => reviewFees(payment ? payment.lineItems : omRequest?.lineItems)),
];
