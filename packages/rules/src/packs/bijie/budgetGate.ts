/**
 * 毕节市 budget-gate rules (catalogue §4.4). Q1 (`facts.payment`) answers with DENY-PAY, Q2 (`facts.omRequest`) with
 * DENY-OM. Each 第十一条 exclusion denies the request naming the offending line items: the unit removes them and pays
 * them from its original channels ("按原有资金渠道进行保障").
 */
import { documentOf, type RuleHandle } from '../../dsl.js';
import type { LineItemFacts, ProjectFacts, SystemFacts } from '../../facts.js';
import type { Finding, RuleContext, RuleDef } from '../../types.js';
import { CITY_CLOUD, FIELD, RECORD, REVIEW, gateLineItems, inApprovedPlan, isSoe, passed, requestsLocalFiscal } from './common.js';
import { BJ_10_LIBRARY_AND_PLAN, BJ_10_SOE_NO_FISCAL, BJ_11_1_STAFF_PUBLIC, BJ_11_2_BUSINESS_OPS, BJ_11_3_OFFICE_BUILDING, BJ_11_SUPPORT_SCOPE, BJ_12_SLOW_EXECUTION, BJ_16_CONTRACT_BEFORE_PAY, BJ_31_1_NONCOMPLIANT, BJ_31_2_UNAUTHORISED_CHANGE, BJ_31_3_NOT_ON_CITY_CLOUD, BJ_31_4_NOT_ON_SERVICE_PLATFORM, BJ_31_5_NO_SHARING, BJ_31_6_SECURITY, BJ_31_7_NO_DOMESTIC_CRYPTO, BJ_31_8_THIRD_PARTY_SYSTEM, BJ_31_9_OTHER, BJ_31_BLOCK, BJ_32_EX_ANTE_MAJOR, BJ_33_EVAL_BASIS } from './rules.js';
import { fieldPresent, yuanText } from '../shared.js';

type Denial = 'DENY-PAY' | 'DENY-OM';
const denialOf = (ctx: RuleContext): Denial | null => (ctx.facts.payment ? 'DENY-PAY' : ctx.facts.omRequest ? 'DENY-OM' : null);

/** A frozen finding per question, for rules whose message does not depend on the facts. */
function both(id: RuleHandle, message: string, missing?: readonly string[]): Readonly<Record<Denial, Finding>> {
  const opts = missing?.length ? { missing } : {};
  return { 'DENY-PAY': id.finding('DENY-PAY', message, opts), 'DENY-OM': id.finding('DENY-OM', message, opts) };
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-10 (第十条)

/** The authority record that puts the project in the annual plan (inAnnualPlan); its approval is REVIEW.planApproved. */
const PLAN_INCLUSION = '年度实施计划';

/** Index: bit 0 not in 项目库, bit 1 not in the approved annual plan, bit 2 no 财政部门 review. */
const LIBRARY_PLAN: readonly Readonly<Record<Denial, Finding>>[] = Array.from({ length: 8 }, (_, mask) => {
  const gaps: string[] = [];
  // What the authority records supply (decision 170); admission to the library is the pre-review's own way.
  const missing: string[] = [];
  if (mask & 1) gaps.push('未纳入大数据部门项目库');
  if (mask & 2) {
    gaps.push('未列入市人民政府批准的年度实施计划');
    missing.push(PLAN_INCLUSION, REVIEW.planApproved);
  }
  if (mask & 4) {
    gaps.push('未经财政部门会同大数据部门逐一审核确定为年度预算项目');
    missing.push(REVIEW.finance);
  }
  return both(
    BJ_10_LIBRARY_AND_PLAN,
    `市级预算资金只安排给按市人民政府批准的年度计划逐一审核后纳入大数据部门项目库的年度预算项目。本项目${gaps.join('、')},不予安排资金。`,
    missing,
  );
});

const SOE_NO_FISCAL = {
  'DENY-PAY': BJ_10_SOE_NO_FISCAL.finding('DENY-PAY', '属市属国企项目的,由企业自行筹措建设资金,不得使用市级财政资金支付。'),
  'DENY-OM': BJ_10_SOE_NO_FISCAL.finding(
    'DENY-OM',
    '属市属国企项目的,由企业自行筹措资金、依照公司管理规定执行,市级财政不安排其运维经费(运维经费条文未明示,按建设资金同一原则处理)。',
  ),
} as const;

// ---------------------------------------------------------------------------------------------------------------
// BJ-11 (第十一条): line-item tables of this pack only (A-34: never shared across packs).

const STAFF_PUBLIC_TYPES: ReadonlySet<string> = new Set([
  '人员工资',
  '人员经费',
  '差旅费',
  '车辆购置及维护',
  '车辆购置',
  '车辆维护',
  '办公水电费',
  '办公家具',
  '办公电脑',
  '耗材',
  '办公耗材',
  '手机或固话及其通讯费',
  '手机通讯费',
  '固话通讯费',
  '办公通讯费',
  '办公相关短信费',
  '办公短信费',
]);
const STAFF_PUBLIC_CLASSES: ReadonlySet<string> = new Set(['人员经费', '公用经费', '专项工作经费']);
const BUSINESS_OPS_TYPES: ReadonlySet<string> = new Set(['业务管理', '内容采编', '宣传推广', '业务运营', '业务运营支出']);
/** 第十一条 支持范围: 开发服务、运维服务和相关配套服务 of the listed objects. */
const SUPPORTED_TYPES: ReadonlySet<string> = new Set(['开发服务', '运维服务', '相关配套服务', '配套服务', '政务云资源']);

const isStaffPublic = (li: LineItemFacts): boolean =>
  STAFF_PUBLIC_TYPES.has(li.type) || (li.fundingClass !== undefined && STAFF_PUBLIC_CLASSES.has(li.fundingClass));
const isBusinessOps = (li: LineItemFacts): boolean => BUSINESS_OPS_TYPES.has(li.type);
const isOfficeBuilding = (li: LineItemFacts): boolean => li.linkedToOfficeBuildingWorks === true;
const isExcluded = (li: LineItemFacts): boolean => isStaffPublic(li) || isBusinessOps(li) || isOfficeBuilding(li);

const itemText = (li: LineItemFacts): string => `“${li.type}”(${yuanText(li.amount)}元)`;

/** Deny the request for the line items `match` selects, naming each of them; null when none matches. */
function lineItemDenial(ctx: RuleContext, id: RuleHandle, match: (li: LineItemFacts) => boolean, why: string): Finding | null {
  const denial = denialOf(ctx);
  const items = gateLineItems(ctx);
  if (!denial || !items) return null;
  let hit: LineItemFacts[] | undefined;
  for (let i = 0; i < items.length; i++) if (match(items[i])) (hit ??= []).push(items[i]);
  if (!hit) return null;
  let total = 0;
  for (const li of hit) total += li.amount;
  return id.finding(
    denial,
    `${hit.map(itemText).join('、')}${why},不列入信息化资金支持范围,不得单独或捆绑纳入市级信息化项目。请从申请中剔除上述明细(合计${yuanText(total)}元),由用户单位按原有资金渠道保障。`,
    { detail: { lineItems: hit.map((li) => li.type), amount: total } },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-12, BJ-16 (第十二条, 第十六条/第十七条)

const SLOW_CHECK = BJ_12_SLOW_EXECUTION.finding(
  'CHECK',
  '项目资金执行进度滞后:请判定是否因用户单位原因影响资金执行进度;如是,可以推迟或终止实施相关项目(第十二条),并记录决定。',
);
const SLOW_DENY = both(BJ_12_SLOW_EXECUTION, '因用户单位原因影响资金执行进度,已决定推迟或终止实施相关项目,暂不安排资金。');

const NO_CONTRACT = BJ_16_CONTRACT_BEFORE_PAY.finding(
  'DENY-PAY',
  '尚未签订大数据部门、用户单位与项目服务单位的项目三方服务合同,不得拨付项目资金(支付须依据三方服务合同约定)。',
  { missing: ['项目三方服务合同'] },
);
// A contract is recorded only after the approval (不得未批先建): an unapproved project is told to get both, in order.
const NO_APPROVAL_NO_CONTRACT = BJ_16_CONTRACT_BEFORE_PAY.finding('DENY-PAY', NO_CONTRACT.message, { missing: ['项目批复', '项目三方服务合同'] });

// ---------------------------------------------------------------------------------------------------------------
// BJ-31 (第三十一条): the findings register and the items detectable from the facts.

const BJ31_PREFIX = 'BJ-31-';
const STATUS_TEXT = { open: '未整改', rectified_noncompliant: '整改后不符合要求' } as const;
const BLOCK_TAIL = '应按要求及时整改,并将整改结果报送大数据部门;未整改或整改后不符合要求的,不再安排后续项目资金,直至整改落实到位。';

type OpenFinding = NonNullable<NonNullable<ProjectFacts['status']>['openFindings']>[number];
const unclosed = (f: OpenFinding): boolean => f.status !== 'closed' && f.ruleId.startsWith(BJ31_PREFIX);

/** This item's unclosed entry in the findings register, if any. */
function registered(p: ProjectFacts, id: RuleHandle): OpenFinding | undefined {
  const fs = p.status?.openFindings;
  if (!fs) return undefined;
  for (const f of fs) if (f.ruleId === id.id && f.status !== 'closed') return f;
  return undefined;
}

/** An item of 第三十一条: frozen denials for "detected" and "registered", and a flag when the facts do not show it. */
function item(id: RuleHandle, problem: string, unknown?: string) {
  return {
    detected: both(id, `监督检查发现:${problem}。${BLOCK_TAIL}`),
    registered: {
      open: both(id, `已登记问题(${STATUS_TEXT.open}):${problem}。${BLOCK_TAIL}`),
      rectified_noncompliant: both(id, `已登记问题(${STATUS_TEXT.rectified_noncompliant}):${problem}。${BLOCK_TAIL}`),
    },
    unknown: unknown ? id.finding('FLAG', unknown) : undefined,
  };
}
type Item = ReturnType<typeof item>;

function itemFinding(ctx: RuleContext, it: Item, id: RuleHandle, detected: boolean | undefined): Finding | null {
  const denial = denialOf(ctx);
  if (!denial) return null;
  if (detected === true) return it.detected[denial];
  const r = registered(ctx.facts.project, id);
  if (r) return it.registered[r.status === 'rectified_noncompliant' ? 'rectified_noncompliant' : 'open'][denial];
  return detected === undefined && it.unknown ? it.unknown : null;
}

const I1 = item(BJ_31_1_NONCOMPLIANT, '与国家、省、市有关规定或批复要求不符');
const I2 = item(BJ_31_2_UNAUTHORISED_CHANGE, '擅自更改项目服务内容(未经第十九条规定的用户单位申请、专家评审和大数据部门同意)');
const I3 = item(
  BJ_31_3_NOT_ON_CITY_CLOUD,
  '未按要求基于毕节市城市数据中心(“云上贵州”毕节分平台)建设',
  '系统未记录部署位置,请核实是否基于毕节市城市数据中心(“云上贵州”毕节分平台)建设(第三十一条(三))。',
);
const I4 = item(
  BJ_31_4_NOT_ON_SERVICE_PLATFORM,
  '未按要求对接全省政务服务一体化平台',
  '系统需对接全省政务服务一体化平台,但未记录对接情况,请核实(第三十一条(四))。',
);
const I5 = item(
  BJ_31_5_NO_SHARING,
  '满足政府数据共享开放条件,但不履行数据共享开放义务',
  '系统数据满足共享开放条件,但未记录共享开放情况,请核实(第三十一条(五))。',
);
const I6 = item(BJ_31_6_SECURITY, '未按要求做好项目安全保障');
const I7 = item(
  BJ_31_7_NO_DOMESTIC_CRYPTO,
  '未按要求部署国产密码进行数据保护',
  '系统未记录国产密码部署情况,请核实是否按要求部署国产密码进行数据保护(第三十一条(七))。',
);
const I8 = item(BJ_31_8_THIRD_PARTY_SYSTEM, '擅自使用第三方提供的信息系统服务,且出现第三十一条(一)至(七)所列情况');
const I9 = item(BJ_31_9_OTHER, '与其他有关规定不符合');

/** (三): the system's deployment, else the project's planned one; unknown only matters for a system in operation. */
function offCityCloud(p: ProjectFacts, s: SystemFacts | undefined): boolean | undefined | null {
  const t = s?.deploymentTarget ?? p.deploymentTarget;
  if (t === undefined) return s ? undefined : null;
  return !CITY_CLOUD.has(t);
}
function notOnServicePlatform(s: SystemFacts | undefined): boolean | undefined | null {
  if (!s || s.requiresGovServicePlatform !== true) return null;
  return s.onGovServicePlatform === true ? false : s.onGovServicePlatform === false ? true : undefined;
}
function notSharing(s: SystemFacts | undefined): boolean | undefined | null {
  if (!s || s.shareableData !== true) return null;
  return s.dataShared === true ? false : s.dataShared === false ? true : undefined;
}
function noDomesticCrypto(s: SystemFacts | undefined): boolean | undefined | null {
  if (!s) return null;
  return s.domesticCryptoDeployed === true ? false : s.domesticCryptoDeployed === false ? true : undefined;
}
const changedWithoutApproval = (p: ProjectFacts): boolean =>
  fieldPresent(p, FIELD.serviceContentChanged) && !passed(p, REVIEW.changeApproval);

/** null = not applicable; undefined = not shown; boolean = detected or not. */
function run(ctx: RuleContext, it: Item, id: RuleHandle, detected: boolean | undefined | null): Finding | null {
  return itemFinding(ctx, it, id, detected === null ? false : detected);
}

const ITEMS_1_TO_7: readonly string[] = [
  BJ_31_1_NONCOMPLIANT.id,
  BJ_31_2_UNAUTHORISED_CHANGE.id,
  BJ_31_3_NOT_ON_CITY_CLOUD.id,
  BJ_31_4_NOT_ON_SERVICE_PLATFORM.id,
  BJ_31_5_NO_SHARING.id,
  BJ_31_6_SECURITY.id,
  BJ_31_7_NO_DOMESTIC_CRYPTO.id,
];
function anyRegistered(p: ProjectFacts, ids: readonly string[]): boolean {
  const fs = p.status?.openFindings;
  if (!fs) return false;
  for (const f of fs) if (f.status !== 'closed' && ids.includes(f.ruleId)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// BJ-32-ex-ante-major, BJ-33-eval-basis (第三十二条, 第三十三条)

const EX_ANTE_REQ = ['事前绩效评估'] as const;
const EX_ANTE_OK = BJ_32_EX_ANTE_MAJOR.require(EX_ANTE_REQ, [], '新增重大项目须开展事前绩效评估。');
const EX_ANTE_DENY = BJ_32_EX_ANTE_MAJOR.finding(
  'DENY-PAY',
  '新增重大项目须先开展事前绩效评估,未见事前绩效评估报告,暂不安排资金。',
  { requires: EX_ANTE_REQ, missing: EX_ANTE_REQ },
);
const EVAL_BASIS = BJ_33_EVAL_BASIS.finding(
  'CHECK',
  '该项目已有综合评估结果,评估结果作为下一年度服务采购的重要依据:请在安排资金前查阅并记录已参考。',
);

export const budgetGateRules: readonly RuleDef[] = [
  // 第十条: 市级预算资金 only for 项目库 projects of the 市人民政府-approved plan, reviewed by 财政部门.
  BJ_10_LIBRARY_AND_PLAN.rule((ctx) => {
    const denial = denialOf(ctx);
    if (!denial || !requestsLocalFiscal(ctx)) return null;
    const p = ctx.facts.project;
    if (isSoe(p)) return null; // BJ-10-soe-no-fiscal answers for 市属国企
    const mask = (p.status?.inLibrary === true ? 0 : 1) | (inApprovedPlan(p) ? 0 : 2) | (passed(p, REVIEW.finance) ? 0 : 4);
    return mask === 0 ? null : LIBRARY_PLAN[mask][denial];
  }),

  // 第十条: 市属国企 projects are self-funded. Q2 is inferred (the text speaks of 建设资金).
  BJ_10_SOE_NO_FISCAL.rule((ctx) => {
    const denial = denialOf(ctx);
    if (!denial || !isSoe(ctx.facts.project) || !requestsLocalFiscal(ctx)) return null;
    return SOE_NO_FISCAL[denial];
  }),

  // 第十一条: items neither excluded nor in the supported scope go to a reviewer (A-34: business SMS is not excluded).
  BJ_11_SUPPORT_SCOPE.rule((ctx) => {
    const items = gateLineItems(ctx);
    if (!denialOf(ctx) || !items) return null;
    let odd: LineItemFacts[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const li = items[i];
      if (!SUPPORTED_TYPES.has(li.type) && !isExcluded(li)) (odd ??= []).push(li);
    }
    if (!odd) return null;
    return BJ_11_SUPPORT_SCOPE.finding(
      'FLAG',
      `${odd.map(itemText).join('、')}不在市级财政资金支持范围(市级非涉密服务平台、数据平台、业务系统、政务云资源、数据资源库的开发服务、运维服务和相关配套服务)的明确列举之内,请审核是否属于支持范围。`,
      { detail: { lineItems: odd.map((li) => li.type) } },
    );
  }),

  // 第十一条(一): the text excludes these from all 信息化资金 (O&M included), so both questions deny.
  BJ_11_1_STAFF_PUBLIC.rule((ctx) =>
    lineItemDenial(ctx, BJ_11_1_STAFF_PUBLIC, isStaffPublic, '属于应当由人员经费、公用经费、专项工作经费开支的事项'),
  ),

  // 第十一条(二)
  BJ_11_2_BUSINESS_OPS.rule((ctx) =>
    lineItemDenial(ctx, BJ_11_2_BUSINESS_OPS, isBusinessOps, '属于部门业务工作范畴的业务运营支出(业务管理、内容采编、宣传推广等)'),
  ),

  // 第十一条(三)
  BJ_11_3_OFFICE_BUILDING.rule((ctx) =>
    lineItemDenial(ctx, BJ_11_3_OFFICE_BUILDING, isOfficeBuilding, '属于办公场所新建、改(扩)建工程涉及的配套信息化基础设施建设'),
  ),

  // 第十二条 (P3): a recorded execution lag asks for a decision; a decision to postpone / terminate denies.
  BJ_12_SLOW_EXECUTION.rule((ctx) => {
    const denial = denialOf(ctx);
    const p = ctx.facts.project;
    if (!denial || !fieldPresent(p, FIELD.slowExecution)) return null;
    const d = p.status?.decisions?.[BJ_12_SLOW_EXECUTION.id];
    if (!d) return SLOW_CHECK;
    return d.result === 'fail' ? SLOW_DENY[denial] : null;
  }),

  // 第十六条, 第十七条 (inferred): money follows the signed 三方服务合同.
  BJ_16_CONTRACT_BEFORE_PAY.paymentRule(({ facts }) => {
    if (facts.project.dates?.contractSigned !== undefined) return null;
    return facts.project.status?.approvalStatus === 'approved' ? NO_CONTRACT : NO_APPROVAL_NO_CONTRACT;
  }),

  // 第三十一条: every unclosed finding of the register blocks subsequent funds of this project. A-29: findings on the
  // unit's other projects do not block this one; they are flagged for the 大数据部门 / 财政部门.
  BJ_31_BLOCK.rule((ctx) => {
    const denial = denialOf(ctx);
    if (!denial) return null;
    const fs = ctx.facts.project.status?.openFindings;
    let open: OpenFinding[] | undefined;
    if (fs) for (const f of fs) if (unclosed(f)) (open ??= []).push(f);
    if (open) {
      const list = open.map((f) => `${f.ruleId}(${STATUS_TEXT[f.status as 'open' | 'rectified_noncompliant']}${f.due ? `,整改期限${f.due}` : ''})`);
      return BJ_31_BLOCK.finding(
        denial,
        `监督检查发现的问题未整改或整改后不符合要求:${list.join('、')}。不再安排后续项目资金,直至整改落实到位并经大数据部门确认。`,
        { detail: { findings: open.map((f) => f.ruleId) } },
      );
    }
    const others = ctx.facts.unit?.otherProjectFindings;
    if (!others || others.length === 0) return null;
    let projects: string[] | undefined;
    for (const f of others) {
      if (f.status !== 'closed' && f.ruleId.startsWith(BJ31_PREFIX) && !(projects ??= []).includes(f.projectId)) projects.push(f.projectId);
    }
    if (!projects || projects.length === 0) return null;
    return BJ_31_BLOCK.finding(
      'FLAG',
      `用户单位的其他项目(${projects.join('、')})存在未整改到位的监督检查问题(第三十一条)。本项目资金不因此暂停,但请审核时关注整改进展。`,
      { detail: { projects } },
    );
  }),

  BJ_31_1_NONCOMPLIANT.rule((ctx) => run(ctx, I1, BJ_31_1_NONCOMPLIANT, null)),
  BJ_31_2_UNAUTHORISED_CHANGE.rule((ctx) =>
    run(ctx, I2, BJ_31_2_UNAUTHORISED_CHANGE, changedWithoutApproval(ctx.facts.project)),
  ),
  BJ_31_3_NOT_ON_CITY_CLOUD.rule((ctx) =>
    run(ctx, I3, BJ_31_3_NOT_ON_CITY_CLOUD, offCityCloud(ctx.facts.project, ctx.facts.system)),
  ),
  BJ_31_4_NOT_ON_SERVICE_PLATFORM.rule((ctx) =>
    run(ctx, I4, BJ_31_4_NOT_ON_SERVICE_PLATFORM, notOnServicePlatform(ctx.facts.system)),
  ),
  BJ_31_5_NO_SHARING.rule((ctx) => run(ctx, I5, BJ_31_5_NO_SHARING, notSharing(ctx.facts.system))),
  BJ_31_6_SECURITY.rule((ctx) => run(ctx, I6, BJ_31_6_SECURITY, null)),
  BJ_31_7_NO_DOMESTIC_CRYPTO.rule((ctx) =>
    run(ctx, I7, BJ_31_7_NO_DOMESTIC_CRYPTO, noDomesticCrypto(ctx.facts.system)),
  ),

  // 第三十一条(八): a third-party system used without the 第三十四条(一) review, together with any of (一)–(七).
  BJ_31_8_THIRD_PARTY_SYSTEM.rule((ctx) => {
    const { project: p, system: s } = ctx.facts;
    let detected = false;
    if (p.flags.usesThirdPartySystem === true && !passed(p, REVIEW.cityServicePlanReview)) {
      detected =
        changedWithoutApproval(p) ||
        offCityCloud(p, s) === true ||
        notOnServicePlatform(s) === true ||
        notSharing(s) === true ||
        noDomesticCrypto(s) === true ||
        anyRegistered(p, ITEMS_1_TO_7);
    }
    return run(ctx, I8, BJ_31_8_THIRD_PARTY_SYSTEM, detected);
  }),

  BJ_31_9_OTHER.rule((ctx) => run(ctx, I9, BJ_31_9_OTHER, null)),

  // 第三十二条 (inferred gate): a new major project needs its 事前绩效评估 before money is arranged. "重大" is the
  // project's flag (A-30: reviewer designation; no amount threshold is configured by default).
  BJ_32_EX_ANTE_MAJOR.rule(({ facts }) => {
    const p = facts.project;
    if (!facts.payment || p.subtype !== 'new' || p.flags.isMajor !== true) return null;
    return documentOf(p, '事前绩效评估') || documentOf(p, '事前绩效评估报告') ? EX_ANTE_OK : EX_ANTE_DENY;
  }),

  // 第三十三条 (P6): an existing comprehensive evaluation must be considered; once recorded as considered it is silent.
  BJ_33_EVAL_BASIS.rule((ctx) => {
    const p = ctx.facts.project;
    if (!denialOf(ctx) || p.records?.[RECORD.comprehensiveEvaluation] === undefined) return null;
    return p.status?.decisions?.[BJ_33_EVAL_BASIS.id] ? null : EVAL_BASIS;
  }),
];
