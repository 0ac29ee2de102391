/** 淅川县 filing rules (catalogue §4.6): contracts, supervision, changes (第十七条), shutdown, annual catalogue. */

import type { Facts, FilingFacts } from '../../facts.js';
import type { Finding, RuleContext, RuleDef } from '../../types.js';
import { categoryOf, hasDocument, reviewPassed } from './common.js';
import { XC_05_COUNTY_CATALOGUE, XC_14_PROCURE_PER_APPROVAL, XC_15_CONTRACT_CONTENTS, XC_15_NO_SUBCONTRACT, XC_15_SERVICE_CONTRACT, XC_16_SUPERVISION, XC_17_CHANGE_BEFORE_APPROVAL, XC_17_CHANGE_OTHER, XC_17_CHANGE_SELF, XC_17_CHANGE_TECH_OPINION, XC_17_NO_UNAUTHORISED_CHANGE, XC_20_SHUTDOWN_FILING, XC_28_ANNUAL_CATALOGUE } from './rules.js';
import { isPresent, yuanText } from '../shared.js';
import { hasName, sameName } from '../../names.js';

function attached(f: FilingFacts, name: string): boolean {
  const a = f.attachments;
  if (!a) return false;
  for (let i = 0; i < a.length; i++) if (a[i] === name) return true;
  return false;
}

function missingFilingFields(f: FilingFacts, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (!isPresent(f.fields[n])) out.push(n);
  return out;
}

/** 第十五条 (A-28: "合同" is noise; the equipment item is split into 型号/数量/配置/价格). */
const CONTRACT_CLAUSES = [
  '工程建设内容', '工程建设标准', '技术规范', '项目工程周期',
  '设备型号', '设备数量', '设备配置', '设备价格',
  '验收要求', '操作人员培训', '付款方式', '技术文档要求', '保修期限', '知识产权', '保密条款', '售后服务', '违约责任',
] as const;
const CONTRACT_MSG =
  '建设合同应包含工程建设内容、工程建设标准、技术规范、项目/工程周期、设备的型号数量配置和价格,以及验收要求、操作人员培训、付款方式、技术文档要求、保修期限、知识产权、保密条款、售后服务和违约责任等内容(不涉及的条款请填写“不涉及”)。';
const CONTRACT_OK = XC_15_CONTRACT_CONTENTS.require(CONTRACT_CLAUSES, [], CONTRACT_MSG);

const SERVICE_CONTRACT = XC_15_SERVICE_CONTRACT.finding('CHECK', '政府购买服务类项目合同是否按照政府购买服务相关规定执行?');

const NO_SUBCONTRACT_REQ = ['不转包承诺', '履约过程记录保存'] as const;
const NO_SUBCONTRACT_MSG = '政府购买服务承接主体应按合同约定提供服务,不得将服务项目转包给其他主体,并应记录保存履约过程。';
const NO_SUBCONTRACT_CHECK = XC_15_NO_SUBCONTRACT.finding('CHECK', `${NO_SUBCONTRACT_MSG}承接主体是否存在转包?履约过程记录是否完整?`, {
  requires: NO_SUBCONTRACT_REQ,
});
const NO_SUBCONTRACT_OK = Object.freeze([NO_SUBCONTRACT_CHECK]);

/** Filing fields for procurement / contract scope (第十四条). */
export const XC_OUTSIDE_SCOPE_FIELD = '超出批复范围';
export const XC_CONTRACT_AMOUNT_FIELD = '合同金额';
const PROCURE_OUTSIDE = XC_14_PROCURE_PER_APPROVAL.finding(
  'REJECT',
  '项目建设单位应当依据项目批复文件和技术审查意见(项目实施意见)的内容组织招标采购;本次采购内容超出批复范围。',
);
const PROCURE_NO_OPINION = XC_14_PROCURE_PER_APPROVAL.finding(
  'FLAG',
  '项目建设单位应当依据项目批复文件和技术审查意见(项目实施意见)组织招标采购;未见已通过的技术审查意见或项目实施意见。',
);

const SUPERVISION_REQ = ['监理合同', '监理单位资质证明'] as const;
const SUPERVISION_MSG = '政务信息化建设项目实行项目监理制,项目建设单位应委托具有资质的监理单位进行工程监理。';
const SUPERVISION_OK = XC_16_SUPERVISION.require(SUPERVISION_REQ, [], SUPERVISION_MSG);

/** Project field: the construction content has been changed (第十七条). */
export const XC_CONTENT_CHANGED_FIELD = '建设内容已调整';
const UNAUTHORISED_CHANGE = XC_17_NO_UNAUTHORISED_CHANGE.finding(
  'FLAG',
  '未经规定程序批准,任何单位和个人不得擅自修改政务信息化项目的建设内容;项目建设内容已调整但未见调整备案或审批,调整部分不得拨付资金。',
);

/** Project field: sum of earlier self-approved adjustments (fen), cumulative. */
export const XC_PRIOR_SELF_ADJUST_FIELD = '累计自行调整金额';
const SELF_ADJUST = XC_17_CHANGE_SELF.finding(
  'REQUIRE',
  '本次调整符合第十七条自行调整条件(审批环节已全部完成、未超出概算批复、建设目标不变、资金调整数额不超过概算总投资15%),可由项目建设单位调整,同时向县发改委备案。',
  { requires: ['向县发改委备案'], missing: [], route: '县发改委' },
);
const REASON_CHECK = XC_17_CHANGE_SELF.finding(
  'CHECK',
  '调整理由是否属实并属于第十七条情形之一:(一)上级和县委、县政府新部署;(二)信息技术发展新变化需完善优化技术方案;(三)在已批复框架下调整建设进度?',
);
const SELF_ADJUST_OUT = Object.freeze([SELF_ADJUST, REASON_CHECK]);

const TECH_OPINION = '县行政审批和政务信息管理局意见';
const TECH_MSG = '因信息技术发展新变化对原项目技术方案进行完善优化的,需县行政审批和政务信息管理局出具意见。';
const TECH_OK = XC_17_CHANGE_TECH_OPINION.require([TECH_OPINION], [], TECH_MSG);
const TECH_MISSING = XC_17_CHANGE_TECH_OPINION.require([TECH_OPINION], [TECH_OPINION], TECH_MSG);

const BEFORE_CHAPTER = '调整部分定量补充说明(独立章节)';
const BEFORE_REQ = [`初步设计方案:${BEFORE_CHAPTER}`] as const;
const BEFORE_MSG = '项目审批环节未全部完成需调整建设内容的,应在初步设计中以独立章节对调整部分进行定量补充说明,不再重新报批项目建议书、可行性研究报告。';
const BEFORE_OK = XC_17_CHANGE_BEFORE_APPROVAL.require(BEFORE_REQ, [], BEFORE_MSG);
const BEFORE_MISSING = XC_17_CHANGE_BEFORE_APPROVAL.require(BEFORE_REQ, BEFORE_REQ, BEFORE_MSG);

const SHUTDOWN_REPORT = '停用情况报告';
const SHUTDOWN_APPROVAL = '县行政审批和政务信息管理局核准';
const SHUTDOWN_REQ = [SHUTDOWN_REPORT, SHUTDOWN_APPROVAL] as const;
const SHUTDOWN_MSG = '信息系统停止运行或长期未使用的,须向县行政审批和政务信息管理局报告,经核准同意后方可关停。';
const SHUTDOWN_OK = XC_20_SHUTDOWN_FILING.require(SHUTDOWN_REQ, [], SHUTDOWN_MSG);
const SHUTDOWN_REFUSED = XC_20_SHUTDOWN_FILING.finding('REJECT', '县行政审批和政务信息管理局未核准关停,不得关停该信息系统。');

const CATALOGUE_FIELDS = [
  '名称', '类型', '建设依据', '审批部门和文件号', '投资额度', '运维费用', '经费渠道', '信息资源目录', '信息共享开放情况', '等级保护和分级保护情况', '绩效指标',
] as const;
const CATALOGUE_MSG =
  '项目建设单位应每年编制本部门政务信息系统基础目录清单,列明已建成投入运行的政务信息系统名称、类型、建设依据、审批部门和文件号、投资额度、运维费用、经费渠道、信息资源目录、信息共享开放情况、等级保护和分级保护情况、绩效指标等内容,并报县行政审批和政务信息管理局备案。';
const CATALOGUE_OK = XC_28_ANNUAL_CATALOGUE.require(CATALOGUE_FIELDS, [], CATALOGUE_MSG);
/** The pack's first year (effective 2025-08-29): no catalogue is owed for earlier years. */
const FIRST_CATALOGUE_YEAR = 2025;

const COUNTY_CATALOGUE = XC_05_COUNTY_CATALOGUE.finding(
  'ROUTE',
  '单位政务信息系统基础目录清单备案后,由县行政审批和政务信息管理局汇总编制县级政务信息系统目录并进行动态管理。',
  { route: '县行政审批和政务信息管理局(县级政务信息系统目录)' },
);

const isContract = (f: Facts): boolean => f.filing?.type === 'contract';

/** 第十七条 self-adjustment test; returns the reasons it fails (empty: the unit may adjust and file). */
function selfAdjustFailures(ctx: RuleContext): string[] {
  const p = ctx.facts.project;
  const c = ctx.facts.filing!.change!;
  const out: string[] = [];
  const base = p.approvedEstimate;
  if (base === undefined) {
    out.push('未记录批复概算总投资');
  } else {
    if (c.newTotal > base) out.push('项目投资规模超出概算批复');
    const prior = p.fields?.[XC_PRIOR_SELF_ADJUST_FIELD];
    const adjust = Math.abs(c.adjustAmount) + (typeof prior === 'number' ? prior : 0);
    if (adjust * 100 > base * 15) out.push('资金调整数额(含此前自行调整)超过概算总投资15%');
  }
  if (!c.goalUnchanged) out.push('建设目标发生变化');
  if (c.reason === undefined) out.push('调整理由不属于第十七条(一)至(三)情形');
  else if (c.reason === '三') {
    const a = c.changedAspects;
    let scheduleOnly = a !== undefined && a.length > 0;
    if (a) for (const x of a) if (x !== '建设进度') scheduleOnly = false;
    if (!scheduleOnly) out.push('第十七条(三)仅适用于在已批复框架下调整建设进度');
  }
  return out;
}

function approvalsComplete(ctx: RuleContext): boolean {
  const c = ctx.facts.filing!.change!;
  return c.approvalsComplete ?? ctx.facts.project.status?.approvalStatus === 'approved';
}

const changeFiling = (ctx: RuleContext): boolean => ctx.facts.filing?.type === 'change' && ctx.facts.filing.change !== undefined;

export const filingRules: readonly RuleDef[] = [
  // 第十五条: the construction contract's clauses (purchased services follow their own rules: XC-15-service-contract).
  XC_15_CONTRACT_CONTENTS.rule((ctx) => {
    if (!isContract(ctx.facts) || categoryOf(ctx) === 'gov_purchase_service') return null;
    const missing = missingFilingFields(ctx.facts.filing!, CONTRACT_CLAUSES);
    return missing.length ? XC_15_CONTRACT_CONTENTS.require(CONTRACT_CLAUSES, missing, CONTRACT_MSG) : CONTRACT_OK;
  }),

  // 第十五条 "政府购买服务类项目合同按照相关规定执行".
  XC_15_SERVICE_CONTRACT.rule((ctx) =>
    isContract(ctx.facts) && categoryOf(ctx) === 'gov_purchase_service' ? SERVICE_CONTRACT : null,
  ),

  // 第十五条: no 转包, performance records kept (attestation + reviewer item).
  XC_15_NO_SUBCONTRACT.rule((ctx) => {
    if (!isContract(ctx.facts) || categoryOf(ctx) !== 'gov_purchase_service') return null;
    const missing = missingFilingFields(ctx.facts.filing!, NO_SUBCONTRACT_REQ);
    return missing.length ? [XC_15_NO_SUBCONTRACT.require(NO_SUBCONTRACT_REQ, missing, NO_SUBCONTRACT_MSG), NO_SUBCONTRACT_CHECK] : NO_SUBCONTRACT_OK;
  }),

  // 第十四条: procurement within the approval and the technical review opinion / 项目实施意见.
  XC_14_PROCURE_PER_APPROVAL.rule(({ facts }) => {
    if (!isContract(facts)) return null;
    const f = facts.filing!;
    const p = facts.project;
    if (f.fields[XC_OUTSIDE_SCOPE_FIELD] === true) return PROCURE_OUTSIDE;
    const amount = f.fields[XC_CONTRACT_AMOUNT_FIELD];
    const approved = p.approvedEstimate ?? p.amountTotal;
    if (typeof amount === 'number' && amount > approved) {
      return XC_14_PROCURE_PER_APPROVAL.finding(
        'REJECT',
        `采购合同金额${yuanText(amount)}元超出项目批复金额${yuanText(approved)}元,应依据项目批复文件组织招标采购。`,
        { detail: { amount, approved } },
      );
    }
    return reviewPassed(p, '技术性审查') || reviewPassed(p, '项目实施意见') ? null : PROCURE_NO_OPINION;
  }),

  // 第十六条: 项目监理制 for 政府投资建设类 (no amount threshold).
  XC_16_SUPERVISION.rule((ctx) => {
    const f = ctx.facts.filing;
    if (!f || (f.type !== 'contract' && f.type !== 'acceptance') || categoryOf(ctx) !== 'gov_invest_build') return null;
    const p = ctx.facts.project;
    let missing: string[] | null = null;
    for (const t of SUPERVISION_REQ) if (!hasDocument(p, t) && !attached(f, t)) (missing ??= []).push(t);
    return missing ? XC_16_SUPERVISION.require(SUPERVISION_REQ, missing, SUPERVISION_MSG) : SUPERVISION_OK;
  }),

  // 第十七条: content changed without a change filing or approval → violation flag.
  XC_17_NO_UNAUTHORISED_CHANGE.rule(({ facts }) => {
    const p = facts.project;
    if (p.fields?.[XC_CONTENT_CHANGED_FIELD] !== true || p.records?.change_filing || facts.filing?.type === 'change') return null;
    return UNAUTHORISED_CHANGE;
  }),

  // 第十七条: approvals complete, within 概算, same goal, adjustment ≤ 15% of 概算总投资 (integer: 100·adj ≤ 15·base,
  // cumulative, A-11), reason (一)–(三) → the unit adjusts and files with 县发改委; the reason is the reviewer's.
  XC_17_CHANGE_SELF.rule((ctx) => {
    if (!changeFiling(ctx) || !approvalsComplete(ctx)) return null;
    return selfAdjustFailures(ctx).length === 0 ? SELF_ADJUST_OUT : null;
  }),

  // 第十七条(二): technical optimisation needs the 局's opinion.
  XC_17_CHANGE_TECH_OPINION.rule((ctx) => {
    if (!changeFiling(ctx) || ctx.facts.filing!.change!.reason !== '二') return null;
    return reviewPassed(ctx.facts.project, '技术方案优化意见') || attached(ctx.facts.filing!, TECH_OPINION) ? TECH_OK : TECH_MISSING;
  }),

  // 第十七条: approvals not complete → a quantitative chapter in the 初步设计, no re-approval of 建议书 / 可研.
  XC_17_CHANGE_BEFORE_APPROVAL.rule((ctx) => {
    if (!changeFiling(ctx) || approvalsComplete(ctx)) return null;
    for (const d of ctx.facts.project.documents) if (sameName(d.type, '初步设计方案') && hasName(d.chapters, BEFORE_CHAPTER)) return BEFORE_OK;
    return BEFORE_MISSING;
  }),

  // 第十七条 "不符合上述情形的,应当按照有关规定履行相应手续": re-approval; the change cannot be filed as a self-adjustment.
  XC_17_CHANGE_OTHER.rule((ctx) => {
    if (!changeFiling(ctx) || !approvalsComplete(ctx)) return null;
    const why = selfAdjustFailures(ctx);
    if (why.length === 0) return null;
    const reasons = why.join(';');
    return [
      XC_17_CHANGE_OTHER.finding('ROUTE', `本次调整不符合项目建设单位自行调整的条件(${reasons}),应按照有关规定重新履行审批手续。`, {
        route: 're-approval',
        detail: { reasons: why },
      }),
      XC_17_CHANGE_OTHER.finding('REJECT', `本次调整不能以备案方式办理(${reasons}),请按有关规定报原审批部门重新审批。`, {
        detail: { reasons: why },
      }),
    ];
  }),

  // 第二十条: shutdown only after a report to and approval by the 局.
  XC_20_SHUTDOWN_FILING.rule(({ facts }) => {
    const f = facts.filing;
    if (!f || f.type !== 'stop_operation') return null;
    const p = facts.project;
    const review = p.status?.reviews?.['关停核准'];
    if (review === 'fail') return SHUTDOWN_REFUSED;
    let missing: string[] | null = null;
    if (!attached(f, SHUTDOWN_REPORT) && !p.records?.stop_notice) (missing ??= []).push(SHUTDOWN_REPORT);
    if (review !== 'pass') (missing ??= []).push(SHUTDOWN_APPROVAL);
    return missing ? XC_20_SHUTDOWN_FILING.require(SHUTDOWN_REQ, missing, SHUTDOWN_MSG) : SHUTDOWN_OK;
  }),

  // 第二十[八]条: the yearly 基础目录清单 (11 fields) filed with the 局; due date not stated (A-27: 31 Dec, inferred).
  XC_28_ANNUAL_CATALOGUE.rule(({ facts, on }) => {
    const f = facts.filing;
    const out: Finding[] = [];
    if (f?.type === 'annual_catalogue') {
      const missing = missingFilingFields(f, CATALOGUE_FIELDS);
      out.push(missing.length ? XC_28_ANNUAL_CATALOGUE.require(CATALOGUE_FIELDS, missing, CATALOGUE_MSG) : CATALOGUE_OK);
      const systems = facts.unit?.systems;
      if (systems) {
        let absent: string[] | null = null;
        for (const s of systems) if (s.status === 'running' && s.inAnnualCatalogue !== true) (absent ??= []).push(s.id);
        if (absent) {
          out.push(
            XC_28_ANNUAL_CATALOGUE.finding('FLAG', `以下已建成投入运行的政务信息系统未列入基础目录清单:${absent.join('、')}。`, {
              detail: { systems: absent },
            }),
          );
        }
      }
    } else if (f) {
      return null; // other filings: the yearly obligation is tracked by deadlines()
    }
    // The 清单 lists systems "已建成投入运行": a project owes it only from the year its system went into operation.
    const inOperation = facts.project.dates?.operationStart;
    if (!inOperation) return out.length ? out : null;
    const year = Number(on.slice(0, 4));
    const firstYear = Math.max(FIRST_CATALOGUE_YEAR, Number(inOperation.slice(0, 4)));
    const records = facts.project.records;
    for (const y of [year - 1, year].filter((x) => x >= firstYear)) {
      const due = `${y}-12-31`;
      const filedOn = records?.[`annual_catalogue:${y}`];
      const state = filedOn ? 'met' : on > due ? 'overdue' : 'open';
      out.push(
        XC_28_ANNUAL_CATALOGUE.finding('DEADLINE', `${y}年度政务信息系统基础目录清单应报县行政审批和政务信息管理局备案(建议于${due}前,A-27)。`, {
          due,
          provisional: false,
          detail: { obligation: `基础目录清单备案(${y}年度)`, startEvent: 'calendar_year', state, filedOn, inferredDue: true },
        }),
      );
      if (state === 'overdue') {
        out.push(XC_28_ANNUAL_CATALOGUE.finding('FLAG', `${y}年度政务信息系统基础目录清单未报县行政审批和政务信息管理局备案。`, { detail: { year: y } }));
      }
    }
    return out;
  }),

  // 第五条: unit catalogues are aggregated into the county catalogue by the 局.
  XC_05_COUNTY_CATALOGUE.rule(({ facts }) => (facts.filing?.type === 'annual_catalogue' ? COUNTY_CATALOGUE : null)),
];
