/**
 * 红山区 budget-gate rules (catalogue §4.4): Q1 "may money be paid to this project?" (`facts.payment`, DENY-PAY) and
 * Q2 "may O&M funds be budgeted for this system?" (no `facts.payment`, DENY-OM).
 *
 * Hot path: every finding that does not depend on the facts is a frozen module-level constant; dates are compared as
 * ISO strings; amounts are integer fen.
 */
import { addMonths } from '../../calendar/dates.js';
import type { RuleHandle } from '../../dsl.js';

import type { LineItemFacts, ProjectFacts, SystemFacts } from '../../facts.js';
import type { Finding, RuleDef } from '../../types.js';
import { HS_05_APPROVED_BEFORE_PAY, HS_05_NOT_IN_LIBRARY, HS_14_SHARING_BASIS, HS_21_SUSPENDED, HS_22_SURPLUS_RETURN, HS_22_TREASURY, HS_22_WITHIN_ESTIMATE, HS_24_FREE_OM_NO_PAID_OM, HS_25_PREP_COSTS, HS_32_EVAL_BASIS, HS_35_1_NO_SHARING, HS_35_2A_GOV_SERVICE_PLATFORM, HS_35_2B_OFFICE_PLATFORM, HS_35_3_SECURITY, HS_35_4_STOPPED_ZOMBIE, HS_37_SANCTIONS, HS_40_OM_AUDIT_LOG } from './rules.js';
import { categoryOf, gateQuestionOf, yuanText } from '../shared.js';

// ---------------------------------------------------------------------------------------------------------------
// helpers

/** 第二十五条: 前期工作费用 that may be carried by the unit's department budget. */
const PREP_COST_TYPES: readonly string[] = ['可研编制', '可行性研究报告编制', '前置要件费用', '前期工作费用'];

/** True when the payment consists only of 前期工作费用 line items (HS-25-prep-costs). */
function onlyPrepCosts(items: readonly LineItemFacts[] | undefined): boolean {
  if (!items || items.length === 0) return false;
  for (let i = 0; i < items.length; i++) if (!PREP_COST_TYPES.includes(items[i].type)) return false;
  return true;
}

function hasPrepCost(items: readonly LineItemFacts[] | undefined): boolean {
  if (!items) return false;
  for (let i = 0; i < items.length; i++) if (PREP_COST_TYPES.includes(items[i].type)) return true;
  return false;
}

/** An H item the finance reviewer has already considered (pass / n.a.) no longer holds the answer in review (P6). */
function considered(p: ProjectFacts, id: RuleHandle): boolean {
  const d = p.status?.decisions?.[id.id];
  return d !== undefined && d.result !== 'fail';
}

// ---------------------------------------------------------------------------------------------------------------
// HS-05-not-in-library (第五条, 原则上 → OVERRIDABLE)

const NOT_IN_LIBRARY_PAY = HS_05_NOT_IN_LIBRARY.finding(
  'DENY-PAY',
  '该项目未纳入政务信息化项目库。依据第五条"未纳入政务信息化项目库的原则上不予安排资金",不得拨付资金;确需例外的,须经区政数局会同区财政局批准并记录理由和依据文件。',
);
const NOT_IN_LIBRARY_OM = HS_05_NOT_IN_LIBRARY.finding(
  'DENY-OM',
  '该项目未纳入政务信息化项目库。依据第五条"未纳入政务信息化项目库的原则上不予安排资金",不得安排运维经费;运维项目须先提交运维方案申请入库,确需例外的须经区政数局会同区财政局批准并记录。',
);

// ---------------------------------------------------------------------------------------------------------------
// HS-05-approved-before-pay (第五条 "不得未批先建")

const NOT_APPROVED = HS_05_APPROVED_BEFORE_PAY.finding(
  'DENY-PAY',
  '建设类、采购服务类项目尚未取得项目审批部门批复。依据第五条"不得未批先建",批复前不得支付项目建设资金。',
  { missing: ['项目审批部门批复'] },
);

// ---------------------------------------------------------------------------------------------------------------
// HS-22 (第二十二条)

const ESTIMATE_UNKNOWN = HS_22_WITHIN_ESTIMATE.finding(
  'FLAG',
  '项目已批复,但未记录批复概算总投资,无法核对本次支付是否超出概算。依据第二十二条"须严格按照项目审批部门批复的方案和投资概算实施项目",请补录批复概算后再支付。',
);

const TREASURY = HS_22_TREASURY.finding(
  'DENY-PAY',
  '本次支付未注明通过国库集中支付。依据第二十二条"项目的资金支出按照国库集中支付有关制度规定执行",须经国库集中支付渠道支付。',
);

const TREASURY_CHANNEL = '国库集中支付';

// ---------------------------------------------------------------------------------------------------------------
// HS-25-prep-costs (第二十五条): permissive; the payment is routed to the unit's department budget.

const PREP_COSTS = HS_25_PREP_COSTS.finding(
  'ROUTE',
  '本次支付含可行性研究报告编制、前置要件等前期工作费用。依据第二十五条,此类费用可纳入项目单位部门预算列支,不受"未入库、未批复不予安排资金"限制。',
  { route: '项目单位部门预算' },
);

// ---------------------------------------------------------------------------------------------------------------
// HS-35 (第三十五条)

const NOT_SHARING_PARTS = ['未完成系统对接互通', '未完成数据归集', '未共享数据资源', '存在重复采集数据'] as const;

/** One frozen finding per combination of failed conditions (bit i = NOT_SHARING_PARTS[i]). */
const NO_SHARING: readonly Finding[] = (() => {
  const out: Finding[] = [];
  for (let mask = 0; mask < 16; mask++) {
    const parts: string[] = [];
    for (let i = 0; i < 4; i++) if (mask & (1 << i)) parts.push(NOT_SHARING_PARTS[i]);
    out.push(
      HS_35_1_NO_SHARING.finding(
        'DENY-OM',
        `该系统${parts.join('、') || '对接共享情况未确认'}(以区政数局认定为准)。依据第三十五条(一)"对未按要求完成系统对接互通、数据归集和共享数据资源的或者重复采集数据的政务信息系统,原则上不安排运维经费"。`,
        { detail: { failed: Object.freeze(parts) } },
      ),
    );
  }
  return Object.freeze(out);
})();

const NO_SYSTEM_SHARING = HS_35_1_NO_SHARING.finding(
  'DENY-OM',
  '申请运维经费未提供系统信息,无法确认系统已完成对接互通、数据归集和数据共享。依据第三十五条(一),未按要求完成的原则上不安排运维经费;请补充系统及区政数局的认定情况。',
);

const NOT_ON_GOV_SERVICE_PLATFORM = HS_35_2A_GOV_SERVICE_PLATFORM.finding(
  'DENY-OM',
  '该政务服务、公共服务类系统未接入(或未确认接入)一体化政务服务平台。依据第三十五条(二),原则上不安排运维经费。',
);

const NOT_ON_OFFICE_PLATFORM = HS_35_2B_OFFICE_PLATFORM.finding(
  'DENY-OM',
  '该非涉密办公类系统未接入(或未确认接入)统一协同办公平台。依据第三十五条(二),原则上不安排运维经费。',
);

const SECURITY_PARTS = ['不符合密码应用要求', '不符合网络安全要求', '存在重大安全隐患'] as const;

const SECURITY_DENY: readonly Finding[] = (() => {
  const out: Finding[] = [];
  for (let mask = 0; mask < 8; mask++) {
    const parts: string[] = [];
    for (let i = 0; i < 3; i++) if (mask & (1 << i)) parts.push(SECURITY_PARTS[i]);
    out.push(
      HS_35_3_SECURITY.finding(
        'DENY-OM',
        `该新建政务信息化项目${parts.join('、')}(依据密评报告、等保测评报告及区委保密机要局、区公安分局的认定)。依据第三十五条(三),不安排运维经费,此项不适用例外。`,
        { detail: { failed: Object.freeze(parts) } },
      ),
    );
  }
  return Object.freeze(out);
})();

const SECURITY_UNKNOWN = HS_35_3_SECURITY.finding(
  'FLAG',
  '未见该新建项目的密码应用安全性评估和网络安全等级保护测评结论。依据第三十五条(三),不符合密码应用和网络安全要求的新建项目不安排运维经费;请补充密评报告、等保测评报告后由审核人确认。',
);

const SECURITY_NON_NEW = HS_35_3_SECURITY.finding(
  'FLAG',
  '该系统存在密码应用、网络安全不符合要求或重大安全隐患的认定。第三十五条(三)的绝对禁止仅针对新建项目;非新建项目请审核人按第三十五条(一)及第三十七条整改程序处理(A-31)。',
);

const STOPPED = HS_35_4_STOPPED_ZOMBIE.finding(
  'DENY-OM',
  '该系统已停用。依据第三十五条(四)"停用系统、僵尸系统不安排运维经费",不得安排运维经费,此项不适用例外。',
);
const ZOMBIE = HS_35_4_STOPPED_ZOMBIE.finding(
  'DENY-OM',
  '该系统经审核确认为僵尸系统。依据第三十五条(四)"停用系统、僵尸系统不安排运维经费",不得安排运维经费,此项不适用例外。',
);

// ---------------------------------------------------------------------------------------------------------------
// HS-21 / HS-37 sanctions

const SUSPENDED = HS_21_SUSPENDED.finding(
  'DENY-PAY',
  '项目审批部门已要求暂停项目建设(第二十一条)。暂停期间不得支付项目资金。',
);

const SANCTION: Readonly<Record<string, Finding>> = Object.freeze({
  暂缓安排投资计划: HS_37_SANCTIONS.finding('DENY-PAY', '项目被处以"暂缓安排投资计划"(第三十七条),处理解除前不得支付项目资金。'),
  暂停项目建设: HS_37_SANCTIONS.finding('DENY-PAY', '项目被处以"暂停项目建设"(第三十七条),处理解除前不得支付项目资金。'),
  终止项目: HS_37_SANCTIONS.finding('DENY-PAY', '项目已被"终止项目"(第三十七条),不得再支付项目资金。', {
    detail: { permanent: true },
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// HS-32 / HS-14 advisory items (P6)

const EVAL_REVIEW_KEYS: readonly string[] = ['后评价', '绩效评价', '自评价', '监督检查', '检测'];

const EVAL_BASIS = HS_32_EVAL_BASIS.finding(
  'CHECK',
  '该项目/系统已有评价或检查结果。依据第三十二条"评价和检查结果可作为下一年度安排投资和运维经费的重要依据和参考",请财政审核人查阅评价、检查结果后记录审阅意见。',
);

const SHARING_BASIS = HS_14_SHARING_BASIS.finding(
  'CHECK',
  '依据第十四条,数据资源共享的范围、程度以及网络安全、财政资金保障等情况是确定运维经费的重要依据。请财政审核人结合上述情况核定运维经费并记录审阅意见。',
);

// ---------------------------------------------------------------------------------------------------------------
// HS-40-om-audit-log (第四十条): every Q2 override must be logged with authority, reason and document.

/** The gate rules a Q2 answer can override (the OVERRIDABLE ones). */
const OM_OVERRIDABLE: readonly string[] = [
  HS_05_NOT_IN_LIBRARY.id,
  HS_24_FREE_OM_NO_PAID_OM.id,
  HS_35_1_NO_SHARING.id,
  HS_35_2A_GOV_SERVICE_PLATFORM.id,
  HS_35_2B_OFFICE_PLATFORM.id,
];

const AUDIT_MSG =
  '运维经费例外安排(覆盖"原则上不安排"规定)须留存记录:批准机关(区政数局会同区财政局)、理由及依据文件。依据第四十条,违反规定安排运维经费的将依法查处。';

// ---------------------------------------------------------------------------------------------------------------
// HS-24-free-om-no-paid-om (第二十四条, inferred; A-33)

/** O&M items a contractor's free O&M does not cover (A-33): only flagged. */
const NON_CONTRACTOR_OM_TYPES: readonly string[] = ['机柜租赁', '通信线路租赁', '线路租赁', '短信费'];

function freeOmWindow(p: ProjectFacts, s: SystemFacts | undefined): [string, string] | null {
  const acc = s?.acceptancePassed ?? p.dates?.acceptancePassed;
  if (acc === undefined) return null;
  // The contract's free O&M end; without it the statutory minimum of one year from acceptance.
  const end = s?.freeOmEnd ?? p.dates?.freeOmEnd ?? addMonths(acc, 12);
  return [acc, end];
}

// ---------------------------------------------------------------------------------------------------------------

export const budgetGateRules: readonly RuleDef[] = [
  // 第五条: not in the 项目库 → no funds, in principle (A-06: override by 区政数局 + 区财政局). Unknown = not in it.
  HS_05_NOT_IN_LIBRARY.rule(({ facts }) => {
    if (facts.project.status?.inLibrary === true) return null;
    if (gateQuestionOf(facts) === 'payment') return onlyPrepCosts(facts.payment!.lineItems) ? null : NOT_IN_LIBRARY_PAY;
    return NOT_IN_LIBRARY_OM;
  }),

  // 第五条 "不得未批先建": 建设类 / 采购服务类 need the approval before any payment; 运维服务类 needs none (第十二条(二)).
  HS_05_APPROVED_BEFORE_PAY.paymentRule((ctx) => {
    const { facts } = ctx;
    const cat = categoryOf(ctx);
    if (cat !== 'build' && cat !== 'procure_service') return null;
    if (facts.project.status?.approvalStatus === 'approved') return null;
    return onlyPrepCosts(facts.payment.lineItems) ? null : NOT_APPROVED;
  }),

  // 第二十二条 (inferred): paid so far + this payment must stay within the approved 概算 (exactly the 概算 is allowed).
  HS_22_WITHIN_ESTIMATE.paymentRule((ctx) => {
    const { facts } = ctx;
    const p = facts.project;
    const approved = p.approvedEstimate;
    if (approved === undefined) {
      const cat = categoryOf(ctx);
      return (cat === 'build' || cat === 'procure_service') && p.status?.approvalStatus === 'approved' ? ESTIMATE_UNKNOWN : null;
    }
    const paid = p.paidToDate ?? 0;
    const after = paid + facts.payment.amount;
    if (after <= approved) return null;
    return HS_22_WITHIN_ESTIMATE.finding(
      'DENY-PAY',
      `累计支付将达到${yuanText(after)}元,超出批复概算总投资${yuanText(approved)}元(超出${yuanText(after - approved)}元)。依据第二十二条"须严格按照项目审批部门批复的方案和投资概算实施项目",超概算部分须按第二十三条履行相应审批手续后方可支付。`,
      { detail: { paidToDate: paid, request: facts.payment.amount, approvedEstimate: approved, excess: after - approved } },
    );
  }),

  // 第二十二条: completed project with money left under the 概算 → remind the surplus return.
  HS_22_SURPLUS_RETURN.paymentRule(({ facts }) => {
    const p = facts.project;
    const completed = p.dates?.acceptancePassed ?? p.dates?.constructionCompleted;
    if (completed === undefined || p.approvedEstimate === undefined) return null;
    const paidTotal = (p.paidToDate ?? 0) + facts.payment.amount;
    const surplus = p.approvedEstimate - paidTotal;
    if (surplus <= 0) return null;
    return HS_22_SURPLUS_RETURN.finding(
      'FLAG',
      `项目已完成建设,本次支付后较批复概算仍结余${yuanText(surplus)}元。依据第二十二条"项目目标和内容不变,总投资有结余的,应当按照相关规定将结余资金退回",请财政审核人确认结余资金退回安排。`,
      { detail: { approvedEstimate: p.approvedEstimate, paidTotal, surplus } },
    );
  }),

  // 第二十二条: payments go through 国库集中支付; an unstated channel is not shown to comply.
  HS_22_TREASURY.paymentRule(({ facts }) => {
    return facts.payment.channel === TREASURY_CHANNEL ? null : TREASURY;
  }),

  // 第二十五条 (permissive): 前期工作费用 may sit in the unit's department budget; shown as a route, never a denial.
  HS_25_PREP_COSTS.paymentRule(({ facts }) => {
    return hasPrepCost(facts.payment.lineItems) ? PREP_COSTS : null;
  }),

  // 第二十四条 (inferred, A-33): no paid O&M for a period overlapping the free O&M period [acceptance, free_om_end).
  HS_24_FREE_OM_NO_PAID_OM.omRule(({ facts }) => {
    const req = facts.omRequest;
    if (req === undefined) return null;
    const w = freeOmWindow(facts.project, facts.system);
    if (w === null) return null;
    const start = req.periodStart ?? `${req.fiscalYear}-01-01`;
    const end = req.periodEnd ?? `${req.fiscalYear}-12-31`;
    if (!(start < w[1] && end >= w[0])) return null;
    const items = req.lineItems;
    const contractor: string[] = [];
    const other: string[] = [];
    if (items && items.length) {
      for (const li of items) (NON_CONTRACTOR_OM_TYPES.includes(li.type) ? other : contractor).push(li.type);
    }
    const detail = { acceptancePassed: w[0], freeOmEnd: w[1], periodStart: start, periodEnd: end };
    const out: Finding[] = [];
    if (!items || items.length === 0 || contractor.length) {
      out.push(
        HS_24_FREE_OM_NO_PAID_OM.finding(
          'DENY-OM',
          `申请的运维期(${start}至${end})与免费运维期(${w[0]}起至${w[1]}止)重叠${contractor.length ? `,涉及:${contractor.join('、')}` : ''}。依据第二十四条,免费运维期原则上自竣工验收合格之日起不少于1年,期内应由承建单位免费运维,不安排重复的运维经费。`,
          { detail: { ...detail, items: contractor } },
        ),
      );
    }
    if (other.length) {
      out.push(
        HS_24_FREE_OM_NO_PAID_OM.finding(
          'FLAG',
          `免费运维期内申请的${other.join('、')}通常不属于承建单位免费运维范围,请审核人对照合同确认后再安排(A-33)。`,
          { detail: { ...detail, items: other } },
        ),
      );
    }
    return out;
  }),

  // 第三十五条(一) 原则上: interconnection, aggregation, sharing must be shown done and no duplicate collection.
  HS_35_1_NO_SHARING.omRule(({ facts }) => {
    const s = facts.system;
    if (s === undefined) return NO_SYSTEM_SHARING;
    const mask =
      (s.interconnected === true ? 0 : 1) |
      (s.dataAggregated === true ? 0 : 2) |
      (s.dataShared === true ? 0 : 4) |
      (s.duplicateCollection === true ? 8 : 0);
    return mask === 0 ? null : NO_SHARING[mask];
  }),

  // 第三十五条(二) 原则上: 政务服务 / 公共服务 systems must be on the 一体化政务服务平台.
  HS_35_2A_GOV_SERVICE_PLATFORM.omRule(({ facts }) => {
    const s = facts.system;
    if (s === undefined || (s.kind !== '政务服务' && s.kind !== '公共服务')) return null;
    return s.onGovServicePlatform === true ? null : NOT_ON_GOV_SERVICE_PLATFORM;
  }),

  // 第三十五条(二) 原则上: non-classified 办公类 systems must be on the 统一协同办公平台.
  HS_35_2B_OFFICE_PLATFORM.omRule(({ facts }) => {
    const s = facts.system;
    if (s === undefined || s.kind !== '办公类') return null;
    if ((s.classified ?? facts.project.flags.classified) === true) return null;
    return s.onOfficePlatform === true ? null : NOT_ON_OFFICE_PLATFORM;
  }),

  // 第三十五条(三), absolute for 新建 (A-31): a recorded non-compliance or major hazard denies; unknown → FLAG.
  HS_35_3_SECURITY.omRule(({ facts }) => {
    const s = facts.system;
    const isNew = facts.project.subtype === 'new';
    const mask =
      (s?.cryptoCompliant === false ? 1 : 0) |
      (s?.cybersecurityCompliant === false ? 2 : 0) |
      (s?.majorSecurityHazard === true ? 4 : 0);
    if (mask !== 0) return isNew ? SECURITY_DENY[mask] : SECURITY_NON_NEW;
    if (isNew && (s?.cryptoCompliant === undefined || s.cybersecurityCompliant === undefined)) return SECURITY_UNKNOWN;
    return null;
  }),

  // 第三十五条(四), absolute: stopped or reviewer-confirmed zombie systems get no O&M (A-05: status, not metrics).
  HS_35_4_STOPPED_ZOMBIE.omRule(({ facts }) => {
    const st = facts.system?.status;
    return st === 'stopped' ? STOPPED : st === 'zombie' ? ZOMBIE : null;
  }),

  // 第二十一条: construction suspended by the approving department → no payment.
  HS_21_SUSPENDED.paymentRule(({ facts }) => {
    return facts.project.status?.sanction === '暂停项目建设' ? SUSPENDED : null;
  }),

  // 第三十七条: 暂缓安排投资计划 / 暂停项目建设 / 终止项目 (permanent) block payments; 通报批评 does not.
  HS_37_SANCTIONS.paymentRule(({ facts }) => {
    const s = facts.project.status?.sanction;
    return s === undefined ? null : SANCTION[s] ?? null;
  }),

  // 第三十二条 (H, P6): evaluation / inspection results are shown to the finance reviewer with the Q2 answer.
  HS_32_EVAL_BASIS.omRule(({ facts }) => {
    const p = facts.project;
    let has = facts.system?.lastEvaluation !== undefined || (p.status?.openFindings?.length ?? 0) > 0;
    const reviews = p.status?.reviews;
    if (!has && reviews) for (const k of EVAL_REVIEW_KEYS) if (reviews[k] !== undefined) { has = true; break; }
    if (!has || considered(p, HS_32_EVAL_BASIS)) return null;
    return EVAL_BASIS;
  }),

  // 第十四条 (H, P6): sharing scope, security and funding guarantees are the basis for the O&M amount (Q2).
  HS_14_SHARING_BASIS.omRule(({ facts }) => {
    return considered(facts.project, HS_14_SHARING_BASIS) ? null : SHARING_BASIS;
  }),

  // 第四十条: every Q2 override carries authority (区政数局 + 区财政局, A-06), reason and document.
  HS_40_OM_AUDIT_LOG.omRule(({ facts }) => {
    const overrides = facts.project.status?.overrides;
    if (overrides === undefined) return null;
    let requires: string[] | undefined;
    let missing: string[] | undefined;
    for (const id of OM_OVERRIDABLE) {
      const o = overrides[id];
      if (o === undefined) continue;
      requires ??= [];
      missing ??= [];
      const items = [`${id}:批准机关`, `${id}:理由`, `${id}:依据文件`];
      requires.push(...items);
      const a = o.authority ?? '';
      if (!a.includes('区政数局') || !a.includes('区财政局')) missing.push(items[0]);
      if (!o.reason) missing.push(items[1]);
      if (!o.documentRef) missing.push(items[2]);
    }
    if (requires === undefined) return null;
    return HS_40_OM_AUDIT_LOG.require(requires, missing!, AUDIT_MSG);
  }),
];

