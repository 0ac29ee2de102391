/**
 * Every rule of this pack, declared once: its id; stage, article, check type and overridability come from the
 * catalogue (`declareRule`). The stage files define each rule (`HANDLE.rule(evaluate)`) and build its findings from
 * its handle.
 */
import { declareRule } from '../../dsl.js';
import { remedy } from '../../remedies.js';

/** 第七条: the authority record that puts a project in the annual plan (纳入年度计划), ending its 储备. */
export const ANNUAL_PLAN_RECORD = '年度计划:区政府常务会议';

export const JJ_02_APPLICANT = declareRule('JJ-02-applicant');
export const JJ_06_LEADER_SIGNOFF = declareRule('JJ-06-leader-signoff', { remedies: { '分管区领导审核同意(会议纪要或领导签批)': remedy.document('会议纪要', '领导签批') } });
export const JJ_06_BUILD_FIELDS = declareRule('JJ-06-build-fields');
export const JJ_06_MAINT_FIELDS = declareRule('JJ-06-maint-fields');
export const JJ_06_MAINT_PERIOD_3Y = declareRule('JJ-06-maint-period-3y', { remedies: { '服务周期(月)': remedy.topField('servicePeriodMonths', ['1–36 的整数']) } });
export const JJ_06_ATTESTATION = declareRule('JJ-06-attestation');
export const JJ_19_SAFETY_STATEMENT = declareRule('JJ-19-safety-statement');
export const JJ_07_BATCH_CUTOFFS = declareRule('JJ-07-batch-cutoffs');
export const JJ_08_BUILD_SCHEME = declareRule('JJ-08-build-scheme');
export const JJ_08_BUDGET_DOC = declareRule('JJ-08-budget-doc');
export const JJ_02_SCOPE = declareRule('JJ-02-scope');
export const JJ_02_FUNDING_MODEL = declareRule('JJ-02-funding-model');
export const JJ_04_TIER_BASIC = declareRule('JJ-04-tier-basic');
export const JJ_04_STREET_NO_DUP = declareRule('JJ-04-street-no-dup');
export const JJ_04_ONSHELF_EVAL = declareRule('JJ-04-onshelf-eval');
export const JJ_05_SURVEYING = declareRule('JJ-05-surveying');
export const JJ_06_PLAN_30W = declareRule('JJ-06-plan-30w');
export const JJ_07_RESERVE = declareRule('JJ-07-reserve');
export const JJ_07_PLAN_APPROVAL = declareRule('JJ-07-plan-approval');
export const JJ_07_TEMP_ADDITION = declareRule('JJ-07-temp-addition');
export const JJ_07_114_PROCEDURE = declareRule('JJ-07-114-procedure');
export const JJ_08_BUILD_PIPELINE = declareRule('JJ-08-build-pipeline');
export const JJ_08_MAINT_PIPELINE = declareRule('JJ-08-maint-pipeline');
export const JJ_08_ORGANISER_SWITCH = declareRule('JJ-08-organiser-switch');
export const JJ_10_SCOPE = declareRule('JJ-10-scope');
export const JJ_10_BELOW_400W = declareRule('JJ-10-below-400w');
export const JJ_10_400W_3000W = declareRule('JJ-10-400w-3000w');
export const JJ_10_3000W_PLUS = declareRule('JJ-10-3000w-plus');
export const JJ_06_PREREVIEW = declareRule('JJ-06-prereview');
export const JJ_08_REVIEW_CHECKLIST = declareRule('JJ-08-review-checklist');
export const JJ_08_PANEL_MIX = declareRule('JJ-08-panel-mix', {
  remedies: { '专家组组成记录(随机抽选与定向选取人数)': remedy.field('专家组人数', ['整数;另填 随机抽选专家人数、定向选取智慧蓉城专家人数,两者之和等于专家组人数']) },
});
export const JJ_08_PANEL_DIRECTED_THIRD = declareRule('JJ-08-panel-directed-third');
export const JJ_08_SIGNED_OPINIONS = declareRule('JJ-08-signed-opinions', { remedies: { '*份)': remedy.field('签字评审意见份数', ['不少于专家组人数的整数']) } });
export const JJ_08_DESENSITISE = declareRule('JJ-08-desensitise');
export const JJ_08_THREE_STRIKES = declareRule('JJ-08-three-strikes');
export const JJ_08_JOINT_REVIEW = declareRule('JJ-08-joint-review');
export const JJ_05_CRYPTO_XINCHUANG_OPINION = declareRule('JJ-05-crypto-xinchuang-opinion');
export const JJ_05_SECURITY_OPINION = declareRule('JJ-05-security-opinion');
export const JJ_08_COST_REVIEW = declareRule('JJ-08-cost-review');
export const JJ_08_LIBRARY_ADMISSION = declareRule('JJ-08-library-admission', {
  remedies: {
    '专家评审(通过)': remedy.review('智慧锦江建设领导小组办公室', '专家评审'),
    '部门联审(各部门意见均为满足)': remedy.review('智慧锦江建设领导小组办公室', '区委网信办', '区委保密机要局', '区公安分局'),
    '造价审核(完成)': remedy.review('智慧锦江建设领导小组办公室', '造价审核'),
  },
});
export const JJ_03_PLATFORM_CONNECT = declareRule('JJ-03-platform-connect');
export const JJ_03_REUSE = declareRule('JJ-03-reuse');
export const JJ_03_ADVANCED_TECH = declareRule('JJ-03-advanced-tech');
export const JJ_19_SAFE_PRODUCTS = declareRule('JJ-19-safe-products');
export const JJ_09_LIBRARY_ONLY = declareRule('JJ-09-library-only');
export const JJ_07_RESERVE_NO_FUNDS = declareRule('JJ-07-reserve-no-funds', { remedies: { [ANNUAL_PLAN_RECORD]: remedy.authorityRecord('区人民政府常务会议', ANNUAL_PLAN_RECORD) } });
export const JJ_10_DECISION_GATE = declareRule('JJ-10-decision-gate');
export const JJ_16_STOPPED_NO_OM = declareRule('JJ-16-stopped-no-om');
export const JJ_17_EVAL_BASIS = declareRule('JJ-17-eval-basis');
export const JJ_17_SANCTIONS = declareRule('JJ-17-sanctions');
export const JJ_08_REVIEW_FEES = declareRule('JJ-08-review-fees');
export const JJ_14_ACCEPTANCE_PER_CONTRACT = declareRule('JJ-14-acceptance-per-contract');
export const JJ_14_NO_USE_BEFORE_ACCEPTANCE = declareRule('JJ-14-no-use-before-acceptance');
export const JJ_14_LATE_EXPLANATION = declareRule('JJ-14-late-explanation');
export const JJ_17_ANNUAL_EVAL = declareRule('JJ-17-annual-eval');
export const JJ_17_FAIL_RECTIFY = declareRule('JJ-17-fail-rectify');
export const JJ_12_PROGRESS_WARNINGS = declareRule('JJ-12-progress-warnings');
export const JJ_18_PERIODIC_TESTING = declareRule('JJ-18-periodic-testing');
export const JJ_19_ACCEPTANCE_ITEMS = declareRule('JJ-19-acceptance-items');
export const JJ_03_PLATFORM_VERIFIED = declareRule('JJ-03-platform-verified');
export const JJ_09_UPPER_FUNDS_FILING = declareRule('JJ-09-upper-funds-filing');
export const JJ_09_SOCIAL_FUNDS_FILING = declareRule('JJ-09-social-funds-filing');
export const JJ_11_CONTRACT_7WD = declareRule('JJ-11-contract-7wd');
export const JJ_15_ACCEPTANCE_7WD = declareRule('JJ-15-acceptance-7wd');
export const JJ_15_ACCEPTANCE_FIELDS = declareRule('JJ-15-acceptance-fields');
export const JJ_16_STOP_NOTICE_3M = declareRule('JJ-16-stop-notice-3m');
