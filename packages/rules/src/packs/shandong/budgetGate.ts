/**
 * 山东省 budget-gate rules (catalogue §4.4). Q1 (`facts.payment`): may money be paid to this project (DENY-PAY)?
 * Q2 (`facts.omRequest`): may O&M funds be budgeted for this system (DENY-OM)?
 */
import { addMonths } from '../../calendar/dates.js';

import type { Sanction } from '../../facts.js';
import type { Finding, RuleDef } from '../../types.js';
import { FIELD, GSMO, REVIEW, accepted, isIsoDate } from './common.js';
import { SD_09_OPINION_PREREQ, SD_11_FUNDS_BASIS, SD_17_NO_OVERRUN, SD_17_SURPLUS_RETURN, SD_19_SUSPENDED, SD_23_UNACCEPTED_NO_FUNDS, SD_25_LEVEL_SPLIT, SD_28_SHARING_BASIS, SD_29_SHARING_PLATFORM, SD_34_SANCTIONS } from './rules.js';
import { yuanText } from '../shared.js';


// ---- SD-09-opinion-prereq (第九条)
const NO_OPINION_PAY = SD_09_OPINION_PREREQ.finding(
  'DENY-PAY',
  `未取得${GSMO}同意的审核意见:审核意见是项目立项和资金安排的前提和依据,不得安排拨付项目资金。`,
  { missing: [REVIEW.gsmoOpinion] },
);
const NO_OPINION_OM = SD_09_OPINION_PREREQ.finding(
  'DENY-OM',
  `未取得${GSMO}同意的审核意见:审核意见是项目立项和资金安排的前提和依据,不得安排运维经费。`,
  { missing: [REVIEW.gsmoOpinion] },
);

// ---- SD-17 (第十七条)
const NO_BASE = SD_17_NO_OVERRUN.finding(
  'FLAG',
  '未见项目审批部门批复的投资预算(批复概算总投资),无法核对本次拨付是否超支,请补录批复金额后由财务人员核对。',
  { missing: ['批复投资预算'] },
);

// ---- SD-19 / SD-34 sanctions
const SUSPENDED = SD_19_SUSPENDED.finding(
  'DENY-PAY',
  '项目审批部门已要求项目暂停建设,暂停期间不得拨付项目资金。',
);
const SANCTION_DEFER = SD_34_SANCTIONS.finding(
  'DENY-PAY',
  '项目因拒不整改或整改后仍不符合要求被暂缓拨付建设资金,整改到位并解除处理前不得拨付建设资金。',
);
const SANCTION_SUSPEND = SD_34_SANCTIONS.finding(
  'DENY-PAY',
  '项目因拒不整改或整改后仍不符合要求被暂停项目建设,暂停期间不得拨付项目资金。',
);
const SANCTION_TERMINATE = SD_34_SANCTIONS.finding('DENY-PAY', '项目已被终止,不得拨付项目资金。');
const SANCTION_FINDING: Partial<Record<Sanction, Finding>> = {
  暂缓拨付建设资金: SANCTION_DEFER,
  暂停项目建设: SANCTION_SUSPEND,
  终止项目: SANCTION_TERMINATE,
};

// ---- SD-23-unaccepted-no-funds (第二十三条, A-13)
const UNACCEPTED_PAY = SD_23_UNACCEPTED_NO_FUNDS.finding(
  'DENY-PAY',
  '项目已完成建设任务但尚未通过竣工验收:对未经验收的项目,不得拨付后续建设资金(含尾款、质保金)和运行维护经费。',
);
const UNACCEPTED_OM = SD_23_UNACCEPTED_NO_FUNDS.finding(
  'DENY-OM',
  '项目已完成建设任务但尚未通过竣工验收:对未经验收的项目,不得安排运行维护经费。',
);

// ---- SD-29-sharing-platform (第二十九条)
const NOT_SHARING_PAY = SD_29_SHARING_PLATFORM.finding(
  'DENY-PAY',
  '系统未按规定接入省数据共享开放平台或未按要求共享数据资源,不得拨付后续建设资金和运行维护经费。',
);
const NOT_SHARING_OM = SD_29_SHARING_PLATFORM.finding(
  'DENY-OM',
  '系统未按规定接入省数据共享开放平台或未按要求共享数据资源,不得安排运行维护经费。',
);
const NO_SYSTEM_OM = SD_29_SHARING_PLATFORM.finding(
  'FLAG',
  '未提供申请运维经费的信息系统情况,无法核实其是否接入省数据共享开放平台并按要求共享数据资源,请补充后核对。',
);

// ---- SD-28-sharing-basis (第二十八条): advisory, shown next to the answer (P6).
const SHARING_BASIS = SD_28_SHARING_BASIS.finding(
  'CHECK',
  '信息资源共享的范围和程度是确定项目建设投资、运维经费拨付的重要依据:请审核人员结合本项目信息资源共享范围和程度作出判断。',
);
const SHARING_BASIS_FAIL = SD_28_SHARING_BASIS.finding(
  'FLAG',
  '审核人员认定本项目信息资源共享范围和程度不足,请在确定建设投资和运维经费时予以考虑。',
);

// ---- SD-25-level-split (第二十五条)
const LEVEL_SPLIT = SD_25_LEVEL_SPLIT.finding(
  'DENY-PAY',
  '本次拨付属于需市、县(市、区)承担的建设内容或运维部分,应列入同级财政预算,不得从省级财政资金中拨付。',
  { route: '市县同级财政预算' },
);

export const budgetGateRules: readonly RuleDef[] = [
  SD_09_OPINION_PREREQ.rule(({ facts }) => {
    if (facts.project.status?.reviews?.[REVIEW.gsmoOpinion] === 'pass') return null;
    return facts.payment ? NO_OPINION_PAY : facts.omRequest ? NO_OPINION_OM : null;
  }),

  // Inferred: a request above the 财政投资评审 result goes to a reviewer (FLAG), not an automatic denial.
  SD_11_FUNDS_BASIS.rule(({ facts: { project: p, payment, omRequest } }) => {
    if (payment) {
      const reviewed = p.fields?.[FIELD.fiscalReviewAmount];
      if (typeof reviewed !== 'number') return null;
      const total = (p.paidToDate ?? 0) + payment.amount;
      if (total <= reviewed) return null;
      return SD_11_FUNDS_BASIS.finding(
        'FLAG',
        `累计拨付(含本次)${yuanText(total)}元超过财政投资评审核定金额${yuanText(reviewed)}元,请结合评审结果和项目实施进度复核。`,
        { detail: { total, reviewed } },
      );
    }
    if (omRequest) {
      const reviewed = p.fields?.[FIELD.fiscalReviewOmAmount];
      if (typeof reviewed !== 'number' || omRequest.amount <= reviewed) return null;
      return SD_11_FUNDS_BASIS.finding(
        'FLAG',
        `申请运维经费${yuanText(omRequest.amount)}元超过财政投资评审核定的运维经费${yuanText(reviewed)}元,请复核。`,
        { detail: { requested: omRequest.amount, reviewed } },
      );
    }
    return null;
  }),

  // 原则上超支不补: paid + this payment must not exceed the approved 投资预算 (exactly equal is allowed).
  SD_17_NO_OVERRUN.paymentRule(({ facts: { project: p, payment } }) => {
    const base = p.approvedEstimate ?? p.budget;
    if (base === undefined) return NO_BASE;
    const total = (p.paidToDate ?? 0) + payment.amount;
    if (total <= base) return null;
    return SD_17_NO_OVERRUN.finding(
      'DENY-PAY',
      `原则上超支不补:累计拨付(含本次)${yuanText(total)}元超过批复投资预算${yuanText(base)}元,超出${yuanText(total - base)}元;确有超支须按相关规定报${GSMO}等批准。`,
      { detail: { total, approved: base, over: total - base } },
    );
  }),

  // After 竣工验收 (项目完成), what the last payment leaves unspent is 结余资金 and goes back by the original channel.
  SD_17_SURPLUS_RETURN.paymentRule(({ facts: { project: p, payment }, on }) => {
    const passed = p.dates?.acceptancePassed;
    if (passed === undefined || passed > on) return null;
    const base = p.approvedEstimate ?? p.budget;
    if (base === undefined) return null;
    const surplus = base - (p.paidToDate ?? 0) - payment.amount;
    if (surplus <= 0) return null;
    return SD_17_SURPLUS_RETURN.finding(
      'FLAG',
      `项目已竣工验收,按本次拨付后项目总投资节余${yuanText(surplus)}元;建设目标和内容不变的,结余资金应依相关规定按原渠道退回。`,
      { detail: { surplus } },
    );
  }),

  SD_19_SUSPENDED.rule(({ facts: { project: p, payment } }) =>
    payment && p.status?.sanction === '暂停项目建设' ? SUSPENDED : null,
  ),

  // only once construction is completed (or the acceptance deadline derived from the contract's scheduled
  // completion has passed), or for a final instalment; normal pre-completion instalments are not blocked.
  SD_23_UNACCEPTED_NO_FUNDS.rule(({ facts: { project: p, payment, omRequest, system }, on }) => {
    if (!payment && !omRequest) return null;
    if (accepted(p, system?.acceptancePassed, on)) return null;
    const cc = p.dates?.constructionCompleted;
    let completed = cc !== undefined && cc <= on;
    if (!completed && cc === undefined) {
      const scheduled = p.fields?.[FIELD.scheduledCompletion];
      completed = isIsoDate(scheduled) && addMonths(scheduled, 3) < on;
    }
    if (payment) return completed || payment.purpose === 'final_instalment' ? UNACCEPTED_PAY : null;
    return completed ? UNACCEPTED_OM : null;
  }),

  // The system must be connected to the 省数据共享开放平台 and share its data; an unknown status counts as "no".
  SD_29_SHARING_PLATFORM.rule(({ facts: { payment, omRequest, system } }) => {
    if (!payment && !omRequest) return null;
    if (!system) return payment ? null : NO_SYSTEM_OM;
    if (system.onSharingPlatform === true && system.dataShared === true) return null;
    return payment ? NOT_SHARING_PAY : NOT_SHARING_OM;
  }),

  // Advisory: a reviewer's recorded view of the sharing scope is shown next to the answer; until one exists, it asks.
  SD_28_SHARING_BASIS.rule(({ facts: { project: p, payment, omRequest } }) => {
    if (!payment && !omRequest) return null;
    const d = p.status?.decisions?.[SD_28_SHARING_BASIS.id];
    if (!d) return SHARING_BASIS;
    return d.result === 'fail' ? SHARING_BASIS_FAIL : null;
  }),

  // 暂缓拨付建设资金 stops construction money only; 暂停项目建设 and 终止项目 stop every payment.
  SD_34_SANCTIONS.paymentRule(({ facts: { project: p, payment } }) => {
    const s = p.status?.sanction;
    if (s === undefined) return null;
    const f = SANCTION_FINDING[s];
    if (!f) return null;
    if (f === SANCTION_DEFER && payment.purpose === 'om') return null;
    return f;
  }),

  // The provincial pack pays provincial money; a portion assigned to a city/county belongs in that level's budget.
  SD_25_LEVEL_SPLIT.paymentRule(({ facts: { payment } }) => {
    if (payment.lowerLevelPortion !== true) return null;
    const src = payment.fundingSource;
    return src === undefined || src === 'local_fiscal' ? LEVEL_SPLIT : null;
  }),
];
