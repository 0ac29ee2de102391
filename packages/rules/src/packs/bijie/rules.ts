/**
 * Every rule of this pack, declared once: its id; stage, article, check type and overridability come from the
 * catalogue (`declareRule`). The stage files define each rule (`HANDLE.rule(evaluate)`) and build its findings from
 * its handle.
 */
import { declareRule } from '../../dsl.js';
import { remedy } from '../../remedies.js';

export const BJ_02_APPLICANT = declareRule('BJ-02-applicant');
export const BJ_06_NEXT_YEAR_CALL = declareRule('BJ-06-next-year-call');
export const BJ_05_DEMAND_FIELDS = declareRule('BJ-05-demand-fields');
export const BJ_13_SERVICE_PLAN_FIELDS = declareRule('BJ-13-service-plan-fields');
export const BJ_13_SERVICE_PLAN_IN_PLAN = declareRule('BJ-13-service-plan-in-plan');
export const BJ_32_PERF_TARGETS = declareRule('BJ-32-perf-targets');
export const BJ_08_ATTESTATION = declareRule('BJ-08-attestation');
export const BJ_03_DEDUP_COUNTY = declareRule('BJ-03-dedup-county');
export const BJ_02_SCOPE = declareRule('BJ-02-scope');
export const BJ_02_SERVICE_TYPE = declareRule('BJ-02-service-type');
export const BJ_03_PIPELINE = declareRule('BJ-03-pipeline');
export const BJ_09_PLAN_APPROVAL = declareRule('BJ-09-plan-approval');
export const BJ_10_UPPER_FUNDS = declareRule('BJ-10-upper-funds');
export const BJ_10_SOE_SELF_FUNDED = declareRule('BJ-10-soe-self-funded');
export const BJ_34_THIRD_PARTY_SYSTEM = declareRule('BJ-34-third-party-system');
export const BJ_34_UPPER_SELF_FUNDS = declareRule('BJ-34-upper-self-funds');
export const BJ_34_COUNTY_1M = declareRule('BJ-34-county-1m');
export const BJ_35_COUNTY_REFERENCE = declareRule('BJ-35-county-reference');
export const BJ_05_PLAN_FIT = declareRule('BJ-05-plan-fit');
export const BJ_05_CRYPTO_REVIEWED = declareRule('BJ-05-crypto-reviewed', {
  remedies: { '密码应用方案评审(专家评审或第三方专业测评机构评估)通过': remedy.review('毕节市大数据主管部门', '密码应用方案专家评审', '密码应用方案第三方测评机构评估') },
});
export const BJ_06_INITIAL_REVIEW = declareRule('BJ-06-initial-review', { remedies: { '大数据部门初审意见(通过)': remedy.review('毕节市大数据主管部门', '需求方案初审') } });
export const BJ_07_THIRD_PARTY_REVIEW = declareRule('BJ-07-third-party-review');
export const BJ_08_ADMISSION = declareRule('BJ-08-admission');
export const BJ_14_SERVICE_PLAN_REVIEW = declareRule('BJ-14-service-plan-review');
export const BJ_15_PROCURE_REVIEWED_PLAN = declareRule('BJ-15-procure-reviewed-plan');
export const BJ_22_DATA_CATALOGUE = declareRule('BJ-22-data-catalogue');
export const BJ_23_CLASSIFY_GRADE = declareRule('BJ-23-classify-grade', {
  remedies: { '*:分类': remedy.dataResource('classification'), '*:分级': remedy.dataResource('grade'), '*:共享类型': remedy.dataResource('sharingType'), '*:开放类型': remedy.dataResource('openingType') },
});
export const BJ_24_SHARE_CATALOGUE = declareRule('BJ-24-share-catalogue');
export const BJ_25_OPEN_CATALOGUE = declareRule('BJ-25-open-catalogue');
export const BJ_27_DOMESTIC_PRODUCTS = declareRule('BJ-27-domestic-products');
export const BJ_29_DATA_SECURITY = declareRule('BJ-29-data-security');
export const BJ_10_LIBRARY_AND_PLAN = declareRule('BJ-10-library-and-plan', {
  remedies: {
    '年度实施计划(市人民政府批准)': remedy.authorityRecord('市人民政府', '年度实施计划(市人民政府批准)'),
    年度实施计划: remedy.authorityRecord('市人民政府', '年度实施计划'),
    财政部门预算审核: remedy.authorityRecord('市财政局', '财政部门预算审核'),
  },
});
export const BJ_10_SOE_NO_FISCAL = declareRule('BJ-10-soe-no-fiscal');
export const BJ_11_SUPPORT_SCOPE = declareRule('BJ-11-support-scope');
export const BJ_11_1_STAFF_PUBLIC = declareRule('BJ-11-1-staff-public');
export const BJ_11_2_BUSINESS_OPS = declareRule('BJ-11-2-business-ops');
export const BJ_11_3_OFFICE_BUILDING = declareRule('BJ-11-3-office-building');
export const BJ_12_SLOW_EXECUTION = declareRule('BJ-12-slow-execution');
export const BJ_16_CONTRACT_BEFORE_PAY = declareRule('BJ-16-contract-before-pay', { remedies: { 项目批复: remedy.milestone('approval'), 项目三方服务合同: remedy.milestone('contract_signed', 'department') } });
export const BJ_31_BLOCK = declareRule('BJ-31-block');
export const BJ_31_1_NONCOMPLIANT = declareRule('BJ-31-1-noncompliant');
export const BJ_31_2_UNAUTHORISED_CHANGE = declareRule('BJ-31-2-unauthorised-change');
export const BJ_31_3_NOT_ON_CITY_CLOUD = declareRule('BJ-31-3-not-on-city-cloud');
export const BJ_31_4_NOT_ON_SERVICE_PLATFORM = declareRule('BJ-31-4-not-on-service-platform');
export const BJ_31_5_NO_SHARING = declareRule('BJ-31-5-no-sharing');
export const BJ_31_6_SECURITY = declareRule('BJ-31-6-security');
export const BJ_31_7_NO_DOMESTIC_CRYPTO = declareRule('BJ-31-7-no-domestic-crypto');
export const BJ_31_8_THIRD_PARTY_SYSTEM = declareRule('BJ-31-8-third-party-system');
export const BJ_31_9_OTHER = declareRule('BJ-31-9-other');
export const BJ_32_EX_ANTE_MAJOR = declareRule('BJ-32-ex-ante-major');
export const BJ_33_EVAL_BASIS = declareRule('BJ-33-eval-basis');
export const BJ_20_ACCEPTANCE = declareRule('BJ-20-acceptance');
export const BJ_28_ANNUAL_SECURITY_REPORTS = declareRule('BJ-28-annual-security-reports');
export const BJ_32_PERFORMANCE_MONITORING = declareRule('BJ-32-performance-monitoring');
export const BJ_33_COMPREHENSIVE_EVAL = declareRule('BJ-33-comprehensive-eval');
export const BJ_31_RECTIFICATION_REPORT = declareRule('BJ-31-rectification-report');
export const BJ_16_TRIPARTITE_CONTRACT = declareRule('BJ-16-tripartite-contract');
export const BJ_28_CONTRACT_CLAUSES = declareRule('BJ-28-contract-clauses');
export const BJ_15_PROCUREMENT_RECORD = declareRule('BJ-15-procurement-record');
export const BJ_19_CHANGE_APPROVAL = declareRule('BJ-19-change-approval');
