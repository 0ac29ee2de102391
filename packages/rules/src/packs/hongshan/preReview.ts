/** 红山区 pre-review rules (catalogue §4.3): completeness, eligibility and review gates before 入库 / 审批. */
import { AWAITS_AUTHORITY, documentOf, type FindingOptions, type RuleHandle } from '../../dsl.js';
import { addMonths } from '../../calendar/dates.js';
import type { Finding, IsoDate, RuleContext, RuleDef } from '../../types.js';
import type { ProjectFacts, SystemFacts } from '../../facts.js';
import { DOC_DESIGN, DOC_FSR, DOC_IMPL, categoryOf } from './common.js';
import { approvalSlaRule, isApproval } from './approvalSla.js';
import { isLibraryApplication } from './intake.js';
import { HS_05_NO_BUILD_BEFORE_APPROVAL, HS_06_1_UPGRADE_INSTEAD, HS_06_2_SHAREABLE, HS_06_3_ISOLATED, HS_06_4_UNCLEAR_TARGETS, HS_06_5_LOW_USAGE_LOCKOUT, HS_06_6_NOT_SCRAPPED, HS_09_EXPERT_REVIEW, HS_09_LIBRARY_ADMISSION, HS_09_PREREVIEW, HS_14_CHAPTERS, HS_14_DATA_CATALOGUE, HS_14_SHARING_MECHANISM, HS_15_NO_OVERLAP, HS_18_INTENSIVE, HS_19_CLASSIFIED_FACILITIES, HS_19_CRYPTO_SYNC, HS_20_SAFETY_STATEMENT, HS_27_SECURITY_SYNC } from './rules.js';
import { fieldPresent } from '../shared.js';
import { hasName, sameName } from '../../names.js';

/** 第六条 concerns 新建 systems: a new project that is not 运维服务类. */
const isNewBuild = (ctx: RuleContext): boolean => ctx.facts.project.subtype === 'new' && categoryOf(ctx) !== 'om';

/** A document of that type, or a chapter of that title in any document. */
function docOrChapter(p: ProjectFacts, name: string): boolean {
  const docs = p.documents;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    if (sameName(d.type, name) || hasName(d.chapters, name)) return true;
  }
  return false;
}

/** A REQUIRE for a single field / document, with its two frozen variants. */
function single(id: RuleHandle, name: string, message: string, opts: FindingOptions = {}): { ok: Finding; missing: Finding } {
  const req = Object.freeze([name]);
  return { ok: id.require(req, [], message, opts), missing: id.require(req, req, message, opts) };
}

/** A REQUIRE for two items, with its four frozen variants indexed by (aMissing ? 1 : 0) + (bMissing ? 2 : 0). */
function pair(id: RuleHandle, a: string, b: string, message: string): readonly Finding[] {
  const req = Object.freeze([a, b]);
  return [
    id.require(req, [], message),
    id.require(req, Object.freeze([a]), message),
    id.require(req, Object.freeze([b]), message),
    id.require(req, req, message),
  ];
}

/** Frozen [REQUIRE ok, CHECK] / [REQUIRE missing, CHECK] pairs, so attestation rules allocate nothing. */
function withCheck(req: { ok: Finding; missing: Finding }, check: Finding): { ok: readonly Finding[]; missing: readonly Finding[] } {
  return { ok: Object.freeze([req.ok, check]), missing: Object.freeze([req.missing, check]) };
}

// ---- HS-05 -------------------------------------------------------------------------------------------------------
const BUILT_BEFORE_APPROVAL = HS_05_NO_BUILD_BEFORE_APPROVAL.finding(
  'FLAG',
  '不得未批先建:本项目合同签订日期或开工日期早于项目批复日期(或项目尚未批复即已签订合同、开工),已报区政数局;未经批复的项目不得支付建设资金。',
);

// ---- HS-06 -------------------------------------------------------------------------------------------------------
const UPGRADE_FIELD = '升级改造原有系统不能满足需求的说明';
const UPGRADE_REQ = single(HS_06_1_UPGRADE_INSTEAD, UPGRADE_FIELD, '能通过原有系统升级改造满足需求的,不支持新建;新建项目须说明原有系统升级改造不能满足需求的理由。');
const UPGRADE_CHECK = HS_06_1_UPGRADE_INSTEAD.finding(
  'CHECK',
  '请审核人判断:本新建项目的需求能否通过原有系统升级改造满足?如能,不支持新建(第六条(一))。',
);
const SHARE_FIELD = '共享共用其他系统情况说明';
const SHARE_REQ = single(HS_06_2_SHAREABLE, SHARE_FIELD, '能通过其他系统共享共用的,不支持新建;新建项目须说明不能共享共用其他系统的理由。');
const SHARE_CHECK = HS_06_2_SHAREABLE.finding(
  'CHECK',
  '请审核人判断:本新建项目能否通过其他系统共享共用满足需求?如能,不支持新建(第六条(二))。',
);
const ISOLATED = pair(
  HS_06_3_ISOLATED,
  '系统接口',
  '数据共享方案',
  '无法实现互联互通、数据共享、业务协同的孤立信息系统,不支持新建;新建项目须说明与其他系统的接口和数据共享方案,由审核人确认不属于孤立系统。',
);
const TARGETS = pair(
  HS_06_4_UNCLEAR_TARGETS,
  '项目需求',
  '绩效目标',
  '需求或绩效目标不明确的,不支持新建;新建项目须填写明确的项目需求和绩效目标,由审核人确认是否明确。',
);
const SCRAP_FIELD = '原有资产维修维护后无法继续正常使用的说明';
const SCRAP_REQ = single(
  HS_06_6_NOT_SCRAPPED,
  SCRAP_FIELD,
  '未到报废年限经维修维护后仍能继续正常使用的,不支持新建;替换未到报废年限资产的新建项目须说明维修维护后无法继续正常使用的理由,由审核人判断。',
);

/** The latest lockout end among the unit's low-usage systems still inside their year (第六条(五)). */
function lowUsageLockout(systems: readonly SystemFacts[], dept: string, on: IsoDate): { due: IsoDate; system: string } | null {
  let best: { due: IsoDate; system: string } | null = null;
  for (let i = 0; i < systems.length; i++) {
    const s = systems[i];
    if (s.usageLow !== true || s.acceptancePassed === undefined || s.ownerDepartmentId !== dept) continue;
    const due = addMonths(s.acceptancePassed, 12);
    if (on < due && (best === null || due > best.due)) best = { due, system: s.id };
  }
  return best;
}

// ---- HS-09 -------------------------------------------------------------------------------------------------------
const PRE_OPINION = single(
  HS_09_PREREVIEW,
  '前置审核意见',
  '拟入库项目须由蒙东云计算中心对技术可行性、系统整合、数据共享、云网资源使用等方面进行前置审核并出具审核意见。',
  AWAITS_AUTHORITY,
);
const EXPERT = single(HS_09_EXPERT_REVIEW, '评审论证报告', '区政数局决定对本项目组织专家或委托第三方专业机构进行评审论证,须提交评审论证报告。', AWAITS_AUTHORITY);
const PRE_FAILED = HS_09_LIBRARY_ADMISSION.finding(
  'REJECT',
  '前置审核通过的项目方可纳入项目库;本项目蒙东云计算中心前置审核未通过,不予纳入项目库。',
);
const EXPERT_FAILED = HS_09_LIBRARY_ADMISSION.finding(
  'REJECT',
  '本项目已组织评审论证但评审论证未通过,不予纳入项目库(前置审核须通过,已组织的评审论证也须通过,A-03)。',
);

const opinionGiven = (p: ProjectFacts, review: string, doc: string): boolean => {
  const r = p.status?.reviews?.[review];
  return r === 'pass' || r === 'fail' || documentOf(p, doc) !== undefined;
};

// ---- HS-14 -------------------------------------------------------------------------------------------------------
const CHAPTER_DOCS: ReadonlySet<string> = new Set([DOC_FSR, DOC_DESIGN, DOC_IMPL]);
const CHAPTERS: readonly string[] = Object.freeze(['财政资金保障篇(章)', '数据资源共享分析篇(章)', '网络和数据安全保障措施']);
const CHAPTERS_MSG = '可行性研究报告、初步设计方案、实施方案应当包括财政资金保障篇(章)、数据资源共享分析篇(章)、网络和数据安全保障措施等。';
const CHAPTERS_OK = HS_14_CHAPTERS.require(CHAPTERS, [], CHAPTERS_MSG);
const CATALOGUE = single(
  HS_14_DATA_CATALOGUE,
  '数据资源目录',
  '数据资源目录是审批政务信息化项目的必备条件;项目单位应当编制数据资源目录,未提交的不予审批。',
);
const SHARING_REQ = single(
  HS_14_SHARING_MECHANISM,
  '数据共享开放承诺',
  '项目单位应当建立数据共享开放长效机制和共享数据使用情况反馈机制,不得将应当普遍共享的数据仅向特定企业、社会组织开放;须提交相应承诺。',
);
const SHARING_CHECK = HS_14_SHARING_MECHANISM.finding(
  'CHECK',
  '请审核人确认:项目已建立数据共享开放长效机制和共享数据使用情况反馈机制,且未将应当普遍共享的数据仅向特定企业、社会组织开放。',
);

// ---- HS-15 -------------------------------------------------------------------------------------------------------
const OVERLAP_CHECK = HS_15_NO_OVERLAP.finding(
  'CHECK',
  '请审核人确认:各参建部门项目建设内容无重复交叉,实现共建共享。',
);

// ---- HS-18 / 19 / 20 / 27 -------------------------------------------------------------------------------------------
const INTENSIVE_CHECK = HS_18_INTENSIVE.finding(
  'CHECK',
  '请审核人逐项确认:(1)项目贯彻执行国家强制性标准;(2)项目充分依托电子政务网络、政务云、政务数据共享交换平台、大数据中心云资源等可共享利用的基础设施资源开展集约化建设,未依托的已说明理由。',
  { detail: { checklist: ['国家强制性标准', '依托共享基础设施或说明理由'] } },
);
const CRYPTO_ATTEST = '密码保障系统同步规划建设运行承诺';
const CRYPTO_PLAN = '密码应用方案';
const CRYPTO = pair(
  HS_19_CRYPTO_SYNC,
  CRYPTO_ATTEST,
  CRYPTO_PLAN,
  '项目单位应当落实国家密码管理有关要求,同步规划、同步建设、同步运行密码保障系统并定期进行评估;须提交承诺和密码应用方案(或相应章节)。',
);
const CRYPTO_CHECK = HS_19_CRYPTO_SYNC.finding(
  'CHECK',
  '请审核人确认:项目密码保障系统与项目同步规划、同步建设、同步运行,并安排定期评估。',
);
const CLASSIFIED_REQ = single(
  HS_19_CLASSIFIED_FACILITIES,
  '保密设施设备同步规划承诺',
  '涉密政务信息化项目应当按照国家保密标准要求配备保密设施、设备,并与项目同步规划、同步建设、同步运行;须提交承诺。',
);
const CLASSIFIED_CHECK = HS_19_CLASSIFIED_FACILITIES.finding(
  'CHECK',
  '请审核人确认:涉密项目已按照国家保密标准要求规划配备保密设施、设备,并与项目同步规划、同步建设、同步运行。',
);
const SAFETY = single(
  HS_20_SAFETY_STATEMENT,
  '产品安全可靠情况说明',
  '政务信息化项目应当采用安全可靠的软硬件产品,在报批阶段要对产品安全可靠情况进行说明。',
);
const SECURITY_REQ = single(
  HS_27_SECURITY_SYNC,
  '网络和数据安全同步规划承诺',
  '网络安全、数据安全保护措施应与信息化建设同步规划、同步建设、同步使用;须提交承诺。',
);
const SECURITY_CHECK = HS_27_SECURITY_SYNC.finding(
  'CHECK',
  '请审核人确认:网络安全、数据安全保护措施与项目同步规划、同步建设、同步使用,并落实等级保护、关键信息基础设施和数据安全保护制度。',
);

const UPGRADE_PAIR = withCheck(UPGRADE_REQ, UPGRADE_CHECK);
const SHARE_PAIR = withCheck(SHARE_REQ, SHARE_CHECK);
const SHARING_PAIR = withCheck(SHARING_REQ, SHARING_CHECK);
const CLASSIFIED_PAIR = withCheck(CLASSIFIED_REQ, CLASSIFIED_CHECK);
const SECURITY_PAIR = withCheck(SECURITY_REQ, SECURITY_CHECK);
const CRYPTO_PAIRS: readonly (readonly Finding[])[] = CRYPTO.map((r) => Object.freeze([r, CRYPTO_CHECK]));

export const preReviewRules: readonly RuleDef[] = [
  // 第五条: contract or construction before approval (or without any approval) is 未批先建.
  HS_05_NO_BUILD_BEFORE_APPROVAL.rule((ctx) => {
    const p = ctx.facts.project;
    const d = p.dates;
    if (!d || (d.contractSigned === undefined && d.constructionStart === undefined) || categoryOf(ctx) === 'om') return null;
    const a = d.approvalDate;
    if (a === undefined) return p.status?.approvalStatus === 'approved' ? null : BUILT_BEFORE_APPROVAL;
    return (d.contractSigned !== undefined && d.contractSigned < a) || (d.constructionStart !== undefined && d.constructionStart < a)
      ? BUILT_BEFORE_APPROVAL
      : null;
  }),

  // 第六条(一): statement + reviewer judgement; the unit's existing systems are shown as evidence (P3).
  HS_06_1_UPGRADE_INSTEAD.rule((ctx) => {
    if (!isNewBuild(ctx)) return null;
    const { project: p, unit } = ctx.facts;
    const req = fieldPresent(p, UPGRADE_FIELD) ? UPGRADE_REQ.ok : UPGRADE_REQ.missing;
    const systems = unit?.systems;
    if (!systems || systems.length === 0) return fieldPresent(p, UPGRADE_FIELD) ? UPGRADE_PAIR.ok : UPGRADE_PAIR.missing;
    const existing: string[] = [];
    for (let i = 0; i < systems.length; i++) if (systems[i].ownerDepartmentId === p.departmentId) existing.push(systems[i].id);
    if (existing.length === 0) return fieldPresent(p, UPGRADE_FIELD) ? UPGRADE_PAIR.ok : UPGRADE_PAIR.missing;
    return [
      req,
      HS_06_1_UPGRADE_INSTEAD.finding('CHECK', `${UPGRADE_CHECK.message}本单位现有系统:${existing.join('、')}。`, {
        detail: { existingSystems: existing },
      }),
    ];
  }),

  HS_06_2_SHAREABLE.rule((ctx) => {
    if (!isNewBuild(ctx)) return null;
    const p = ctx.facts.project;
    return fieldPresent(p, SHARE_FIELD) ? SHARE_PAIR.ok : SHARE_PAIR.missing;
  }),

  HS_06_3_ISOLATED.rule((ctx) => {
    if (!isNewBuild(ctx)) return null;
    const p = ctx.facts.project;
    return ISOLATED[(fieldPresent(p, '系统接口') ? 0 : 1) + (fieldPresent(p, '数据共享方案') ? 0 : 2)];
  }),

  HS_06_4_UNCLEAR_TARGETS.rule((ctx) => {
    if (!isNewBuild(ctx)) return null;
    const p = ctx.facts.project;
    return TARGETS[(fieldPresent(p, '项目需求') ? 0 : 1) + (fieldPresent(p, '绩效目标') ? 0 : 2)];
  }),

  // 第六条(五): the whole unit is locked out of new builds until 终验 + 12 months (locked while on < due).
  HS_06_5_LOW_USAGE_LOCKOUT.rule((ctx) => {
    const { project: p, unit } = ctx.facts;
    const on = ctx.on;
    if (!unit?.systems || !isNewBuild(ctx)) return null;
    const lock = lowUsageLockout(unit.systems, p.departmentId, on);
    if (lock === null) return null;
    return HS_06_5_LOW_USAGE_LOCKOUT.finding(
      'LOCKOUT',
      `已批复新建系统(${lock.system})验收后经评估使用率不高,自终验之日起一年内不支持项目单位新建;本单位${lock.due}前不得申报新建项目。`,
      { due: lock.due, detail: { system: lock.system, action: 'new_build' } },
    );
  }),

  // 第六条(六): only when the replaced assets have not reached their scrap date (field 原有资产报废日期, if recorded).
  HS_06_6_NOT_SCRAPPED.rule((ctx) => {
    const p = ctx.facts.project;
    if (p.flags.replacesAssets !== true || !isNewBuild(ctx)) return null;
    const on = ctx.on;
    const scrap = p.fields?.['原有资产报废日期'];
    if (typeof scrap === 'string' && scrap !== '' && scrap <= on) return null;
    return fieldPresent(p, SCRAP_FIELD) ? SCRAP_REQ.ok : SCRAP_REQ.missing;
  }),

  HS_09_PREREVIEW.rule(({ facts: { project: p } }) => {
    if (!isLibraryApplication(p)) return null;
    return opinionGiven(p, '前置审核', '前置审核意见') ? PRE_OPINION.ok : PRE_OPINION.missing;
  }),

  // 第九条 "根据需要": applies once 区政数局 decides (field 需评审论证 = true, or a 评审论证 review is recorded).
  HS_09_EXPERT_REVIEW.rule(({ facts: { project: p } }) => {
    if (!isLibraryApplication(p)) return null;
    if (p.fields?.['需评审论证'] !== true && p.status?.reviews?.['评审论证'] === undefined) return null;
    return opinionGiven(p, '评审论证', '评审论证报告') ? EXPERT.ok : EXPERT.missing;
  }),

  // 第九条 / A-03: 前置审核 must pass; an expert review that was held must pass too.
  HS_09_LIBRARY_ADMISSION.rule(({ facts: { project: p } }) => {
    if (!isLibraryApplication(p)) return null;
    const r = p.status?.reviews;
    if (!r) return null;
    if (r['前置审核'] === 'fail') return PRE_FAILED;
    if (r['评审论证'] === 'fail') return EXPERT_FAILED;
    return null;
  }),

  // 第十一条: see ./approvalSla.ts (its 7-working-day SLA is a deadline, recomputed with the obligations).
  approvalSlaRule,

  // 第十四条: every present 可研 / 初设 / 实施方案 carries the three chapters; gaps are reported as 文档:章节.
  HS_14_CHAPTERS.rule(({ facts: { project: p } }) => {
    let missing: string[] | null = null;
    let any = false;
    const docs = p.documents;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i];
      if (!CHAPTER_DOCS.has(d.type)) continue;
      any = true;
      for (const c of CHAPTERS) if (!hasName(d.chapters, c)) (missing ??= []).push(`${d.type}:${c}`);
    }
    if (!any) return null;
    return missing ? HS_14_CHAPTERS.require(CHAPTERS, missing, CHAPTERS_MSG) : CHAPTERS_OK;
  }),

  HS_14_DATA_CATALOGUE.rule(({ facts: { project: p } }) => {
    if (!isApproval(p)) return null;
    return p.dataResources.length > 0 || documentOf(p, '数据资源目录') ? CATALOGUE.ok : CATALOGUE.missing;
  }),

  HS_14_SHARING_MECHANISM.rule(({ facts: { project: p } }) =>
    isApproval(p) ? (fieldPresent(p, '数据共享开放承诺') ? SHARING_PAIR.ok : SHARING_PAIR.missing) : null,
  ),

  // 第十五条: line-item types shared with a sibling sub-project are flagged; the reviewer decides either way.
  HS_15_NO_OVERLAP.rule(({ facts: { project: p } }) => {
    if (p.flags.crossDept !== true) return null;
    const sibs = p.siblingProjects;
    const mine = p.lineItems;
    if (!sibs || !mine || mine.length === 0) return OVERLAP_CHECK;
    const overlaps: string[] = [];
    for (const s of sibs) {
      if (s.departmentId === p.departmentId) continue;
      for (const li of s.lineItems) {
        for (let i = 0; i < mine.length; i++) {
          if (mine[i].type === li.type) {
            const o = `${s.departmentId}:${li.type}`;
            if (!overlaps.includes(o)) overlaps.push(o);
            break;
          }
        }
      }
    }
    if (overlaps.length === 0) return OVERLAP_CHECK;
    return [
      HS_15_NO_OVERLAP.finding(
        'FLAG',
        `本项目建设内容与其他参建部门项目可能重复交叉:${overlaps.join('、')};各参建部门项目建设内容应无重复交叉,请审核人核实。`,
        { detail: { overlaps } },
      ),
      OVERLAP_CHECK,
    ];
  }),

  HS_18_INTENSIVE.rule(({ facts: { project: p } }) => (isApproval(p) ? INTENSIVE_CHECK : null)),

  HS_19_CRYPTO_SYNC.rule(({ facts: { project: p } }) =>
    isApproval(p)
      ? CRYPTO_PAIRS[(fieldPresent(p, CRYPTO_ATTEST) ? 0 : 1) + (docOrChapter(p, CRYPTO_PLAN) ? 0 : 2)]
      : null,
  ),

  HS_19_CLASSIFIED_FACILITIES.rule(({ facts: { project: p } }) =>
    p.flags.classified === true
      ? fieldPresent(p, '保密设施设备同步规划承诺') ? CLASSIFIED_PAIR.ok : CLASSIFIED_PAIR.missing
      : null,
  ),

  HS_20_SAFETY_STATEMENT.rule(({ facts: { project: p } }) =>
    isApproval(p) ? (docOrChapter(p, '产品安全可靠情况说明') ? SAFETY.ok : SAFETY.missing) : null,
  ),

  HS_27_SECURITY_SYNC.rule(({ facts: { project: p } }) =>
    isApproval(p) ? (fieldPresent(p, '网络和数据安全同步规划承诺') ? SECURITY_PAIR.ok : SECURITY_PAIR.missing) : null,
  ),
];
