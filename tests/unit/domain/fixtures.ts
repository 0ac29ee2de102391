/** Stored projects and systems as the domain keeps them, for tests of fact building and tracking. */
import type { Caller, Deps, ProjectState, SystemState } from '@gov/domain';
import type { Application } from '@gov/schemas';
import type { Jurisdiction } from '@gov/rules';

const sha = (c: string) => c.repeat(64).slice(0, 64);

export function storedProject(jurisdiction: Jurisdiction, over: Partial<ProjectState> = {}, lifecycle: Partial<NonNullable<ProjectState['lifecycle']>> = {}): ProjectState {
  return {
    id: `p-${jurisdiction}`,
    version: 3,
    jurisdiction,
    departmentId: 'D001',
    createdAt: '2026-01-05T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
    status: 'in_library',
    submittedBy: 'dept-user',
    submittedOn: '2026-01-05',
    requestHash: 'h',
    application: {
      name: '政务服务事项管理系统',
      applicant: { type: '区直部门', level: 'district' },
      category: 'build',
      subtype: 'new',
      amounts: { total: 58_000_000 },
      fundingSources: ['local_fiscal'],
      targetYear: 2026,
      flags: {},
      documents: [{ type: '实施方案', title: '实施方案', sha256: sha('a'), chapters: [] }],
      dataResources: [],
    },
    classification: { inScope: true, category: 'build', approvalPath: '', decisionLevel: '', routes: [], requiredDocuments: [], extraApprovals: [], packVersion: 'x', binding: true, notice: null, findings: [] },
    lifecycle: {
      dates: { approvalDate: '2026-02-01', ...lifecycle.dates },
      records: { ...lifecycle.records },
      status: { inLibrary: true, approvalStatus: 'approved', ...lifecycle.status },
      approvedEstimate: lifecycle.approvedEstimate ?? 58_000_000,
      paidToDate: lifecycle.paidToDate ?? 0,
      fields: { ...lifecycle.fields },
    },
    ...over,
  } as ProjectState;
}

export function storedSystem(p: ProjectState, facts: Partial<SystemState['facts']> = {}, over: Partial<SystemState> = {}): SystemState {
  return {
    id: `s-${p.jurisdiction}`,
    version: 2,
    projectId: p.id,
    jurisdiction: p.jurisdiction,
    departmentId: p.departmentId,
    createdAt: '2026-06-01T00:00:00.000Z',
    updatedAt: '2026-06-01T00:00:00.000Z',
    name: '政务服务事项管理系统',
    operationStart: '2026-06-01',
    facts: { id: `s-${p.jurisdiction}`, ownerDepartmentId: p.departmentId, status: 'running', ...facts },
    project: {} as SystemState['project'],
    projectVersion: p.version,
    classification: p.classification,
    usage: { periods: [] },
    ...over,
  } as SystemState;
}

/**
 * Records each declared document of `application` as a verified upload of `caller`'s department: only verified
 * versions count for the rules (docs/decisions/060), as if the department had uploaded every file it declared.
 */
export async function uploadDeclaredDocuments(deps: Deps, caller: Caller, application: Application): Promise<void> {
  for (const d of application.documents) {
    await deps.documents.putVerified({
      sha256: d.sha256, jurisdiction: caller.jur, departmentId: caller.dept!, type: d.type, title: d.title,
      contentType: 'application/pdf', size: 1024, key: `documents/${caller.jur}/${caller.dept}/${d.sha256}`,
      uploadId: `u-${d.sha256.slice(0, 12)}`, verifiedAt: '2026-01-05T00:00:00.000Z', verifiedBy: caller.sub,
    });
  }
}
