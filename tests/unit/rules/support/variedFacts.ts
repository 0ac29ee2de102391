/**
 * A spread of fact objects every rule of every pack is evaluated over (remedy and requirements-schema coverage):
 * each application kind and category, small and large amounts, every flag on and off, empty and complete
 * documents, open and closed lifecycle dates, each filing type, both gate questions. Not realistic projects: the
 * point is to make every rule take its reading branches.
 */
import type { Category, Facts, FilingFacts, Jurisdiction, ProjectFacts, RuleContext } from '@gov/rules';
import { projectFacts, testCalendar } from '../fixtures.js';

const KINDS = [undefined, '入库申请', 'approval_application', '需求方案', '服务方案', '立项申请', '规划审核'] as const;
const CATEGORIES: Category[] = ['build', 'procure_service', 'om', 'gov_invest_build', 'gov_purchase_service', 'maintenance', 'dev_service', 'om_service', 'support_service'];
const FLAGS = ['classified', 'crossDept', 'crossRegion', 'crossLevel', 'newCivilWorks', 'highEnergy', 'fixedAssetInvestment', 'urgentSupplement', 'temporary', 'handlesSensitiveData', 'usesThirdPartySystem', 'involvesSurveying', 'hasCustomSoftware', 'pureEquipmentSoftwareProcurement', 'isMajor', 'specialNationalRule', 'replacesAssets'] as const;
const FILINGS: FilingFacts['type'][] = ['contract', 'acceptance', 'change', 'stop_operation', 'annual_catalogue', 'other_channel', 'upstream_approval'];

const allFlags = Object.fromEntries(FLAGS.map((f) => [f, true]));
const DATES = {
  submittedOn: '2026-07-15', approvalDate: '2025-03-02', contractSigned: '2025-04-01', constructionStart: '2025-04-10', trialRunStart: '2025-09-01',
  trialRunStable: '2025-10-01', constructionCompleted: '2025-11-01', preliminaryAcceptance: '2025-11-15', acceptancePassed: '2025-12-01',
  operationStart: '2025-12-05', formalOperationStart: '2025-12-10', freeOmEnd: '2026-12-01', omPeriodEnd: '2027-12-01', plannedStop: '2026-06-01',
  contractAcceptanceDue: '2025-10-01', contractEnd: '2027-01-01',
};

function variants(j: Jurisdiction): ProjectFacts[] {
  const out: ProjectFacts[] = [];
  for (const applicationKind of KINDS)
    for (const category of CATEGORIES)
      for (const amountTotal of [40_000_000, 2_000_000_000]) {
        const base = projectFacts({ jurisdiction: j, applicationKind, category, amountTotal, fundingSources: ['local_fiscal'] });
        out.push(base);
        out.push({
          ...base,
          subtype: 'upgrade', omKind: amountTotal > 60_000_000 ? 'renewal' : 'new', origin: 'unit_applied', fundingMode: 'gov_enterprise_joint', fundingModel: 'gov_enterprise',
          deliveryMode: 'om', originalInvestment: 100_000_000, approvedEstimate: amountTotal, paidToDate: amountTotal / 2,
          flags: allFlags, existingSystems: ['sys-1'], dates: DATES, lineItems: [{ type: '机房', amount: 1_000_000, standaloneNew: true }],
          documents: [{ type: '实施方案', chapters: [] }, { type: '可行性研究报告' }], dataResources: [{ name: '目录' }],
          status: { inLibrary: true, approvalStatus: 'approved', reviews: {}, openFindings: [{ ruleId: 'X', status: 'open' }] },
          records: {}, fields: {}, applicant: { type: '区属国有企业', level: 'district', isSubordinateUnit: true },
        });
      }
  return out;
}

/** Every fact object to evaluate pack `j`'s rules on, with the date and calendar. */
export function variedContexts(j: Jurisdiction): RuleContext[] {
  const out: RuleContext[] = [];
  const on = '2027-03-01';
  for (const project of variants(j)) {
    const facts: Facts[] = [
      { project },
      { project, payment: { amount: 1_000_000, fiscalYear: 2027, purpose: 'construction' } },
      { project, omRequest: { amount: 1_000_000, fiscalYear: 2027 }, system: { id: 'sys-1', ownerDepartmentId: 'D001', status: 'running', freeOmEnd: '2026-12-01' } },
      ...FILINGS.map((type): Facts => ({ project, filing: { type, filedOn: '2026-05-01', fields: {}, change: { newTotal: project.amountTotal * 2, adjustAmount: project.amountTotal, goalUnchanged: false } } })),
    ];
    for (const f of facts) out.push({ facts: f, on, calendar: testCalendar, classification: { category: project.category, inScope: true } });
  }
  return out;
}
