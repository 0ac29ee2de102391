/**
 * 淅川县 budget-gate rules (catalogue §4.4). `facts.payment` asks Q1 (may money be paid to this project?, DENY-PAY);
 * `facts.omRequest` asks Q2 (may O&M funds be budgeted for this system?, DENY-OM). A rule about one question returns
 * null for the other.
 */

import type { RuleDef } from '../../types.js';
import { categoryOf, hasDocument, omModeOf, reviewPassed } from './common.js';
import { XC_07_UNREVIEWED, XC_11_DISBURSE_BASIS, XC_11_PER_APPROVAL, XC_11_SURPLUS_RETURN, XC_21_OUTSOURCED_PROCUREMENT, XC_22_EXPENDITURE_STANDARD, XC_22_OM_REVIEW_OPINION, XC_23_1_NO_SHARING, XC_23_2A_STOPPED_UNUSED, XC_23_2B_EVAL_FAILED, XC_23_3_OTHER, XC_25_NO_THIRD_PARTY_CLOUD_RENEWAL, XC_27_SHARING_BASIS, XC_35_SANCTIONS, XC_37_THIRD_PARTY_EVAL } from './rules.js';
import { gateQuestionOf, yuanText } from '../shared.js';


/** the 上级明确要求 exemption needs `origin == upper_required` and this document attached. */
export const XC_UPPER_REQUIREMENT_DOC = '上级明确要求建设文件';

const UNREVIEWED_MSG = '未经县行政审批和政务信息管理局审查(审查意见未通过或未出具)的政务信息化项目,原则上县发改委不予审批,县财政局不予安排预算。';
const UNREVIEWED = { missing: ['技术性审查'] };
const UNREVIEWED_PAY = XC_07_UNREVIEWED.finding('DENY-PAY', UNREVIEWED_MSG, UNREVIEWED);
const UNREVIEWED_OM = XC_07_UNREVIEWED.finding('DENY-OM', UNREVIEWED_MSG, UNREVIEWED);
const UPPER_NO_DOC_MSG = `项目来源为上级明确要求建设,但未附上级明确要求的文件(${XC_UPPER_REQUIREMENT_DOC}),不能免于审查;${UNREVIEWED_MSG}`;
const UPPER_NO_DOC_PAY = XC_07_UNREVIEWED.finding('DENY-PAY', UPPER_NO_DOC_MSG);
const UPPER_NO_DOC_OM = XC_07_UNREVIEWED.finding('DENY-OM', UPPER_NO_DOC_MSG);

const BASIS_MSG = '县财政局依据县发改委下达的投资计划和县行政审批和政务信息管理局出具的项目实施意见拨付建设资金;';
const BASIS_NO_PLAN = XC_11_DISBURSE_BASIS.finding('DENY-PAY', `${BASIS_MSG}缺少投资计划。`, { missing: ['投资计划'] });
const BASIS_NO_OPINION = XC_11_DISBURSE_BASIS.finding('DENY-PAY', `${BASIS_MSG}缺少项目实施意见。`, { missing: ['项目实施意见'] });
const BASIS_NONE = XC_11_DISBURSE_BASIS.finding('DENY-PAY', `${BASIS_MSG}缺少投资计划和项目实施意见。`, { missing: ['投资计划', '项目实施意见'] });

const OUTSIDE_SCOPE = XC_11_PER_APPROVAL.finding(
  'DENY-PAY',
  '项目应严格按照县发改委批复的建设方案和县行政审批和政务信息管理局出具的技术审查意见、项目实施意见实施;本次支付涉及批复范围以外的内容,不予拨付。',
);

/** Fields: 竣工决算金额 (fen) and whether the surplus has been returned (第十一条). */
export const XC_FINAL_ACCOUNTS_FIELD = '竣工决算金额';
export const XC_SURPLUS_RETURNED_FIELD = '节余资金已退回';
const SURPLUS_MSG = '项目总投资有节余的应按照有关规定退回节余资金。';

const NO_OPINION = XC_22_OM_REVIEW_OPINION.finding(
  'DENY-OM',
  '政务信息化项目运维费须经县行政审批和政务信息管理局审核通过并出具本年度审核意见后,方可向县财政部门提出预算申请;本年度未取得审核意见。',
);
const OPINION_FAILED = XC_22_OM_REVIEW_OPINION.finding(
  'DENY-OM',
  '政务信息化项目运维费须经县行政审批和政务信息管理局审核通过;本年度审核意见为不通过,不予安排运维预算。',
);

const SHARING_TRIGGERS = [
  ['interconnected', false, '未按要求完成系统对接互通'],
  ['dataAggregated', false, '未按要求完成数据归集'],
  ['dataShared', false, '未按要求完成信息共享'],
  ['duplicateCollection', true, '存在重复采集数据'],
  ['duplicateBuild', true, '存在重复建设'],
] as const;
const SHARING_FINDINGS = SHARING_TRIGGERS.map(([, , what]) =>
  XC_23_1_NO_SHARING.finding('DENY-OM', `${what},不予安排运维预算。`),
);

const STOPPED = XC_23_2A_STOPPED_UNUSED.finding('DENY-OM', '信息系统长时间停止运行或长久未使用,不予安排运维预算。');
const EVAL_FAILED = XC_23_2B_EVAL_FAILED.finding('DENY-OM', '信息系统评估评价不合格且整改不到位,不予安排运维预算。');
const OTHER_OPEN = '未落实其他政务信息化建设有关要求(存在未整改完成的问题),不予安排运维预算:';

const CLOUD_RENEWAL_MSG = '采购第三方云的,合同到期后不再续签,统一使用县级政务云资源;不得为第三方云续签或延期安排资金。';
const CLOUD_RENEWAL_PAY = XC_25_NO_THIRD_PARTY_CLOUD_RENEWAL.finding('DENY-PAY', CLOUD_RENEWAL_MSG);
const CLOUD_RENEWAL_OM = XC_25_NO_THIRD_PARTY_CLOUD_RENEWAL.finding('DENY-OM', CLOUD_RENEWAL_MSG);

/** Field: a 政府采购 record for outsourced O&M when no system facts carry it (第二十一条). */
export const XC_OM_PROCUREMENT_FIELD = '外包运维政府采购记录';
const OUTSOURCED_MSG = '采用外包运行维护方式的,应进行政府采购;未见政府采购记录,不予安排外包运维资金。';
const OUTSOURCED_PAY = XC_21_OUTSOURCED_PROCUREMENT.finding('DENY-PAY', OUTSOURCED_MSG);
const OUTSOURCED_OM = XC_21_OUTSOURCED_PROCUREMENT.finding('DENY-OM', OUTSOURCED_MSG);

const SANCTION_DEFER = XC_35_SANCTIONS.finding('DENY-PAY', '项目拒不整改或整改后仍不符合要求,已被暂缓拨付建设资金。');
const SANCTION_SUSPEND = XC_35_SANCTIONS.finding('DENY-PAY', '项目拒不整改或整改后仍不符合要求,已被暂停项目建设,暂停拨付资金。');

const THIRD_PARTY_NEGATIVE = XC_37_THIRD_PARTY_EVAL.finding(
  'FLAG',
  '第三方评估机构的绩效监控/评价报告结论为不合格;该报告是财政部门资金拨付的依据,请结合报告审慎拨付。',
);

const SHARING_BASIS = XC_27_SHARING_BASIS.finding(
  'FLAG',
  '信息资源共享的范围和程度是确定项目建设投资、运维经费拨付的重要依据;该系统尚未显示已实现信息共享,请在安排资金时予以考虑。',
);

export const budgetGateRules: readonly RuleDef[] = [
  // 第七条 "除上级有明确要求外,未经审查的…原则上…不予审批…不予安排预算" (A-42: upper_required + document).
  XC_07_UNREVIEWED.rule(({ facts }) => {
    const q1 = gateQuestionOf(facts) === 'payment';
    if (!q1 && !facts.omRequest) return null;
    const p = facts.project;
    if (reviewPassed(p, '技术性审查')) return null;
    if (p.origin === 'upper_required') {
      if (hasDocument(p, XC_UPPER_REQUIREMENT_DOC)) return null;
      return q1 ? UPPER_NO_DOC_PAY : UPPER_NO_DOC_OM;
    }
    return q1 ? UNREVIEWED_PAY : UNREVIEWED_OM;
  }),

  // 第十一条: construction funds for 政府投资建设类 follow the 投资计划 and the 项目实施意见.
  XC_11_DISBURSE_BASIS.paymentRule((ctx) => {
    const pay = ctx.facts.payment;
    if (pay.purpose === 'om' || categoryOf(ctx) !== 'gov_invest_build') return null;
    const p = ctx.facts.project;
    const plan = reviewPassed(p, '投资计划');
    const opinion = reviewPassed(p, '项目实施意见');
    return plan ? (opinion ? null : BASIS_NO_OPINION) : opinion ? BASIS_NO_PLAN : BASIS_NONE;
  }),

  // 第十一条 "严格按照…批复的建设方案…实施" (inferred: no payment for scope outside the approval).
  XC_11_PER_APPROVAL.rule(({ facts }) => (facts.payment?.outsideApprovedScope === true ? OUTSIDE_SCOPE : null)),

  // 第十一条 "项目总投资有节余的应…退回节余资金": after acceptance, final accounts below the approved total.
  XC_11_SURPLUS_RETURN.paymentRule(({ facts }) => {
    const p = facts.project;
    if (!p.dates?.acceptancePassed || p.fields?.[XC_SURPLUS_RETURNED_FIELD] === true) return null;
    const finalAccounts = p.fields?.[XC_FINAL_ACCOUNTS_FIELD];
    if (typeof finalAccounts !== 'number') return null;
    const total = p.approvedEstimate ?? p.amountTotal;
    if (finalAccounts >= total) return null;
    const surplus = total - finalAccounts;
    return XC_11_SURPLUS_RETURN.finding('FLAG', `${SURPLUS_MSG}节余资金${yuanText(surplus)}元尚未退回。`, {
      detail: { total, finalAccounts, surplus },
    });
  }),

  // 第二十[二]条: one 局 审核意见 per budget year; without a passing one, no O&M budget.
  XC_22_OM_REVIEW_OPINION.omRule(({ facts }) => {
    if (!facts.omRequest) return null;
    const o = facts.omRequest!.reviewOpinion;
    return o === undefined ? NO_OPINION : o.result === 'pass' ? null : OPINION_FAILED;
  }),

  // 第二十[二]条 "根据审核意见和相关支出标准" (inferred): the request may not exceed the reviewed amount or the standard.
  XC_22_EXPENDITURE_STANDARD.omRule(({ facts }) => {
    if (!facts.omRequest) return null;
    const r = facts.omRequest!;
    const a = r.reviewOpinion?.result === 'pass' ? r.reviewOpinion.amount : undefined;
    const s = r.standardAmount;
    const limit = a === undefined ? s : s === undefined ? a : a < s ? a : s;
    if (limit === undefined || r.amount <= limit) return null;
    return XC_22_EXPENDITURE_STANDARD.finding(
      'DENY-OM',
      `运维预算申请应根据审核意见和相关支出标准提出;申请金额${yuanText(r.amount)}元超出可安排金额${yuanText(limit)}元,超出部分${yuanText(r.amount - limit)}元不予安排。`,
      { detail: { requested: r.amount, limit, excess: r.amount - limit, opinionAmount: a, standardAmount: s } },
    );
  }),

  // 第二十[三]条(一) absolute: interconnection, aggregation, sharing; no duplicate collection or build. Unknown = not shown.
  XC_23_1_NO_SHARING.omRule(({ facts }) => {
    const s = facts.system;
    if (!s || !facts.omRequest) return null;
    let out: (typeof SHARING_FINDINGS)[number][] | null = null;
    for (let i = 0; i < SHARING_TRIGGERS.length; i++) {
      const [key, bad] = SHARING_TRIGGERS[i];
      const v = s[key];
      if (bad ? v === true : v !== true) (out ??= []).push(SHARING_FINDINGS[i]);
    }
    return out;
  }),

  // 第二十[三]条(二) first trigger: long stopped or long unused (a 僵尸系统 is a long-unused one), reviewer-confirmed status.
  XC_23_2A_STOPPED_UNUSED.omRule(({ facts }) => {
    const s = facts.system;
    if (!s || !facts.omRequest) return null;
    return s.status === 'stopped' || s.status === 'long_unused' || s.status === 'zombie' ? STOPPED : null;
  }),

  // 第二十[三]条(二) second trigger: failed evaluation AND rectification not accepted.
  XC_23_2B_EVAL_FAILED.omRule(({ facts }) => {
    const s = facts.system;
    if (!s || !facts.omRequest) return null;
    return s.lastEvaluation === '不合格' && s.rectificationAccepted !== true ? EVAL_FAILED : null;
  }),

  // 第二十[三]条(三): open findings in the register (recorded by an inspector) deny O&M.
  XC_23_3_OTHER.omRule(({ facts }) => {
    if (!facts.omRequest) return null;
    const open = facts.project.status?.openFindings;
    if (!open) return null;
    let ids: string[] | null = null;
    for (const f of open) if (f.status !== 'closed') (ids ??= []).push(f.ruleId);
    if (!ids) return null;
    return XC_23_3_OTHER.finding('DENY-OM', OTHER_OPEN + ids.join('、') + '。', { detail: { openFindings: ids } });
  }),

  // 第二十[五]条 "采购第三方云的,合同到期后不再续签".
  XC_25_NO_THIRD_PARTY_CLOUD_RENEWAL.rule(({ facts }) => {
    if (facts.payment) return facts.payment.thirdPartyCloudRenewal === true ? CLOUD_RENEWAL_PAY : null;
    return facts.omRequest?.thirdPartyCloudRenewal === true ? CLOUD_RENEWAL_OM : null;
  }),

  // 第二十一条 "采用外包运行维护方式的,应进行政府采购" (inferred denial without a procurement record).
  XC_21_OUTSOURCED_PROCUREMENT.rule((ctx) => {
    const { facts } = ctx;
    const q1 = gateQuestionOf(facts) === 'payment';
    if (q1 ? facts.payment!.purpose !== 'om' : !facts.omRequest) return null;
    if (omModeOf(ctx) !== '外包运维') return null;
    if (facts.system?.hasProcurementRecord === true || facts.project.fields?.[XC_OM_PROCUREMENT_FIELD] === true) return null;
    return q1 ? OUTSOURCED_PAY : OUTSOURCED_OM;
  }),

  // 第三十[五]条: 暂缓拨付建设资金 (construction funds) / 暂停项目建设 (everything).
  XC_35_SANCTIONS.paymentRule(({ facts }) => {
    const pay = facts.payment;
    const s = facts.project.status?.sanction;
    if (s === '暂停项目建设') return SANCTION_SUSPEND;
    if (s === '暂缓拨付建设资金' && pay.purpose !== 'om') return SANCTION_DEFER;
    return null;
  }),

  // 第三十[七]条: third-party reports are a basis for disbursement; a negative one is flagged on Q1 (advisory).
  XC_37_THIRD_PARTY_EVAL.rule(({ facts }) =>
    facts.payment && facts.project.status?.reviews?.['第三方绩效评价'] === 'fail' ? THIRD_PARTY_NEGATIVE : null,
  ),

  // 第二十[七]条: the extent of sharing is a basis for investment and O&M funding (advisory display).
  XC_27_SHARING_BASIS.rule(({ facts }) => {
    const s = facts.system;
    if (!s || (!facts.payment && !facts.omRequest)) return null;
    return s.dataShared === true ? null : SHARING_BASIS;
  }),
];
