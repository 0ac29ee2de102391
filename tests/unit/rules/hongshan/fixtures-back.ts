/** Builders for the 红山区 budget-gate, tracker and filing tests: clean baselines that each test bends in one place. */
import type { Facts, FilingFacts, OmBudgetRequest, PaymentRequest, ProjectFacts, SystemFacts } from '@gov/rules';
import { rulePack } from '@gov/rules';
import { projectFacts, testCalendar } from '../fixtures.js';

export const hs = rulePack('hongshan');
export const cal = testCalendar;

/** 万元 → fen */
export const wan = (n: number): number => n * 1_000_000;

/** An approved 建设类 project in the library, 概算 100万元, nothing paid yet. */
export function gateProject(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return projectFacts({
    category: 'build',
    amountTotal: wan(100),
    approvedEstimate: wan(100),
    paidToDate: 0,
    status: { inLibrary: true, approvalStatus: 'approved' },
    ...overrides,
  });
}

export function payment(overrides: Partial<PaymentRequest> = {}): PaymentRequest {
  return { amount: wan(10), fiscalYear: 2026, purpose: 'construction', channel: '国库集中支付', ...overrides };
}

/** Q1 facts: a clean payment on a clean project. */
export function q1(project: Partial<ProjectFacts> = {}, pay: Partial<PaymentRequest> = {}): Facts {
  return { project: gateProject(project), payment: payment(pay) };
}

/** A running system that meets every 第三十五条 condition, accepted long ago (free O&M over). */
export function system(overrides: Partial<SystemFacts> = {}): SystemFacts {
  return {
    id: 'SYS-001',
    ownerDepartmentId: 'D001',
    status: 'running',
    kind: '业务类',
    interconnected: true,
    dataAggregated: true,
    dataShared: true,
    duplicateCollection: false,
    cryptoCompliant: true,
    cybersecurityCompliant: true,
    majorSecurityHazard: false,
    acceptancePassed: '2024-03-01',
    ...overrides,
  };
}

export function omRequest(overrides: Partial<OmBudgetRequest> = {}): OmBudgetRequest {
  return { amount: wan(20), fiscalYear: 2027, periodStart: '2027-01-01', periodEnd: '2027-12-31', ...overrides };
}

/** The finance reviewer has considered the 第十四条 basis (HS-14-sharing-basis, an advisory H item). */
export const CONSIDERED = {
  'HS-14-sharing-basis': { result: 'pass' as const, reviewer: '区财政局 王审核', on: '2026-09-01' },
};

/** An O&M project in the library for a system. */
export function omProject(overrides: Partial<ProjectFacts> = {}): ProjectFacts {
  return projectFacts({
    category: 'om',
    subtype: 'new',
    amountTotal: wan(20),
    status: { inLibrary: true, decisions: CONSIDERED },
    ...overrides,
  });
}

/** Q2 facts: a clean O&M request for a clean system. */
export function q2(project: Partial<ProjectFacts> = {}, sys: Partial<SystemFacts> = {}, req: Partial<OmBudgetRequest> = {}): Facts {
  return { project: omProject(project), system: system(sys), omRequest: omRequest(req) };
}

/** A complete, correctly authorised override record. */
export const OVERRIDE = {
  authority: '区政数局会同区财政局',
  reason: '系统承担全区应急指挥,暂不具备对接条件,已列入整改计划',
  documentRef: '红政数函〔2026〕12号',
  on: '2026-09-10',
};

export function filing(type: FilingFacts['type'], overrides: Partial<FilingFacts> = {}): FilingFacts {
  return { type, filedOn: '2026-06-01', fields: {}, ...overrides };
}
