/** 毕节市 pre-review rules (catalogue §4.3): review gates of 需求方案 and 服务方案, data catalogues, security items. */
import { AWAITS_AUTHORITY, documentOf } from '../../dsl.js';
import type { DataResourceFacts, ProjectFacts } from '../../facts.js';
import type { Finding, RuleDef } from '../../types.js';
import { FIELD, RECORD, REVIEW, isDemandPlan, isServicePlan, passed, reviewOf } from './common.js';
import { BJ_05_CRYPTO_REVIEWED, BJ_05_PLAN_FIT, BJ_06_INITIAL_REVIEW, BJ_07_THIRD_PARTY_REVIEW, BJ_08_ADMISSION, BJ_14_SERVICE_PLAN_REVIEW, BJ_15_PROCURE_REVIEWED_PLAN, BJ_22_DATA_CATALOGUE, BJ_23_CLASSIFY_GRADE, BJ_24_SHARE_CATALOGUE, BJ_25_OPEN_CATALOGUE, BJ_27_DOMESTIC_PRODUCTS, BJ_29_DATA_SECURITY } from './rules.js';
import { fieldPresent } from '../shared.js';

// ---------------------------------------------------------------------------------------------------------------
// BJ-05 (第五条)

const PLAN_FIT = BJ_05_PLAN_FIT.finding(
  'CHECK',
  '请逐项审核需求方案:(一)是否符合国家、省、市有关规划、计划等要求;(二)是否紧密结合本单位及本地区业务需求。',
);

const CRYPTO_REQ = ['密码应用方案', '密码应用方案评审(专家评审或第三方专业测评机构评估)通过'] as const;
const CRYPTO_MSG = '需求方案的密码应用方案须通过专家评审或第三方专业测评机构评估。';
const CRYPTO_OK = BJ_05_CRYPTO_REVIEWED.require(CRYPTO_REQ, [], CRYPTO_MSG);
const CRYPTO_NO_DOC = BJ_05_CRYPTO_REVIEWED.require(CRYPTO_REQ, [CRYPTO_REQ[0], CRYPTO_REQ[1]], CRYPTO_MSG);
const CRYPTO_NO_REVIEW = BJ_05_CRYPTO_REVIEWED.require(CRYPTO_REQ, [CRYPTO_REQ[1]], CRYPTO_MSG, AWAITS_AUTHORITY);
const CRYPTO_FAILED = BJ_05_CRYPTO_REVIEWED.finding(
  'REJECT',
  '密码应用方案未通过专家评审或第三方专业测评机构评估,需求方案不予通过。请修改密码应用方案并重新组织评审。',
);

// ---------------------------------------------------------------------------------------------------------------
// BJ-06-initial-review, BJ-07-third-party-review, BJ-08-admission (第六条–第八条)

const INITIAL_REQ = ['大数据部门初审意见(通过)'] as const;
const INITIAL_MSG = '需求方案须经大数据部门会同相关部门初审,通过后列入拟入库清单。';
const INITIAL_OK = BJ_06_INITIAL_REVIEW.require(INITIAL_REQ, [], INITIAL_MSG);
const INITIAL_MISSING = BJ_06_INITIAL_REVIEW.require(INITIAL_REQ, INITIAL_REQ, INITIAL_MSG, AWAITS_AUTHORITY);
const INITIAL_FAILED = BJ_06_INITIAL_REVIEW.finding('REJECT', '需求方案未通过大数据部门初审,不列入拟入库清单。');

const TP_REQ = ['需求方案评审报告'] as const;
const TP_MSG = '列入拟入库清单的需求方案须由大数据部门委托第三方评审机构评审,形成评审报告。';
const TP_OK = BJ_07_THIRD_PARTY_REVIEW.require(TP_REQ, [], TP_MSG);
const TP_MISSING = BJ_07_THIRD_PARTY_REVIEW.require(TP_REQ, TP_REQ, TP_MSG, AWAITS_AUTHORITY);

const ADMIT_REQ = ['需求方案评审结论(通过)'] as const;
const ADMIT_MSG = '通过需求评审的项目由大数据部门纳入项目库管理。';
const ADMIT_PENDING = BJ_08_ADMISSION.require(ADMIT_REQ, ADMIT_REQ, ADMIT_MSG, AWAITS_AUTHORITY);
const ADMIT_FAILED = BJ_08_ADMISSION.finding('REJECT', '需求方案未通过第三方评审机构的需求评审,不纳入项目库。');
const ADMIT_ROUTE = BJ_08_ADMISSION.finding('ROUTE', '需求方案已通过需求评审,由大数据部门纳入项目库管理。', { route: '纳入项目库' });

// ---------------------------------------------------------------------------------------------------------------
// BJ-14, BJ-15 (第十四条, 第十五条)

const SPR_REQ = ['服务方案评审报告', '招标控制价评审报告'] as const;
const SPR_COMBINED = '服务方案及招标控制价评审报告';
const SPR_MSG = '政府采购前,大数据部门须委托第三方评审机构对项目服务方案及招标控制价进行评审。';
const SPR_OK = BJ_14_SERVICE_PLAN_REVIEW.require(SPR_REQ, [], SPR_MSG);
const SPR_NO_PLAN = BJ_14_SERVICE_PLAN_REVIEW.require(SPR_REQ, [SPR_REQ[0]], SPR_MSG);
const SPR_NO_PRICE = BJ_14_SERVICE_PLAN_REVIEW.require(SPR_REQ, [SPR_REQ[1]], SPR_MSG);
const SPR_NONE = BJ_14_SERVICE_PLAN_REVIEW.require(SPR_REQ, SPR_REQ, SPR_MSG);
const SPR_FAILED = BJ_14_SERVICE_PLAN_REVIEW.finding('REJECT', '项目服务方案及招标控制价未通过第三方评审,不得据此组织政府采购。');

const PROC_REQ = [FIELD.procurementPlanVersion] as const;
const PROC_MSG = '用户单位应根据通过评审的项目服务方案组织政府采购,采购文件须注明所依据的服务方案版本。';
const PROC_OK = BJ_15_PROCURE_REVIEWED_PLAN.require(PROC_REQ, [], PROC_MSG);
const PROC_MISSING = BJ_15_PROCURE_REVIEWED_PLAN.require(PROC_REQ, PROC_REQ, PROC_MSG);

// ---------------------------------------------------------------------------------------------------------------
// BJ-22 … BJ-25 (第二十二条–第二十五条)

const DATA_OBJECTS: ReadonlySet<string> = new Set(['数据平台', '数据资源库']);
const producesData = (p: ProjectFacts): boolean => p.dataResources.length > 0 || (p.objectType !== undefined && DATA_OBJECTS.has(p.objectType));
const CAT_MSG =
  '项目产生政府数据的,用户单位应按照《政务信息资源目录编制指南》和省级《政府数据资源目录编制工作指南》编制数据资源目录,经大数据部门审核、市人民政府审定后纳入贵州省数据共享交换平台毕节专区。';
const CAT_REQ_PLAN = ['数据资源目录'] as const;
const CAT_REQ_ACCEPT = ['数据资源目录', REVIEW.dataCatalogueReview, REVIEW.dataCatalogueApproval] as const;
const CAT_PLAN_OK = BJ_22_DATA_CATALOGUE.require(CAT_REQ_PLAN, [], CAT_MSG);
const CAT_PLAN_MISSING = BJ_22_DATA_CATALOGUE.require(CAT_REQ_PLAN, CAT_REQ_PLAN, CAT_MSG);
const CAT_ACCEPT_OK = BJ_22_DATA_CATALOGUE.require(CAT_REQ_ACCEPT, [], CAT_MSG);

const NOT_SHARED: ReadonlySet<string> = new Set(['not_shared', '不予共享']);
const NOT_OPEN: ReadonlySet<string> = new Set(['not_open', '不予开放']);
const attr = (d: DataResourceFacts, k: string): boolean => {
  const v = d.attributes?.[k];
  return v !== undefined && v !== '';
};
const label = (d: DataResourceFacts, i: number): string => d.name || `第${i + 1}项数据资源`;

const CLS_MSG = '用户单位负责数据资源分类分级,明确数据共享开放类型。';
const CLS_REQ = ['数据资源:分类', '数据资源:分级', '数据资源:共享类型', '数据资源:开放类型'] as const;
const CLS_OK = BJ_23_CLASSIFY_GRADE.require(CLS_REQ, [], CLS_MSG);

const SHARE_MSG = '用户单位负责编制数据共享目录,明确共享数据名称、信息项、数据更新周期、共享服务方式、数据提供方式等。';
const SHARE_REQ = ['共享数据名称', '信息项', '数据更新周期', '共享服务方式', '数据提供方式'] as const;
const SHARE_OK = BJ_24_SHARE_CATALOGUE.require(SHARE_REQ, [], SHARE_MSG);

const OPEN_MSG = '用户单位负责编制数据开放目录,明确开放数据名称、信息项、数据更新周期、开放服务方式、数据提供方式等。';
const OPEN_REQ = ['开放数据名称', '信息项', '数据更新周期', '开放服务方式', '数据提供方式'] as const;
const OPEN_OK = BJ_25_OPEN_CATALOGUE.require(OPEN_REQ, [], OPEN_MSG);
const OPEN_CHECK = BJ_25_OPEN_CATALOGUE.finding('CHECK', '请核实拟开放数据已进行脱敏脱密处理(第二十五条),并记录审核意见。');
const OPEN_OK_PAIR = Object.freeze([OPEN_OK, OPEN_CHECK]);

// ---------------------------------------------------------------------------------------------------------------
// BJ-27, BJ-29 (第二十七条, 第二十九条)

const DOMESTIC = BJ_27_DOMESTIC_PRODUCTS.finding(
  'CHECK',
  '(鼓励性条款,不作为否决依据)请记录服务方案是否采用安全可靠的国产化计算机终端、服务器、操作系统、数据库等关键信息基础设施产品。',
  { nonBlocking: true },
);
const PRIVACY_CHECK = BJ_29_DATA_SECURITY.finding(
  'CHECK',
  '项目涉及商业秘密、个人隐私等敏感数据:请核实隐私保护和数据脱敏脱密措施符合有关规定要求,并记录审核意见。',
);
const PRIVACY_MISSING = BJ_29_DATA_SECURITY.require(
  [FIELD.privacyAttestation],
  [FIELD.privacyAttestation],
  '政府数据涉及商业秘密、个人隐私等敏感数据的,用户单位应承诺严格遵守隐私保护和数据脱敏脱密有关规定要求。',
);
const PRIVACY_MISSING_PAIR = Object.freeze([PRIVACY_MISSING, PRIVACY_CHECK]);

/** Acceptance is near once construction is completed or a (preliminary) acceptance is recorded. */
const acceptanceStage = (p: ProjectFacts): boolean => {
  const d = p.dates;
  return d !== undefined && (d.constructionCompleted !== undefined || d.preliminaryAcceptance !== undefined || d.acceptancePassed !== undefined);
};

export const preReviewRules: readonly RuleDef[] = [
  // 第五条(一)(二) (P2 reviewer checklist)
  BJ_05_PLAN_FIT.rule(({ facts: { project: p } }) => (isDemandPlan(p) ? PLAN_FIT : null)),

  // 第五条(四): the plan, and a passed expert review OR third-party evaluation; a failed one with no pass rejects.
  BJ_05_CRYPTO_REVIEWED.rule(({ facts: { project: p } }) => {
    if (!isDemandPlan(p)) return null;
    if (!documentOf(p, '密码应用方案')) return CRYPTO_NO_DOC;
    const e = reviewOf(p, REVIEW.cryptoExpert);
    const t = reviewOf(p, REVIEW.cryptoThirdParty);
    if (e === 'pass' || t === 'pass') return CRYPTO_OK;
    if (e === 'fail' || t === 'fail') return CRYPTO_FAILED;
    return CRYPTO_NO_REVIEW;
  }),

  // 第六条
  BJ_06_INITIAL_REVIEW.rule(({ facts: { project: p } }) => {
    if (!isDemandPlan(p)) return null;
    const r = reviewOf(p, REVIEW.initial);
    return r === 'pass' ? INITIAL_OK : r === 'fail' ? INITIAL_FAILED : INITIAL_MISSING;
  }),

  // 第七条: once on the 拟入库清单 (初审 passed).
  BJ_07_THIRD_PARTY_REVIEW.rule(({ facts: { project: p } }) => {
    if (!isDemandPlan(p) || !passed(p, REVIEW.initial)) return null;
    return documentOf(p, '需求方案评审报告') ? TP_OK : TP_MISSING;
  }),

  // 第八条: the review result decides admission to the 项目库.
  BJ_08_ADMISSION.rule(({ facts: { project: p } }) => {
    if (!isDemandPlan(p) || !passed(p, REVIEW.initial)) return null;
    const r = reviewOf(p, REVIEW.demandReview);
    return r === 'pass' ? ADMIT_ROUTE : r === 'fail' ? ADMIT_FAILED : ADMIT_PENDING;
  }),

  // 第十四条: before procurement. One combined report satisfies both requirements.
  BJ_14_SERVICE_PLAN_REVIEW.rule(({ facts: { project: p } }) => {
    if (!isServicePlan(p)) return null;
    if (reviewOf(p, REVIEW.servicePlanReview) === 'fail') return SPR_FAILED;
    if (documentOf(p, SPR_COMBINED)) return SPR_OK;
    const plan = documentOf(p, SPR_REQ[0]) !== undefined;
    const price = documentOf(p, SPR_REQ[1]) !== undefined;
    return plan ? (price ? SPR_OK : SPR_NO_PRICE) : price ? SPR_NO_PLAN : SPR_NONE;
  }),

  // 第十五条: once procurement is recorded (服务方案 stage on), it must reference the reviewed 服务方案 version; a mismatch is flagged.
  BJ_15_PROCURE_REVIEWED_PLAN.rule(({ facts: { project: p } }) => {
    if (isDemandPlan(p)) return null; // procurement follows the 服务方案 (第十三条–第十五条)
    const used = p.fields?.[FIELD.procurementPlanVersion];
    const hasProcurement = p.records?.[RECORD.procurement] !== undefined;
    if (used === undefined && !hasProcurement) return null;
    if (used === undefined || used === '') return PROC_MISSING;
    const reviewed = p.fields?.[FIELD.reviewedPlanVersion] ?? documentOf(p, '服务方案')?.sha256;
    if (reviewed === undefined || reviewed === used) return PROC_OK;
    return [
      PROC_OK,
      BJ_15_PROCURE_REVIEWED_PLAN.finding(
        'FLAG',
        `政府采购所依据的服务方案版本(${String(used)})与通过评审的服务方案版本(${String(reviewed)})不一致,请核实是否擅自更改服务内容(第十九条、第三十一条(二))。`,
        { detail: { used, reviewed } },
      ),
    ];
  }),

  // 第二十二条: stage not stated; safe default: the 目录 at 服务方案 review, its 审核 + 审定 before acceptance (inferred).
  BJ_22_DATA_CATALOGUE.rule(({ facts: { project: p } }) => {
    if (!producesData(p)) return null;
    const atAcceptance = acceptanceStage(p);
    if (!atAcceptance && !isServicePlan(p)) return null;
    const hasDoc = documentOf(p, '数据资源目录') !== undefined;
    if (!atAcceptance) return hasDoc ? CAT_PLAN_OK : CAT_PLAN_MISSING;
    const missing: string[] = [];
    if (!hasDoc) missing.push(CAT_REQ_ACCEPT[0]);
    if (!passed(p, REVIEW.dataCatalogueReview)) missing.push(CAT_REQ_ACCEPT[1]);
    if (!passed(p, REVIEW.dataCatalogueApproval)) missing.push(CAT_REQ_ACCEPT[2]);
    return missing.length ? BJ_22_DATA_CATALOGUE.require(CAT_REQ_ACCEPT, missing, CAT_MSG) : CAT_ACCEPT_OK;
  }),

  // 第二十三条: each resource carries 分类, 分级 and its 共享 / 开放 type.
  BJ_23_CLASSIFY_GRADE.rule(({ facts: { project: p } }) => {
    const rs = p.dataResources;
    if (rs.length === 0) return null;
    let missing: string[] | undefined;
    for (let i = 0; i < rs.length; i++) {
      const d = rs[i];
      if (!d.classification) (missing ??= []).push(`${label(d, i)}:分类`);
      if (!d.grade) (missing ??= []).push(`${label(d, i)}:分级`);
      if (!d.sharingType) (missing ??= []).push(`${label(d, i)}:共享类型`);
      if (!d.openingType) (missing ??= []).push(`${label(d, i)}:开放类型`);
    }
    return missing ? BJ_23_CLASSIFY_GRADE.require(CLS_REQ, missing, CLS_MSG) : CLS_OK;
  }),

  // 第二十四条: resources whose sharing type is not 不予共享.
  BJ_24_SHARE_CATALOGUE.rule(({ facts: { project: p } }) => {
    const rs = p.dataResources;
    let applies = false;
    let missing: string[] | undefined;
    for (let i = 0; i < rs.length; i++) {
      const d = rs[i];
      if (!d.sharingType || NOT_SHARED.has(d.sharingType)) continue;
      applies = true;
      const n = label(d, i);
      if (!d.name) (missing ??= []).push(`${n}:共享数据名称`);
      if (!attr(d, '信息项')) (missing ??= []).push(`${n}:信息项`);
      if (!d.updateFrequency && !attr(d, '数据更新周期')) (missing ??= []).push(`${n}:数据更新周期`);
      if (!attr(d, '共享服务方式')) (missing ??= []).push(`${n}:共享服务方式`);
      if (!attr(d, '数据提供方式')) (missing ??= []).push(`${n}:数据提供方式`);
    }
    if (!applies) return null;
    return missing ? BJ_24_SHARE_CATALOGUE.require(SHARE_REQ, missing, SHARE_MSG) : SHARE_OK;
  }),

  // 第二十五条: resources whose opening type is not 不予开放; plus the 脱敏脱密 attestation (reviewer item).
  BJ_25_OPEN_CATALOGUE.rule(({ facts: { project: p } }) => {
    const rs = p.dataResources;
    let applies = false;
    let missing: string[] | undefined;
    for (let i = 0; i < rs.length; i++) {
      const d = rs[i];
      if (!d.openingType || NOT_OPEN.has(d.openingType)) continue;
      applies = true;
      const n = label(d, i);
      if (!d.name) (missing ??= []).push(`${n}:开放数据名称`);
      if (!attr(d, '信息项')) (missing ??= []).push(`${n}:信息项`);
      if (!d.updateFrequency && !attr(d, '数据更新周期')) (missing ??= []).push(`${n}:数据更新周期`);
      if (!attr(d, '开放服务方式')) (missing ??= []).push(`${n}:开放服务方式`);
      if (!attr(d, '数据提供方式')) (missing ??= []).push(`${n}:数据提供方式`);
    }
    if (!applies) return null;
    return missing ? [BJ_25_OPEN_CATALOGUE.require(OPEN_REQ, missing, OPEN_MSG), OPEN_CHECK] : OPEN_OK_PAIR;
  }),

  // 第二十七条: "积极鼓励引导": advisory only, never a ground for refusal (A P4 item; record pass / na).
  BJ_27_DOMESTIC_PRODUCTS.rule(({ facts: { project: p } }) => (isServicePlan(p) ? DOMESTIC : null)),

  // 第二十九条 (P1 attestation + reviewer item).
  BJ_29_DATA_SECURITY.rule(({ facts: { project: p } }): Finding | readonly Finding[] | null => {
    if (p.flags.handlesSensitiveData !== true) return null;
    return fieldPresent(p, FIELD.privacyAttestation) ? PRIVACY_CHECK : PRIVACY_MISSING_PAIR;
  }),
];
