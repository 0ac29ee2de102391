/**
 * 锦江区 pre-review rules (catalogue §4.3): 预审 of the 需求方案 (第六条) and the 入库程序 of 第八条 — expert review
 * with its panel rules, 部门联审, 造价审核 and admission to the 项目库 — plus the principles of 第三条 and 第十九条.
 */
import { addMonths } from '../../calendar/dates.js';
import { documentOf } from '../../dsl.js';
import type { Finding, RuleDef } from '../../types.js';
import { inAnnualPlan, type ProjectFacts } from '../../facts.js';
import {
  DOC,
  FIELD,
  JOINT_REVIEW_BODIES,
  SECRECY_TOPICS,
  costReviewed,
  expertClosed,
  expertPassed,
  inReserve,
  isBuild,
  isLibraryStage,
  isMaintenance,
  jointPassed,
  numField,
  reviewOf,
} from './common.js';
import { JJ_03_ADVANCED_TECH, JJ_03_PLATFORM_CONNECT, JJ_03_REUSE, JJ_05_CRYPTO_XINCHUANG_OPINION, JJ_05_SECURITY_OPINION, JJ_06_PREREVIEW, JJ_07_RESERVE, JJ_08_COST_REVIEW, JJ_08_DESENSITISE, JJ_08_JOINT_REVIEW, JJ_08_LIBRARY_ADMISSION, JJ_08_PANEL_DIRECTED_THIRD, JJ_08_PANEL_MIX, JJ_08_REVIEW_CHECKLIST, JJ_08_SIGNED_OPINIONS, JJ_08_THREE_STRIKES, JJ_19_SAFE_PRODUCTS } from './rules.js';
import { hasName } from '../../names.js';

// ---- JJ-06-prereview ---------------------------------------------------------------------------------------------
const PREREVIEW = JJ_06_PREREVIEW.finding(
  'CHECK',
  '领导小组办公室组织专家审核项目需求方案:请就项目必要性、方案合理性、建设紧迫性分别给出结论,并提出明确审核意见(通过/不通过)。',
  { requires: ['项目必要性', '方案合理性', '建设紧迫性'] },
);

// ---- JJ-08-review-checklist --------------------------------------------------------------------------------------
const CHECKLIST_ITEMS = [
  '是否符合信息化项目建设的基本原则',
  '是否符合智慧锦江建设总体架构',
  '是否与智慧蓉城锦江运行管理平台兼容',
  '是否充分考虑资源集约利用和信息共享',
  '是否实施国产密码应用分测',
  '是否实施系统建设信创国产化',
  '设计方案是否合理可行,是否符合技术发展趋势',
  '实施计划是否合理',
] as const;
const CHECKLIST = JJ_08_REVIEW_CHECKLIST.finding(
  'CHECK',
  `专家论证评审须逐项给出结论(通过/不通过):${CHECKLIST_ITEMS.join(';')}。`,
  { requires: CHECKLIST_ITEMS },
);

// ---- JJ-08-panel-mix / JJ-08-panel-directed-third / JJ-08-signed-opinions ----------------------------------------
const PANEL_RECORD = '专家组组成记录(随机抽选与定向选取人数)';
const PANEL_REQ = [PANEL_RECORD] as const;
const PANEL_MSG = '专家组须采取从专家库中随机抽选专家与定向选取智慧蓉城专家相结合的方式确定(第八条(一))。';
const PANEL_OK = JJ_08_PANEL_MIX.require(PANEL_REQ, [], PANEL_MSG);
const PANEL_NO_RECORD = JJ_08_PANEL_MIX.require(PANEL_REQ, PANEL_REQ, PANEL_MSG);
const PANEL_NO_RANDOM = '至少1名从专家库中随机抽选的专家';
const PANEL_OTHER = '每名专家的选取方式(须为随机抽选或定向选取智慧蓉城专家)';
const SIGNED_MSG = '专家对方案进行论证评审后,须出具评审意见并签字确认(每名专家一份)。';
/** Complete-signature findings, one frozen object per panel size. */
const signedOkBySize = new Map<number, Finding>();
function signedOk(total: number): Finding {
  let f = signedOkBySize.get(total);
  if (!f) {
    const req = [`专家签字评审意见(${total}份)`];
    f = JJ_08_SIGNED_OPINIONS.require(req, [], SIGNED_MSG, { detail: { panelSize: total, signed: total } });
    signedOkBySize.set(total, f);
  }
  return f;
}

// ---- JJ-08-desensitise -------------------------------------------------------------------------------------------
const NOT_DESENSITISED = JJ_08_DESENSITISE.finding(
  'FLAG',
  '专家论证评审意见须脱敏(隐去专家身份等敏感信息)后方可交项目建设单位修改完善方案;记录显示已交付的评审意见未经脱敏,请区城运中心(领导小组办公室)收回并提供脱敏版本。',
);

// ---- JJ-08-joint-review / JJ-05-* --------------------------------------------------------------------------------
const JOINT_MSG = '专家评审通过的建设类项目,须将修改完善后的建设方案报区委网信办、区委保密机要局、区公安分局等部门征求意见,各部门应明确提出是否满足有关要求的意见。';
const JOINT_OK = JJ_08_JOINT_REVIEW.require(JOINT_REVIEW_BODIES, [], JOINT_MSG);
const SECRECY_REQ = SECRECY_TOPICS.map((t) => `${DOC.secrecyOpinion}:${t}`);
const SECRECY_MSG = '区委保密机要局须就国产密码应用和信创国产化对专家评审后的方案提出明确意见(第五条)。';
const SECRECY_OK = JJ_05_CRYPTO_XINCHUANG_OPINION.require(SECRECY_REQ, [], SECRECY_MSG);
const SECRECY_NO_DOC = JJ_05_CRYPTO_XINCHUANG_OPINION.require(SECRECY_REQ, SECRECY_REQ, SECRECY_MSG);
const SECURITY_REQ = [DOC.cacOpinion, DOC.policeOpinion] as const;
const SECURITY_MSG = '区委网信办、区公安分局须参与方案评审,并就项目网络安全提出明确意见(第五条)。';
const SECURITY_OK = JJ_05_SECURITY_OPINION.require(SECURITY_REQ, [], SECURITY_MSG);

// ---- JJ-08-cost-review / JJ-08-library-admission -----------------------------------------------------------------
const COST_REQ = [DOC.costReviewOpinion] as const;
const COST_MSG = '须由区发改局(区投资评审中心)组织对按项目实施方案编制的预算进行评审,并出具造价审核意见(第八条(三))。';
const COST_OK = JJ_08_COST_REVIEW.require(COST_REQ, [], COST_MSG);
const COST_MISSING = JJ_08_COST_REVIEW.require(COST_REQ, COST_REQ, COST_MSG);
const STEP_EXPERT = '专家评审(通过)';
const STEP_JOINT = '部门联审(各部门意见均为满足)';
const STEP_COST = '造价审核(完成)';
const ADMIT_REQ_BUILD = [STEP_EXPERT, STEP_JOINT, STEP_COST] as const;
const ADMIT_REQ_MAINT = [STEP_COST] as const;
const ADMIT_MSG = '领导小组办公室只将完成造价审核的项目纳入智慧锦江建设项目库(第八条(四));建设类项目须先通过专家评审和部门联审。';
const RESERVE_BLOCK = JJ_07_RESERVE.finding(
  'REJECT',
  '经费估算30万元(含)以上且未纳入智慧锦江建设项目年度计划的项目列入储备,原则上不启动入库程序(第七条);如确需启动,须由领导小组办公室记录同意意见。',
);

// ---- JJ-03-* / JJ-19-safe-products -------------------------------------------------------------------------------
const PLATFORM_REQ = [DOC.platformPlan] as const;
const PLATFORM_MSG = '项目中非涉密、非敏感数据(包括脱密脱敏后的涉密涉敏数据)需接入智慧蓉城锦江运行管理平台,请提交接入方案(第三条)。';
const PLATFORM_OK = JJ_03_PLATFORM_CONNECT.require(PLATFORM_REQ, [], PLATFORM_MSG);
const PLATFORM_MISSING = JJ_03_PLATFORM_CONNECT.require(PLATFORM_REQ, PLATFORM_REQ, PLATFORM_MSG);
const REUSE = JJ_03_REUSE.finding(
  'CHECK',
  '利旧与建新相结合:请确认项目已在利旧的基础上建新,充分整合现有信息系统,避免重复建设和重复投资(第三条)。',
);
const ADVANCED = JJ_03_ADVANCED_TECH.finding(
  'CHECK',
  '先进性原则:请确认项目遵循主流技术标准和国家技术标准,采用先进的体系结构,满足与其他应用系统之间的数据共享、系统兼容和功能扩展(第三条)。',
);
const PRODUCTS_REQ = [DOC.productList] as const;
const PRODUCTS_MSG = '智慧锦江建设项目应当采用安全可靠的软硬件产品,请提交逐项注明安全可靠情况的软硬件产品清单,由审核人员确认(第十九条)。';
const PRODUCTS_OK = JJ_19_SAFE_PRODUCTS.require(PRODUCTS_REQ, [], PRODUCTS_MSG);
const PRODUCTS_MISSING = JJ_19_SAFE_PRODUCTS.require(PRODUCTS_REQ, PRODUCTS_REQ, PRODUCTS_MSG);

/** 第八条(一) applies to 建设类 projects in the 入库程序 or whose panel / review is on record. */
const expertStage = (p: ProjectFacts): boolean => isBuild(p) && (isLibraryStage(p) || numField(p, FIELD.panelSize) !== undefined || expertClosed(p));

export const preReviewRules: readonly RuleDef[] = [
  // 第六条: 预审 opinion on 必要性 / 方案合理性 / 建设紧迫性 (P2; the decision persists into the 入库 stage).
  JJ_06_PREREVIEW.rule(() => PREREVIEW),

  // 第八条(一): the expert panel's eight conclusions.
  JJ_08_REVIEW_CHECKLIST.rule(({ facts: { project: p } }) => (isBuild(p) && isLibraryStage(p) ? CHECKLIST : null)),

  // 第八条(一) "随机抽选…与定向选取…相结合": every member random or directed, at least one random (inferred).
  JJ_08_PANEL_MIX.rule(({ facts: { project: p } }) => {
    if (!expertStage(p)) return null;
    const total = numField(p, FIELD.panelSize);
    if (total === undefined) return PANEL_NO_RECORD;
    const random = numField(p, FIELD.panelRandom) ?? 0;
    const directed = numField(p, FIELD.panelDirected) ?? 0;
    let missing: string[] | null = null;
    if (random < 1) (missing ??= []).push(PANEL_NO_RANDOM);
    if (random + directed !== total) (missing ??= []).push(PANEL_OTHER);
    return missing
      ? JJ_08_PANEL_MIX.require(PANEL_REQ, missing, PANEL_MSG, { detail: { total, random, directed } })
      : PANEL_OK;
  }),

  // 第八条(一) "定向选取专家人数不超过专家总数的1/3": 3·directed <= total (3 → 1, 5 → 1, 6 → 2).
  JJ_08_PANEL_DIRECTED_THIRD.rule(({ facts: { project: p } }) => {
    const total = numField(p, FIELD.panelSize);
    if (total === undefined) return null;
    const directed = numField(p, FIELD.panelDirected) ?? 0;
    if (3 * directed <= total) return null;
    return JJ_08_PANEL_DIRECTED_THIRD.finding(
      'REJECT',
      `定向选取专家人数不超过专家总数的1/3:专家组${total}人,最多可定向选取${Math.floor(total / 3)}人,实际定向选取${directed}人,专家组组成不符合要求,须重新确定。`,
      { detail: { total, directed, maxDirected: Math.floor(total / 3) } },
    );
  }),

  // 第八条(一): a signed opinion from every expert once the review is closed.
  JJ_08_SIGNED_OPINIONS.rule(({ facts: { project: p } }) => {
    if (!isBuild(p) || !(expertClosed(p) || isLibraryStage(p))) return null;
    const total = numField(p, FIELD.panelSize);
    const signed = numField(p, FIELD.panelSigned) ?? 0;
    if (total !== undefined && signed >= total) return signedOk(total);
    const req = [total === undefined ? '专家签字评审意见(每名专家一份)' : `专家签字评审意见(${total}份)`];
    return JJ_08_SIGNED_OPINIONS.require(req, req, SIGNED_MSG, { detail: { panelSize: total, signed } });
  }),

  // 第八条(一): opinions go to the unit only desensitised (expert identities hidden, inferred).
  JJ_08_DESENSITISE.rule(({ facts: { project: p } }) =>
    p.fields?.[FIELD.opinionsReleased] === true && p.fields?.[FIELD.opinionsDesensitised] !== true ? NOT_DESENSITISED : null,
  ),

  // 第八条(一) "对三次未能通过的项目,一年内不再组织论证评审": blocked through failure date + 12 months (the last
  // day of "一年内"); the latest failure counts once there are three or more (A-22 for exactly three).
  JJ_08_THREE_STRIKES.rule(({ facts: { project: p }, on }) => {
    const fails = p.status?.failedExpertReviews;
    if (!fails || fails.length < 3) return null;
    const last = fails[fails.length - 1];
    const until = addMonths(last, 12);
    if (on > until) return null;
    return JJ_08_THREE_STRIKES.finding(
      'LOCKOUT',
      `本项目已${fails.length}次未通过专家论证评审(最近一次${last}),一年内不再组织论证评审:${until}(含)前不予受理评审申请。`,
      { due: until, detail: { failures: fails.length, lastFailure: last } },
    );
  }),

  // 第八条(二): each of 区委网信办 / 区委保密机要局 / 区公安分局 states 满足 or 不满足; proceed only if all 满足.
  JJ_08_JOINT_REVIEW.rule(({ facts: { project: p } }) => {
    if (!isBuild(p) || !expertPassed(p)) return null;
    let missing: string[] | null = null;
    let failed: string[] | null = null;
    for (const b of JOINT_REVIEW_BODIES) {
      const r = reviewOf(p, b);
      if (r === 'fail') (failed ??= []).push(b);
      else if (r !== 'pass') (missing ??= []).push(b);
    }
    if (failed) {
      return JJ_08_JOINT_REVIEW.finding(
        'REJECT',
        `部门联审未通过:${failed.join('、')}认为方案不满足有关要求,须修改完善建设方案后重新征求意见。`,
        { detail: { notSatisfied: failed } },
      );
    }
    return missing ? JJ_08_JOINT_REVIEW.require(JOINT_REVIEW_BODIES, missing, JOINT_MSG) : JOINT_OK;
  }),

  // 第五条: the 区委保密机要局 opinion covers 国产密码应用 and 信创国产化.
  JJ_05_CRYPTO_XINCHUANG_OPINION.rule(({ facts: { project: p } }) => {
    if (!isBuild(p) || !expertPassed(p)) return null;
    const d = documentOf(p, DOC.secrecyOpinion);
    if (!d) return SECRECY_NO_DOC;
    let missing: string[] | null = null;
    for (let i = 0; i < SECRECY_TOPICS.length; i++) if (!hasName(d.chapters, SECRECY_TOPICS[i])) (missing ??= []).push(SECRECY_REQ[i]);
    return missing ? JJ_05_CRYPTO_XINCHUANG_OPINION.require(SECRECY_REQ, missing, SECRECY_MSG) : SECRECY_OK;
  }),

  // 第五条: cybersecurity opinions of 区委网信办 and 区公安分局.
  JJ_05_SECURITY_OPINION.rule(({ facts: { project: p } }) => {
    if (!isBuild(p) || !expertPassed(p)) return null;
    let missing: string[] | null = null;
    for (const t of SECURITY_REQ) if (!documentOf(p, t)) (missing ??= []).push(t);
    return missing ? JJ_05_SECURITY_OPINION.require(SECURITY_REQ, missing, SECURITY_MSG) : SECURITY_OK;
  }),

  // 第八条(三): 造价审核意见 for 建设类 after 部门联审 and 维护类 in the plan; A-18: every project in the 入库程序.
  JJ_08_COST_REVIEW.rule(({ facts: { project: p } }) => {
    const due = isLibraryStage(p) || (isBuild(p) && jointPassed(p)) || (isMaintenance(p) && inAnnualPlan(p));
    if (!due) return null;
    return costReviewed(p) ? COST_OK : COST_MISSING;
  }),

  // 第八条(四): only projects that completed 造价审核 enter the 项目库; 建设类 also passed expert and joint
  // review. A project in 储备 does not start the 入库程序 (第七条, its own overridable rule id).
  JJ_08_LIBRARY_ADMISSION.rule(({ facts: { project: p } }) => {
    if (!isLibraryStage(p)) return null;
    const reserve = inReserve(p);
    const build = isBuild(p);
    let missing: string[] | null = null;
    if (build && !expertPassed(p)) (missing ??= []).push(STEP_EXPERT);
    if (build && !jointPassed(p)) (missing ??= []).push(STEP_JOINT);
    if (!costReviewed(p)) (missing ??= []).push(STEP_COST);
    if (!missing) return reserve ? RESERVE_BLOCK : null;
    const admit = JJ_08_LIBRARY_ADMISSION.require(build ? ADMIT_REQ_BUILD : ADMIT_REQ_MAINT, missing, ADMIT_MSG);
    return reserve ? [RESERVE_BLOCK, admit] : admit;
  }, { reports: [JJ_07_RESERVE] }),

  // 第三条: integration with 智慧蓉城锦江运行管理平台.
  JJ_03_PLATFORM_CONNECT.rule(({ facts: { project: p } }) => (documentOf(p, DOC.platformPlan) ? PLATFORM_OK : PLATFORM_MISSING)),

  // 第三条: 利旧与建新相结合 (P2 reviewer checklist).
  JJ_03_REUSE.rule(() => REUSE),

  // 第三条: 先进性 (P2 reviewer checklist).
  JJ_03_ADVANCED_TECH.rule(() => ADVANCED),

  // 第十九条: product list with a 安全可靠 status per item (the reviewer confirms the statuses).
  JJ_19_SAFE_PRODUCTS.rule(({ facts: { project: p } }) => (documentOf(p, DOC.productList) ? PRODUCTS_OK : PRODUCTS_MISSING)),
];
