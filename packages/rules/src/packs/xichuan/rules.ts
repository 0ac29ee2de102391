/**
 * Every rule of this pack, declared once: its id; stage, article, check type and overridability come from the
 * catalogue (`declareRule`). The stage files define each rule (`HANDLE.rule(evaluate)`) and build its findings from
 * its handle.
 */
import { declareRule } from '../../dsl.js';
import { remedy } from '../../remedies.js';

export const XC_02_APPLICANT = declareRule('XC-02-applicant');
export const XC_07_ANNUAL_0630 = declareRule('XC-07-annual-0630');
export const XC_07_SUBMITTER = declareRule('XC-07-submitter', { remedies: { 经项目建设单位主管部门报送: remedy.topField('applicant.viaCompetentDepartment', ['true']) } });
export const XC_09_DOCS_INVEST = declareRule('XC-09-docs-invest');
export const XC_12_AI_NEEDS = declareRule('XC-12-ai-needs');
export const XC_13_RESPONSIBLE_PERSON = declareRule('XC-13-responsible-person', { remedies: { 项目实施机构: remedy.topField('implementingBody'), 项目责任人: remedy.topField('responsiblePerson') } });
export const XC_02_SCOPE = declareRule('XC-02-scope');
export const XC_02_COMPOSITE = declareRule('XC-02-composite');
export const XC_04_CAT_INVEST = declareRule('XC-04-cat-invest');
export const XC_04_CAT_SERVICE = declareRule('XC-04-cat-service');
export const XC_06_ORIGIN = declareRule('XC-06-origin', {
  remedies: { '项目来源(上级政府明确要求/县政府研究决定/项目建设单位按程序上报)': remedy.topField('origin', ['upper_required', 'county_gov_decided', 'unit_applied']) },
});
export const XC_05_ROUTING = declareRule('XC-05-routing');
export const XC_07_PATH_INVEST = declareRule('XC-07-path-invest');
export const XC_07_PATH_SIMPLE = declareRule('XC-07-path-simple');
export const XC_08_TEMPORARY = declareRule('XC-08-temporary');
export const XC_21_OM_MODE = declareRule('XC-21-om-mode', { remedies: { '运行维护方式(自管/集中运维/外包运维)': remedy.field('运行维护方式', ['自管', '集中运维', '外包运维']) } });
export const XC_10_EXTRA_APPROVALS = declareRule('XC-10-extra-approvals');
export const XC_38_CLASSIFIED = declareRule('XC-38-classified');
export const XC_07_REVIEW_CRITERIA = declareRule('XC-07-review-criteria');
export const XC_25_NO_OWN_INFRA = declareRule('XC-25-no-own-infra');
export const XC_25_CLOUD_DEPLOY = declareRule('XC-25-cloud-deploy', {
  remedies: { '部署位置(县级政务云平台/县级电子政务网络平台)': remedy.topField('deploymentTarget', ['县级政务云平台', '县级电子政务网络平台']) },
});
export const XC_25_MIGRATE = declareRule('XC-25-migrate');
export const XC_26_SHARING_CHAPTER = declareRule('XC-26-sharing-chapter');
export const XC_26_CONSULTANT_OPINION = declareRule('XC-26-consultant-opinion');
export const XC_27_SHARING_MECHANISM = declareRule('XC-27-sharing-mechanism');
export const XC_30_SECURITY_SYSTEM = declareRule('XC-30-security-system');
export const XC_31_CRYPTO_SYNC = declareRule('XC-31-crypto-sync');
export const XC_32_GRADED_PROTECTION = declareRule('XC-32-graded-protection');
export const XC_33_RELIABLE_PRODUCTS = declareRule('XC-33-reliable-products');
export const XC_03_FRUGALITY = declareRule('XC-03-frugality');
export const XC_07_UNREVIEWED = declareRule('XC-07-unreviewed', { remedies: { 技术性审查: remedy.authorityRecord('县行政审批和政务信息管理局', '技术性审查') } });
export const XC_11_DISBURSE_BASIS = declareRule('XC-11-disburse-basis', { remedies: { 投资计划: remedy.authorityRecord('县发展改革委', '投资计划'), 项目实施意见: remedy.authorityRecord('县行政审批和政务信息管理局', '项目实施意见') } });
export const XC_11_PER_APPROVAL = declareRule('XC-11-per-approval');
export const XC_11_SURPLUS_RETURN = declareRule('XC-11-surplus-return');
export const XC_22_OM_REVIEW_OPINION = declareRule('XC-22-om-review-opinion');
export const XC_22_EXPENDITURE_STANDARD = declareRule('XC-22-expenditure-standard');
export const XC_23_1_NO_SHARING = declareRule('XC-23-1-no-sharing');
export const XC_23_2A_STOPPED_UNUSED = declareRule('XC-23-2a-stopped-unused');
export const XC_23_2B_EVAL_FAILED = declareRule('XC-23-2b-eval-failed');
export const XC_23_3_OTHER = declareRule('XC-23-3-other');
export const XC_25_NO_THIRD_PARTY_CLOUD_RENEWAL = declareRule('XC-25-no-third-party-cloud-renewal');
export const XC_21_OUTSOURCED_PROCUREMENT = declareRule('XC-21-outsourced-procurement');
export const XC_35_SANCTIONS = declareRule('XC-35-sanctions');
export const XC_37_THIRD_PARTY_EVAL = declareRule('XC-37-third-party-eval');
export const XC_27_SHARING_BASIS = declareRule('XC-27-sharing-basis');
/** 验收 materials include an audit and a security assessment; a written explanation with a new date is due before the deadline (第十九条): a month ahead (decision 062). */
export const XC_18_ACCEPTANCE_6M = declareRule('XC-18-acceptance-6m', { reminderPoints: [20, 10, 3] });
export const XC_18_PARTICIPANTS = declareRule('XC-18-participants');
export const XC_18_MATERIALS = declareRule('XC-18-materials');
export const XC_19_LATE_EXPLANATION = declareRule('XC-19-late-explanation');
export const XC_19_FAILED_RECTIFY_1M = declareRule('XC-19-failed-rectify-1m');
export const XC_05_INITIAL_ACCEPTANCE = declareRule('XC-05-initial-acceptance');
export const XC_12_AI_ACCEPTANCE = declareRule('XC-12-ai-acceptance');
export const XC_33_ACCEPTANCE_PRODUCTS = declareRule('XC-33-acceptance-products');
export const XC_20_UNUSED_REPORT = declareRule('XC-20-unused-report');
export const XC_35_RECTIFICATION = declareRule('XC-35-rectification');
export const XC_37_MONITORING = declareRule('XC-37-monitoring');
export const XC_05_SERVICE_PERF_EVAL = declareRule('XC-05-service-perf-eval');
export const XC_15_CONTRACT_CONTENTS = declareRule('XC-15-contract-contents');
export const XC_15_SERVICE_CONTRACT = declareRule('XC-15-service-contract');
export const XC_15_NO_SUBCONTRACT = declareRule('XC-15-no-subcontract');
export const XC_14_PROCURE_PER_APPROVAL = declareRule('XC-14-procure-per-approval');
export const XC_16_SUPERVISION = declareRule('XC-16-supervision');
export const XC_17_NO_UNAUTHORISED_CHANGE = declareRule('XC-17-no-unauthorised-change');
export const XC_17_CHANGE_SELF = declareRule('XC-17-change-self');
export const XC_17_CHANGE_TECH_OPINION = declareRule('XC-17-change-tech-opinion');
export const XC_17_CHANGE_BEFORE_APPROVAL = declareRule('XC-17-change-before-approval');
export const XC_17_CHANGE_OTHER = declareRule('XC-17-change-other');
export const XC_20_SHUTDOWN_FILING = declareRule('XC-20-shutdown-filing', { remedies: { 县行政审批和政务信息管理局核准: remedy.review('县行政审批和政务信息管理局', '关停核准') } });
export const XC_28_ANNUAL_CATALOGUE = declareRule('XC-28-annual-catalogue');
export const XC_05_COUNTY_CATALOGUE = declareRule('XC-05-county-catalogue');
