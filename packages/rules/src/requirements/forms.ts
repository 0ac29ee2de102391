/**
 * The application forms of each pack (申报类型 × 项目类别) and the spread of facts its rules are asked over to
 * derive what each form needs. The kinds and categories are the text's own (catalogue §2.5): which application a
 * pack's regulation names, and which categories it distinguishes; everything else is derived from the rules.
 */
import type { ApplicationKind, Facts, FilingFacts, ProjectFacts } from '../facts.js';
import type { Category, Jurisdiction } from '../values.js';

export interface Form {
  applicationKind: ApplicationKind;
  category: Category;
}

const KINDS: Record<Jurisdiction, readonly ApplicationKind[]> = {
  hongshan: ['入库申请', 'approval_application'], // 第六条 入库, 第十条 审批
  bijie: ['需求方案', '服务方案'], // 第十四条, 第十八条
  jinjiang: ['需求方案', '入库申请'], // 第七条, 第八条
  shandong: ['立项申请'], // 第六条 (规划审核 reads the same 立项申请)
  xichuan: ['入库申请'], // 第七条
};

const CATEGORIES: Record<Jurisdiction, readonly Category[]> = {
  hongshan: ['build', 'procure_service', 'om'], // 第二条
  bijie: ['dev_service', 'om_service', 'support_service'], // 第二条
  jinjiang: ['build', 'maintenance'], // 第二条
  shandong: ['build', 'procure_service', 'om'], // no split of its own: the common three
  xichuan: ['gov_invest_build', 'gov_purchase_service'], // 第四条
};

/** Every category of the application schema (catalogue §2.5). */
export const ALL_CATEGORIES: readonly Category[] = ['build', 'procure_service', 'om', 'gov_invest_build', 'gov_purchase_service', 'maintenance', 'dev_service', 'om_service', 'support_service'];

/** Every form of pack `j`, kinds first. */
export function formsOf(j: Jurisdiction): Form[] {
  return KINDS[j].flatMap((applicationKind) => CATEGORIES[j].map((category) => ({ applicationKind, category })));
}

const FLAGS = ['classified', 'crossDept', 'crossRegion', 'crossLevel', 'newCivilWorks', 'highEnergy', 'fixedAssetInvestment', 'urgentSupplement', 'temporary', 'handlesSensitiveData', 'usesThirdPartySystem', 'involvesSurveying', 'hasCustomSoftware', 'pureEquipmentSoftwareProcurement', 'isMajor', 'specialNationalRule', 'replacesAssets'] as const;
const FILINGS: readonly FilingFacts['type'][] = ['contract', 'acceptance', 'change', 'stop_operation', 'annual_catalogue', 'other_channel', 'upstream_approval'];
// A project well into its life (dates before the evaluation date), so that tracker and filing rules read their dates.
const DATES = {
  submittedOn: '2026-07-15', approvalDate: '2025-03-02', contractSigned: '2025-04-01', constructionStart: '2025-04-10', trialRunStart: '2025-09-01',
  trialRunStable: '2025-10-01', constructionCompleted: '2025-11-01', preliminaryAcceptance: '2025-11-15', acceptancePassed: '2025-12-01',
  operationStart: '2025-12-05', formalOperationStart: '2025-12-10', freeOmEnd: '2026-12-01', omPeriodEnd: '2027-12-01', plannedStop: '2026-06-01',
  contractAcceptanceDue: '2025-10-01', contractEnd: '2027-01-01',
};
/** The evaluation date of the spread. */
export const SPREAD_DATE = '2027-03-01';

/** A document type no rule names: rules that look through every document read it too. */
const OTHER_DOCUMENT = '其他材料';
/**
 * The document types of the catalogue's vocabulary (§2.5): supplied too, because some rules ask for chapters of a
 * document only when it is sent, and no bare application of a pack misses it (淅川 asks for the sharing chapter in
 * a 实施方案 if there is one).
 */
export const CATALOGUE_DOCUMENTS: readonly string[] = ['可行性研究报告', '实施方案', '初步设计方案', '运维方案', '申请入库文件', '需求方案'];

/**
 * The projects of one form, below and above the amount thresholds. `documentTypes` null: bare applications (nothing
 * shown, so every requirement is missing). Otherwise mature ones: every flag,
 * every date, with only an unnamed document and with each of `documentTypes` without chapters (so the chapter
 * requirements show).
 */
export function spreadProjects(j: Jurisdiction, form: Omit<Form, 'category'> & { category: Category | undefined }, documentTypes: readonly string[] | null): ProjectFacts[] {
  const out: ProjectFacts[] = [];
  for (const amountTotal of [40_000_000, 2_000_000_000]) {
    const bare: ProjectFacts = {
      jurisdiction: j, departmentId: 'D001', applicant: { type: '区直部门', level: 'district' }, name: '政务服务事项管理系统', subtype: 'new',
      applicationKind: form.applicationKind, category: form.category, amountTotal, fundingSources: ['local_fiscal'], targetYear: 2027, flags: {}, documents: [], dataResources: [],
    };
    if (documentTypes === null) {
      out.push(bare);
      continue;
    }
    const mature: ProjectFacts = {
      ...bare,
      subtype: 'upgrade', omKind: amountTotal > 60_000_000 ? 'renewal' : 'new', origin: 'unit_applied', fundingMode: 'gov_enterprise_joint', fundingModel: 'gov_enterprise',
      deliveryMode: 'om', originalInvestment: 100_000_000, approvedEstimate: amountTotal, paidToDate: amountTotal / 2,
      flags: Object.fromEntries(FLAGS.map((f) => [f, true])), existingSystems: ['sys-1'], dates: DATES, lineItems: [{ type: '机房', amount: 1_000_000, standaloneNew: true }],
      documents: [...documentTypes, OTHER_DOCUMENT].map((type) => ({ type, chapters: [] })), dataResources: [{ name: '目录' }],
      status: { inLibrary: true, approvalStatus: 'approved', reviews: {}, openFindings: [{ ruleId: 'X', status: 'open' }] },
      records: {}, fields: {}, applicant: { type: '区属国有企业', level: 'district', isSubordinateUnit: true },
    };
    out.push(mature, { ...mature, documents: [{ type: OTHER_DOCUMENT }] });
  }
  return out;
}

/** The questions each project is asked: the application itself, a payment (Q1), an O&M budget (Q2), each filing. */
export function spreadFacts(project: ProjectFacts): Facts[] {
  return [
    { project },
    { project, payment: { amount: 1_000_000, fiscalYear: 2027, purpose: 'construction' } },
    { project, omRequest: { amount: 1_000_000, fiscalYear: 2027 }, system: { id: 'sys-1', ownerDepartmentId: 'D001', status: 'running', freeOmEnd: '2026-12-01' } },
    ...FILINGS.map((type): Facts => ({ project, filing: { type, filedOn: '2026-05-01', fields: {}, change: { newTotal: project.amountTotal * 2, adjustAmount: project.amountTotal, goalUnchanged: false } } })),
  ];
}
