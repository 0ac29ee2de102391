/**
 * Every rule of this pack, declared once: its id; stage, article, check type and overridability come from the
 * catalogue (`declareRule`). The stage files define each rule (`HANDLE.rule(evaluate)`) and build its findings from
 * its handle.
 */
import { declareRule } from '../../dsl.js';
import { remedy } from '../../remedies.js';

export const SD_06_PLAN_BASIS = declareRule('SD-06-plan-basis');
export const SD_07_DOCS_DEFAULT = declareRule('SD-07-docs-default');
export const SD_07_DOCS_CIVIL_WORKS = declareRule('SD-07-docs-civil-works');
export const SD_07_JOINT_OVERALL_PLAN = declareRule('SD-07-joint-overall-plan');
export const SD_27_DATA_ATTRIBUTES = declareRule('SD-27-data-attributes', {
  remedies: {
    '数据资源(信息资源目录条目)': remedy.dataResource('name'),
    '*:数据来源': remedy.dataResource('source'),
    '*:格式': remedy.dataResource('format'),
    '*:更新': remedy.dataResource('updateFrequency'),
    '*:共享属性': remedy.dataResource('sharingType'),
    '*:开放属性': remedy.dataResource('openingType'),
  },
});
export const SD_02_SCOPE = declareRule('SD-02-scope');
export const SD_02_EXCLUDE_OFFICE = declareRule('SD-02-exclude-office');
export const SD_04_GSMO_REVIEW = declareRule('SD-04-gsmo-review');
export const SD_04_NDRC = declareRule('SD-04-ndrc');
export const SD_04_FINANCE = declareRule('SD-04-finance');
export const SD_04_CLASSIFIED = declareRule('SD-04-classified');
export const SD_04_MULTILEVEL = declareRule('SD-04-multilevel');
export const SD_10_MINISTRY_CONSENT = declareRule('SD-10-ministry-consent');
export const SD_40_LOCAL_ADOPTION = declareRule('SD-40-local-adoption');
export const SD_08_CENTRAL_REVIEW = declareRule('SD-08-central-review');
export const SD_27_CATALOGUE_REQUIRED = declareRule('SD-27-catalogue-required');
export const SD_14_CROSS_DEPT_MECHANISM = declareRule('SD-14-cross-dept-mechanism');
export const SD_30_RISK_GRADING = declareRule('SD-30-risk-grading');
export const SD_31_CRYPTO_SYNC = declareRule('SD-31-crypto-sync');
export const SD_32_AUTONOMOUS_PRODUCTS = declareRule('SD-32-autonomous-products');
export const SD_12_FULL_PROCESS = declareRule('SD-12-full-process');
export const SD_09_OPINION_PREREQ = declareRule('SD-09-opinion-prereq', { remedies: { 省政务服务管理办公室审核意见: remedy.authorityRecord('省政务服务管理办公室', '省政务服务管理办公室审核意见') } });
export const SD_11_FUNDS_BASIS = declareRule('SD-11-funds-basis');
export const SD_17_NO_OVERRUN = declareRule('SD-17-no-overrun', { remedies: { 批复投资预算: remedy.milestone('approval') } });
export const SD_17_SURPLUS_RETURN = declareRule('SD-17-surplus-return');
export const SD_19_SUSPENDED = declareRule('SD-19-suspended');
export const SD_23_UNACCEPTED_NO_FUNDS = declareRule('SD-23-unaccepted-no-funds');
export const SD_29_SHARING_PLATFORM = declareRule('SD-29-sharing-platform');
export const SD_28_SHARING_BASIS = declareRule('SD-28-sharing-basis');
export const SD_34_SANCTIONS = declareRule('SD-34-sanctions');
export const SD_25_LEVEL_SPLIT = declareRule('SD-25-level-split');
/** Year-end report of progress and budget execution to two departments: a month ahead (decision 062). */
export const SD_16_ANNUAL_REPORT = declareRule('SD-16-annual-report', { reminderPoints: [20, 10, 3] });
export const SD_22_ORGANISER = declareRule('SD-22-organiser');
/** Reminders a month of working days ahead: the 验收 papers include an audit and a security assessment (weeks), and an extension must be asked for before the due date (decision 062). */
export const SD_23_APPLY_3M = declareRule('SD-23-apply-3m', { reminderPoints: [20, 10, 3] });
export const SD_23_REPORT_CONTENTS = declareRule('SD-23-report-contents');
export const SD_23_EXTENSION = declareRule('SD-23-extension');
export const SD_23_ORGANISE_TIMELY = declareRule('SD-23-organise-timely');
export const SD_20_ARCHIVES = declareRule('SD-20-archives');
export const SD_28_CATALOGUE_REGISTERED = declareRule('SD-28-catalogue-registered');
export const SD_32_ACCEPTANCE_PRODUCTS = declareRule('SD-32-acceptance-products');
/** 自评价报告 at the end of a 12-month window: started a month ahead (decision 062). */
export const SD_24_POST_EVAL_12_24M = declareRule('SD-24-post-eval-12-24m', { reminderPoints: [20, 10, 3] });
export const SD_24_THIRD_PARTY = declareRule('SD-24-third-party');
export const SD_19_INCIDENT_REPORT = declareRule('SD-19-incident-report');
export const SD_34_RECTIFICATION = declareRule('SD-34-rectification');
export const SD_03_FULL_SCOPE_FILING = declareRule('SD-03-full-scope-filing');
export const SD_10_MINISTRY_FILING = declareRule('SD-10-ministry-filing');
/** A 5-working-day deadline: a 10-day point would lie before the contract was signed; one reminder 3 days ahead (decision 062). */
export const SD_13_CONTRACT_5WD = declareRule('SD-13-contract-5wd', { reminderPoints: [3] });
export const SD_13_PROCURE_APPROVED_CONTENT = declareRule('SD-13-procure-approved-content');
export const SD_18_CHANGE_PRIOR_APPLICATION = declareRule('SD-18-change-prior-application', {
  remedies: { 事先提交的调整申请: remedy.record('change_application'), 省政务服务管理办公室重新审核意见: remedy.review('省政务服务管理办公室', '调整申请审核意见') },
});
export const SD_23_ACCEPTANCE_FILING = declareRule('SD-23-acceptance-filing');
