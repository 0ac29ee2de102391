/**
 * Every rule of this pack, declared once: its id; stage, article, check type and overridability come from the
 * catalogue (`declareRule`). The stage files define each rule (`HANDLE.rule(evaluate)`) and build its findings from
 * its handle.
 */
import { declareRule } from '../../dsl.js';
import { remedy } from '../../remedies.js';

export const HS_07_ANNUAL_0630 = declareRule('HS-07-annual-0630');
export const HS_07_DEPT_CONSOLIDATED = declareRule('HS-07-dept-consolidated');
export const HS_08_DOCS_600K = declareRule('HS-08-docs-600k');
export const HS_08_DOCS_BELOW_600K = declareRule('HS-08-docs-below-600k');
export const HS_08_OM_NEW_WINDOW = declareRule('HS-08-om-new-window');
export const HS_08_OM_RENEWAL_WINDOW = declareRule('HS-08-om-renewal-window');
export const HS_11_PROJECT_CODE = declareRule('HS-11-project-code');
export const HS_15_CROSS_DEPT_FRAMEWORK = declareRule('HS-15-cross-dept-framework');
export const HS_17_RESPONSIBLE_PERSON = declareRule('HS-17-responsible-person', { remedies: { 项目实施机构: remedy.topField('implementingBody'), 项目责任人: remedy.topField('responsiblePerson') } });
export const HS_02_SCOPE = declareRule('HS-02-scope');
export const HS_41_EMBEDDED = declareRule('HS-41-embedded');
export const HS_02_CAT_BUILD = declareRule('HS-02-cat-build');
export const HS_02_UPGRADE_AS_OM = declareRule('HS-02-upgrade-as-om');
export const HS_02_CAT_PROCURE = declareRule('HS-02-cat-procure');
export const HS_02_CAT_OM = declareRule('HS-02-cat-om');
export const HS_04_ROUTING = declareRule('HS-04-routing');
export const HS_04_COMMON_PROJECTS = declareRule('HS-04-common-projects');
export const HS_10_PATH_URGENT = declareRule('HS-10-path-urgent', { remedies: { 增补依据: remedy.field('增补依据', ['第十条所列增补依据之一']) } });
export const HS_12_PLAN_PRECONDITION = declareRule('HS-12-plan-precondition');
export const HS_12_PATH_600K = declareRule('HS-12-path-600k');
export const HS_12_PATH_BELOW_600K = declareRule('HS-12-path-below-600k');
export const HS_12_PATH_OM = declareRule('HS-12-path-om');
export const HS_12_URGENT_3IN1 = declareRule('HS-12-urgent-3in1');
export const HS_12_SIMPLIFIED = declareRule('HS-12-simplified');
export const HS_13_EXTRA_APPROVALS = declareRule('HS-13-extra-approvals');
export const HS_16_OTHER_CHANNEL = declareRule('HS-16-other-channel');
export const HS_33_SELF_OM = declareRule('HS-33-self-om');
export const HS_05_NO_BUILD_BEFORE_APPROVAL = declareRule('HS-05-no-build-before-approval');
export const HS_06_1_UPGRADE_INSTEAD = declareRule('HS-06-1-upgrade-instead');
export const HS_06_2_SHAREABLE = declareRule('HS-06-2-shareable');
export const HS_06_3_ISOLATED = declareRule('HS-06-3-isolated');
export const HS_06_4_UNCLEAR_TARGETS = declareRule('HS-06-4-unclear-targets');
export const HS_06_5_LOW_USAGE_LOCKOUT = declareRule('HS-06-5-low-usage-lockout');
export const HS_06_6_NOT_SCRAPPED = declareRule('HS-06-6-not-scrapped');
export const HS_09_PREREVIEW = declareRule('HS-09-prereview');
export const HS_09_EXPERT_REVIEW = declareRule('HS-09-expert-review');
export const HS_09_LIBRARY_ADMISSION = declareRule('HS-09-library-admission');
export const HS_11_PREREQ_COMPLETE = declareRule('HS-11-prereq-complete');
export const HS_14_CHAPTERS = declareRule('HS-14-chapters');
export const HS_14_DATA_CATALOGUE = declareRule('HS-14-data-catalogue');
export const HS_14_SHARING_MECHANISM = declareRule('HS-14-sharing-mechanism');
export const HS_15_NO_OVERLAP = declareRule('HS-15-no-overlap');
export const HS_18_INTENSIVE = declareRule('HS-18-intensive');
export const HS_19_CRYPTO_SYNC = declareRule('HS-19-crypto-sync');
export const HS_19_CLASSIFIED_FACILITIES = declareRule('HS-19-classified-facilities');
export const HS_20_SAFETY_STATEMENT = declareRule('HS-20-safety-statement');
export const HS_27_SECURITY_SYNC = declareRule('HS-27-security-sync');
export const HS_05_NOT_IN_LIBRARY = declareRule('HS-05-not-in-library');
export const HS_05_APPROVED_BEFORE_PAY = declareRule('HS-05-approved-before-pay', { remedies: { 项目审批部门批复: remedy.milestone('approval') } });
export const HS_22_WITHIN_ESTIMATE = declareRule('HS-22-within-estimate');
export const HS_22_SURPLUS_RETURN = declareRule('HS-22-surplus-return');
export const HS_22_TREASURY = declareRule('HS-22-treasury');
export const HS_25_PREP_COSTS = declareRule('HS-25-prep-costs');
export const HS_24_FREE_OM_NO_PAID_OM = declareRule('HS-24-free-om-no-paid-om');
export const HS_35_1_NO_SHARING = declareRule('HS-35-1-no-sharing');
export const HS_35_2A_GOV_SERVICE_PLATFORM = declareRule('HS-35-2a-gov-service-platform');
export const HS_35_2B_OFFICE_PLATFORM = declareRule('HS-35-2b-office-platform');
export const HS_35_3_SECURITY = declareRule('HS-35-3-security');
export const HS_35_4_STOPPED_ZOMBIE = declareRule('HS-35-4-stopped-zombie');
export const HS_21_SUSPENDED = declareRule('HS-21-suspended');
export const HS_37_SANCTIONS = declareRule('HS-37-sanctions');
export const HS_32_EVAL_BASIS = declareRule('HS-32-eval-basis');
export const HS_14_SHARING_BASIS = declareRule('HS-14-sharing-basis');
export const HS_40_OM_AUDIT_LOG = declareRule('HS-40-om-audit-log');
/** Reminders a month of working days ahead: the 验收 papers include an audit and a security assessment (weeks), and an extension must be asked for before the due date (decision 062). */
export const HS_28_ACCEPTANCE_6M = declareRule('HS-28-acceptance-6m', { reminderPoints: [20, 10, 3] });
export const HS_28_EXTENSION = declareRule('HS-28-extension', { remedies: { 延期验收申请: remedy.record('extension_request') } });
export const HS_28_SPOT_CHECK = declareRule('HS-28-spot-check');
export const HS_29_CLASSIFIED_GOLIVE = declareRule('HS-29-classified-golive');
export const HS_20_ACCEPTANCE_ITEMS = declareRule('HS-20-acceptance-items');
/** 绩效自评报告 by year end: an evaluation of the year's targets, prepared over weeks (decision 062). */
export const HS_30_ANNUAL_SELF_EVAL = declareRule('HS-30-annual-self-eval', { reminderPoints: [20, 10, 3] });
export const HS_30_1_BUILD_CONTENT = declareRule('HS-30-1-build-content');
export const HS_30_2_PROCURE_CONTENT = declareRule('HS-30-2-procure-content');
export const HS_30_3_OM_CONTENT = declareRule('HS-30-3-om-content');
export const HS_30_EX_ANTE = declareRule('HS-30-ex-ante');
export const HS_26_ASSET_ARCHIVE = declareRule('HS-26-asset-archive', { remedies: { 国有资产登记记录: remedy.record('asset_registration'), 项目档案: remedy.record('project_archive') } });
/** 自评价报告 to two recipients at the end of a 12-month window: started a month ahead (decision 062). */
export const HS_31_POST_EVAL_12_24M = declareRule('HS-31-post-eval-12-24m', {
  reminderPoints: [20, 10, 3],
  remedies: { '自评价报告(报项目审批部门)': remedy.record('self_evaluation'), '自评价报告(报财政部门)': remedy.record('self_evaluation_finance') },
});
export const HS_32_POST_EVAL = declareRule('HS-32-post-eval');
export const HS_06_5_LOCKOUT_CLOCK = declareRule('HS-06-5-lockout-clock');
export const HS_24_FREE_OM_END = declareRule('HS-24-free-om-end');
export const HS_35_4_ZOMBIE_SCAN = declareRule('HS-35-4-zombie-scan');
export const HS_21_INCIDENT_REPORT = declareRule('HS-21-incident-report');
export const HS_37_RECTIFICATION = declareRule('HS-37-rectification');
export const HS_39_PERIODIC_ASSESSMENTS = declareRule('HS-39-periodic-assessments');
export const HS_16_FILING_FIELDS = declareRule('HS-16-filing-fields');
export const HS_23_CHANGE_SELF = declareRule('HS-23-change-self');
export const HS_23_CHANGE_OTHER = declareRule('HS-23-change-other');
export const HS_24_CONTRACT_WARRANTY = declareRule('HS-24-contract-warranty');
export const HS_28_ACCEPTANCE_FILING = declareRule('HS-28-acceptance-filing');
export const HS_04_DJCP_FILING = declareRule('HS-04-djcp-filing');
export const HS_17_PROCUREMENT_RECORDS = declareRule('HS-17-procurement-records');
