/**
 * The benchmark's fact mix: a few realistic variants per jurisdiction (amounts either side of the pack's
 * thresholds, documents present / missing, reviews passed / pending, a payment request (Q1) and an O&M budget
 * request for a system (Q2) on every case). Built once at module load; the timed loops only read them.
 */
import type { Facts, IsoDate, Jurisdiction, OmBudgetRequest, PaymentRequest, ProjectFacts, SystemFacts } from '@gov/rules';
// The unit tests' baseline applications, so that the benchmark times the same facts the rule tests prove.
import { bjProject } from '../../tests/unit/rules/bijie/fixtures.js';
import { needsPlan } from '../../tests/unit/rules/jinjiang/fixtures.js';
import { sdProject } from '../../tests/unit/rules/shandong/fixtures.js';
import { withFields, withReviews, xcProject } from '../../tests/unit/rules/xichuan/fixtures.js';

const wan = (n: number): number => n * 1_000_000;

export interface BenchCase {
  id: string;
  jurisdiction: Jurisdiction;
  /** Evaluation date. */
  on: IsoDate;
  /** Classification and pre-review facts. */
  application: Facts;
  /** Q1: may this payment be made? */
  q1: Facts;
  /** Q2: may O&M funds be budgeted for this system? */
  q2: Facts;
}

function benchCase(
  id: string,
  project: ProjectFacts,
  payment: PaymentRequest,
  omRequest: OmBudgetRequest,
  system: SystemFacts,
  opts: { on?: IsoDate; systemOnQ1?: boolean } = {},
): BenchCase {
  return {
    id,
    jurisdiction: project.jurisdiction,
    on: opts.on ?? '2026-03-02',
    application: { project },
    q1: opts.systemOnQ1 ? { project, payment, system } : { project, payment },
    q2: { project, omRequest, system },
  };
}

function runningSystem(id: string, dept: string, o: Partial<SystemFacts> = {}): SystemFacts {
  return {
    id,
    ownerDepartmentId: dept,
    status: 'running',
    kind: '业务类',
    interconnected: true,
    dataAggregated: true,
    dataShared: true,
    duplicateCollection: false,
    duplicateBuild: false,
    cryptoCompliant: true,
    cybersecurityCompliant: true,
    majorSecurityHazard: false,
    lastEvaluation: '合格',
    acceptancePassed: '2024-03-01',
    omMode: '自管',
    ...o,
  };
}

const pay = (o: Partial<PaymentRequest> = {}): PaymentRequest => ({ amount: wan(20), fiscalYear: 2026, purpose: 'construction', channel: '国库集中支付', ...o });
const om = (o: Partial<OmBudgetRequest> = {}): OmBudgetRequest => ({ amount: wan(10), fiscalYear: 2027, periodStart: '2027-01-01', periodEnd: '2027-12-31', ...o });

// ─── 红山区 ────────────────────────────────────────────────────────────────────────────────────────────────────
const HS_CHAPTERS = ['财政资金保障篇(章)', '数据资源共享分析篇(章)', '网络和数据安全保障措施'];
const HS_FIELDS = {
  升级改造原有系统不能满足需求的说明: '原系统架构已无法扩展',
  共享共用其他系统情况说明: '无可共享共用系统',
  系统接口: '对接一体化政务服务平台',
  数据共享方案: '通过政务数据共享交换平台共享',
  项目需求: '建设事项管理系统',
  绩效目标: '办件时长缩短30%',
};
function hsProject(o: Partial<ProjectFacts> = {}): ProjectFacts {
  return {
    jurisdiction: 'hongshan',
    departmentId: 'D001',
    applicant: { type: '区直部门', level: 'district' },
    name: '红山区政务服务事项管理系统',
    subtype: 'new',
    category: 'build',
    objectType: '业务信息系统',
    applicationKind: '入库申请',
    amountTotal: wan(50),
    approvedEstimate: wan(50),
    paidToDate: 0,
    fundingSources: ['local_fiscal'],
    targetYear: 2027,
    implementingBody: '信息中心',
    responsiblePerson: '张三',
    flags: {},
    documents: [{ type: '申请入库文件' }, { type: '实施方案', chapters: HS_CHAPTERS }],
    dataResources: [{ name: '事项目录', sharingType: 'unconditional' }],
    fields: { ...HS_FIELDS },
    status: { inLibrary: true, approvalStatus: 'approved', reviews: { 前置审核: 'pass' } },
    dates: { submittedOn: '2026-03-02' },
    ...o,
  };
}
const hsSys = (o: Partial<SystemFacts> = {}) => runningSystem('HS-SYS-01', 'D001', o);

const hongshan: BenchCase[] = [
  benchCase('hs-50w-complete', hsProject(), pay(), om(), hsSys()),
  benchCase('hs-59.99w', hsProject({ amountTotal: wan(60) - 1, approvedEstimate: wan(60) - 1 }), pay({ amount: wan(30) }), om(), hsSys()),
  benchCase('hs-60w-missing-fsr', hsProject({ amountTotal: wan(60), approvedEstimate: wan(60) }), pay(), om({ amount: wan(25) }), hsSys()),
  benchCase('hs-300w-docs-missing', hsProject({ amountTotal: wan(300), documents: [{ type: '申请入库文件' }] }), pay({ amount: wan(100) }), om(), hsSys({ interconnected: false })),
  benchCase(
    'hs-upgrade-om',
    hsProject({ subtype: 'upgrade', amountTotal: wan(12), originalInvestment: wan(100), existingSystems: ['HS-SYS-01'] }),
    pay({ purpose: 'om' }),
    om(),
    hsSys({ status: 'zombie', usageLow: true }),
  ),
  benchCase(
    'hs-not-approved',
    hsProject({ status: { inLibrary: false, approvalStatus: 'pending' } }),
    pay({ amount: wan(60) }),
    om(),
    hsSys({ cryptoCompliant: false }),
    { systemOnQ1: true },
  ),
];

// ─── 毕节市 ────────────────────────────────────────────────────────────────────────────────────────────────────
const bjSys = (o: Partial<SystemFacts> = {}) => runningSystem('BJ-SYS-01', 'BJ-D01', o);

const bijie: BenchCase[] = [
  benchCase('bj-80w-complete', bjProject(), pay({ purpose: 'service' }), om(), bjSys()),
  benchCase(
    'bj-county-99.99w',
    bjProject({ applicant: { type: '县级部门', level: 'county' }, amountTotal: wan(100) - 1, budget: wan(100) - 1 }),
    pay({ purpose: 'service' }),
    om(),
    bjSys(),
  ),
  benchCase(
    'bj-county-100w',
    bjProject({ applicant: { type: '县级部门', level: 'county' }, amountTotal: wan(100), budget: wan(100) }),
    pay({ purpose: 'service', amount: wan(50) }),
    om({ amount: wan(30) }),
    bjSys({ dataShared: false }),
  ),
  benchCase('bj-docs-missing', bjProject({ documents: [{ type: '需求方案', chapters: ['系统目标'] }] }), pay({ purpose: 'service' }), om(), bjSys()),
  benchCase(
    'bj-not-in-plan',
    bjProject({ status: { inLibrary: false, inAnnualPlan: false, reviews: { 需求方案初审: 'pass' } } }),
    pay({ purpose: 'service' }),
    om(),
    bjSys({ status: 'long_unused', lastEvaluation: '不合格' }),
  ),
  benchCase(
    'bj-om-service',
    bjProject({ category: 'om_service', subtype: 'continuation', amountTotal: wan(30), budget: wan(30) }),
    pay({ purpose: 'om', amount: wan(15) }),
    om({ amount: wan(15) }),
    bjSys({ omMode: '外包运维', hasProcurementRecord: true }),
  ),
];

// ─── 锦江区 (draft: advisory) ────────────────────────────────────────────────────────────────────────────────────
const jjSys = (o: Partial<SystemFacts> = {}) => runningSystem('JJ-SYS-01', 'JJ-D01', o);

const jinjiang: BenchCase[] = [
  benchCase('jj-20w-complete', needsPlan(), pay(), om(), jjSys()),
  benchCase('jj-29.99w', needsPlan({ amountTotal: wan(30) - 1, amountEstimate: wan(30) - 1 }), pay(), om(), jjSys()),
  benchCase('jj-399.99w', needsPlan({ amountTotal: wan(400) - 1, amountEstimate: wan(400) - 1, applicationKind: '入库申请' }), pay({ amount: wan(100) }), om(), jjSys()),
  benchCase('jj-3000w', needsPlan({ amountTotal: wan(3000), amountEstimate: wan(3000), applicationKind: '入库申请' }), pay({ amount: wan(500) }), om({ amount: wan(200) }), jjSys({ duplicateBuild: true })),
  benchCase('jj-docs-missing', needsPlan({ documents: [{ type: '需求方案', chapters: ['建设依据'] }] }), pay(), om(), jjSys({ status: 'stopped' })),
  benchCase('jj-maintenance', needsPlan({ category: 'maintenance', subtype: 'continuation', servicePeriodMonths: 12, amountTotal: wan(15), amountEstimate: wan(15) }), pay({ purpose: 'om' }), om(), jjSys()),
];

// ─── 山东省 ────────────────────────────────────────────────────────────────────────────────────────────────────
const sdSys = (o: Partial<SystemFacts> = {}) => runningSystem('SD-SYS-01', 'SD-D01', o);

const shandong: BenchCase[] = [
  benchCase('sd-500w-complete', sdProject(), pay({ amount: wan(100) }), om(), sdSys()),
  benchCase('sd-paid-to-estimate', sdProject({ paidToDate: wan(450) }), pay({ amount: wan(60) }), om(), sdSys()),
  benchCase('sd-civil-works', sdProject({ amountTotal: wan(5000), approvedEstimate: wan(5000), flags: { newCivilWorks: true } }), pay({ amount: wan(1000) }), om({ amount: wan(100) }), sdSys()),
  benchCase('sd-docs-missing', sdProject({ documents: [{ type: '项目建设方案' }], dataResources: [] }), pay(), om(), sdSys({ interconnected: false, dataAggregated: false })),
  benchCase('sd-purchase-service', sdProject({ fundingMode: 'purchase_service', deliveryMode: 'purchase_service', amountTotal: wan(80), approvedEstimate: wan(80) }), pay({ purpose: 'service' }), om(), sdSys()),
  benchCase('sd-unreviewed', sdProject({ status: { reviews: { 省政务服务管理办公室审核意见: 'pending' } } }), pay(), om(), sdSys({ lastEvaluation: '不合格' })),
];

// ─── 淅川县 (also the json-rules-engine baseline's jurisdiction: more variants, every rule exercised) ────────────────
const xcSys = (o: Partial<SystemFacts> = {}) => runningSystem('XC-SYS-01', 'XC-D01', { deploymentTarget: '县级政务云', ...o });
const xcOm = (o: Partial<OmBudgetRequest> = {}) => om({ reviewOpinion: { result: 'pass', amount: wan(10) }, ...o });

const xichuan: BenchCase[] = [
  benchCase('xc-100w-complete', xcProject(), pay(), xcOm(), xcSys()),
  benchCase('xc-unreviewed', withReviews({ 技术性审查: 'pending' }), pay(), xcOm(), xcSys()),
  benchCase('xc-upper-with-doc', (() => {
    const p = withReviews({ 技术性审查: 'pending' }, { origin: 'upper_required' });
    return { ...p, documents: [...p.documents, { type: '上级明确要求建设文件' }] };
  })(), pay(), xcOm(), xcSys()),
  benchCase('xc-upper-no-doc', withReviews({ 技术性审查: 'pending' }, { origin: 'upper_required' }), pay(), xcOm(), xcSys()),
  benchCase(
    'xc-unreviewed-overridden',
    (() => {
      const p = withReviews({ 技术性审查: 'pending', 投资计划: 'pending' });
      return {
        ...p,
        status: { ...p.status, overrides: { 'XC-07-unreviewed': { authority: '县行政审批和政务信息管理局、县财政局', reason: '防汛应急', documentRef: '淅财[2026]9号', on: '2026-03-01' } } },
      };
    })(),
    pay(),
    xcOm(),
    xcSys(),
  ),
  benchCase('xc-no-plan-no-opinion', withReviews({ 投资计划: 'pending', 项目实施意见: 'fail' }), pay({ amount: wan(60) }), xcOm(), xcSys()),
  benchCase('xc-no-opinion', withReviews({ 项目实施意见: 'pending' }), pay({ outsideApprovedScope: true }), xcOm({ reviewOpinion: undefined }), xcSys()),
  benchCase(
    'xc-purchase-service-om',
    xcProject({ fundingMode: 'purchase_service', deliveryMode: 'purchase_service', amountTotal: wan(30), approvedEstimate: wan(30), fields: { 运行维护方式: '外包运维' } }),
    pay({ purpose: 'om' }),
    xcOm({ reviewOpinion: { result: 'fail' } }),
    xcSys({ omMode: '外包运维' }),
  ),
  benchCase(
    'xc-om-over-standard',
    xcProject({ fundingMode: 'gov_funded_om', subtype: 'continuation', category: 'om', amountTotal: wan(12) }),
    pay({ purpose: 'om', thirdPartyCloudRenewal: true }),
    xcOm({ amount: wan(12), standardAmount: wan(11), thirdPartyCloudRenewal: true }),
    xcSys({ omMode: '外包运维', hasProcurementRecord: true }),
  ),
  benchCase(
    'xc-central-om-no-qualification',
    withFields({ 运行维护方式: '集中运维' }, { fundingMode: 'gov_funded_om', subtype: 'continuation' }),
    pay({ purpose: 'om' }),
    xcOm({ reviewOpinion: { result: 'pass', amount: wan(8) }, standardAmount: wan(9) }),
    xcSys({ omMode: undefined, interconnected: false, duplicateCollection: true }),
  ),
  benchCase(
    'xc-zombie-failed-eval',
    withFields({ 运行维护方式: '集中运维', 集中运维受托机构资质: '已提供' }),
    pay(),
    xcOm(),
    xcSys({ status: 'zombie', lastEvaluation: '不合格', dataShared: false, omMode: '云外包' as SystemFacts['omMode'] }),
    { systemOnQ1: true },
  ),
  benchCase(
    'xc-open-findings-sanction',
    xcProject({
      status: {
        reviews: { 技术性审查: 'pass', 投资计划: 'pass', 项目实施意见: 'pass', 第三方绩效评价: 'fail' },
        sanction: '暂缓拨付建设资金',
        openFindings: [
          { ruleId: 'XC-23-1-no-sharing', status: 'open' },
          { ruleId: 'XC-19-acceptance', status: 'closed' },
        ],
      },
    }),
    pay(),
    xcOm(),
    xcSys({ lastEvaluation: '不合格', rectificationAccepted: true }),
  ),
  benchCase(
    'xc-suspended-om-payment',
    xcProject({ status: { reviews: { 技术性审查: 'pass', 投资计划: 'pass', 项目实施意见: 'pass' }, sanction: '暂停项目建设' } }),
    pay({ purpose: 'om' }),
    xcOm(),
    xcSys({ omMode: '外包运维' }),
  ),
  benchCase(
    'xc-surplus-after-acceptance',
    withFields({ 竣工决算金额: wan(90) }, { dates: { submittedOn: '2026-06-30', acceptancePassed: '2026-01-10' } }),
    pay({ purpose: 'final_instalment' }),
    xcOm(),
    xcSys(),
  ),
  benchCase(
    'xc-temporary-civil-works',
    xcProject({ amountTotal: wan(600), approvedEstimate: wan(600), flags: { temporary: true, newCivilWorks: true, pureEquipmentSoftwareProcurement: true }, origin: undefined }),
    pay({ amount: wan(200) }),
    xcOm(),
    xcSys(),
  ),
  benchCase(
    'xc-temporary-approved-high-energy',
    withReviews({ 县分管领导同意: 'pass', 节能评估: 'pass', 规划选址: 'pass', 用地预审: 'pass', 环境影响评价: 'pass' }, { flags: { temporary: true, highEnergy: true } }),
    pay(),
    xcOm(),
    xcSys(),
  ),
  benchCase('xc-classified', xcProject({ flags: { classified: true }, fields: { 综合性项目: true } }), pay(), xcOm(), xcSys()),
  benchCase('xc-out-of-scope-object', xcProject({ objectType: '办公家具', fundingMode: undefined, fundingSources: ['self_raised'], category: 'gov_invest_build' }), pay(), xcOm(), xcSys()),
  benchCase('xc-no-government-funds', xcProject({ fundingMode: undefined, fundingSources: ['self_raised'], subtype: 'upgrade', category: 'gov_purchase_service' }), pay(), xcOm(), xcSys()),
  benchCase('xc-after-trial-expired', withReviews({ 技术性审查: 'pending' }), pay(), xcOm({ reviewOpinion: undefined }), xcSys({ status: 'stopped' }), { on: '2027-09-01' }),
];

/** 淅川's share of the five-jurisdiction mix: six variants, like the other packs, so that no pack dominates (a). */
const XICHUAN_MIX = ['xc-100w-complete', 'xc-unreviewed', 'xc-no-plan-no-opinion', 'xc-om-over-standard', 'xc-zombie-failed-eval', 'xc-surplus-after-acceptance'];

/** Six variants per jurisdiction: the mix timed for (a). */
export const CASES: Readonly<Record<Jurisdiction, readonly BenchCase[]>> = {
  hongshan,
  bijie,
  jinjiang,
  shandong,
  xichuan: xichuan.filter((c) => XICHUAN_MIX.includes(c.id)),
};
export const ALL_CASES: readonly BenchCase[] = Object.values(CASES).flat();
/** Every 淅川 variant (each of its classification and gate rules fires in at least one): equivalence and (b)/(c). */
export const XICHUAN_CASES: readonly BenchCase[] = xichuan;
