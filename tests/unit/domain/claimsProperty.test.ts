/**
 * Property (issue 15): for every jurisdiction, no value of an application field the application does not declare
 * about the project itself changes a budget-gate answer. Varied here: its own `dates` and named `fields` (claims),
 * and name, project code, implementing body, responsible person, data catalogue and existing systems. What the
 * application declares (amounts, funding, category, subtype, delivery and funding mode, applicant, flags, documents,
 * line items, deployment target, target year, origin, kinds) may change answers: docs/milestone-roles.md lists them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateGate, projectFacts, RECORD_FIELDS, type ProjectState } from '@gov/domain';
import { JURISDICTIONS, type Jurisdiction } from '@gov/rules';
import { storedProject, storedSystem } from './fixtures.js';

const ON = '2026-06-15';
const DATE_KEYS = [
  'approvalDate', 'contractSigned', 'constructionStart', 'trialRunStart', 'trialRunStable', 'constructionCompleted', 'preliminaryAcceptance',
  'acceptancePassed', 'acceptanceFailed', 'operationStart', 'formalOperationStart', 'freeOmEnd', 'omPeriodEnd', 'plannedStop',
  'contractAcceptanceDue', 'contractEnd', 'acceptanceExtendedTo', 'submittedOn',
];
/** Every name any pack reads as a record, plus ones no pack knows. */
const FIELD_KEYS = [...new Set(Object.values(RECORD_FIELDS).flatMap((r) => Object.keys(r))), '绩效评价结果', '竣工验收组织单位', '随便'];

const isoDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const value = fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 2_000_000_000 }), fc.string({ maxLength: 12 }), isoDate, fc.constantFrom('合格', '不合格', '项目审批部门', '项目建设单位', 'pass'));
const claims = fc.record(
  {
    dates: fc.dictionary(fc.constantFrom(...DATE_KEYS), isoDate),
    fields: fc.dictionary(fc.constantFrom(...FIELD_KEYS), value),
    name: fc.string({ minLength: 1, maxLength: 30 }),
    projectCode: fc.string({ minLength: 1, maxLength: 20 }),
    implementingBody: fc.string({ minLength: 1, maxLength: 20 }),
    responsiblePerson: fc.string({ minLength: 1, maxLength: 10 }),
    existingSystems: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 3 }),
    dataResources: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 10 }), sharingType: fc.constantFrom('not_shared', 'conditional', 'unconditional') }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** Lifecycles a project passes through: approved; completed, not accepted; accepted and in operation. */
const LIFECYCLES: Partial<NonNullable<ProjectState['lifecycle']>>[] = [
  {},
  { dates: { constructionCompleted: '2026-03-01' } },
  { dates: { constructionCompleted: '2026-03-01', acceptancePassed: '2026-04-01', operationStart: '2026-04-10' }, records: { acceptance_filing: '2026-04-05' } },
];
const PURPOSES = ['construction', 'final_instalment', 'om'] as const;

function answers(p: ProjectState) {
  const out: string[] = [];
  for (const purpose of PURPOSES) {
    const r = evaluateGate({ type: 'project', state: p }, { question: 'payment', projectId: p.id, amount: 1_000_000, purpose, fiscalYear: 2026, channel: '国库集中支付' } as never, ON, 'c');
    out.push(`${purpose}:${r.answer}:${r.reasons.map((x) => `${x.ruleId}/${x.outcome}`).join(',')}`);
  }
  const s = storedSystem(p, { acceptancePassed: p.lifecycle?.dates.acceptancePassed }, { project: projectFacts(p) });
  const om = evaluateGate({ type: 'system', state: s }, { question: 'om', systemId: s.id, amount: 2_000_000, fiscalYear: 2027 } as never, ON, 'c');
  out.push(`om:${om.answer}:${om.reasons.map((x) => `${x.ruleId}/${x.outcome}`).join(',')}`);
  return out;
}

describe.each(JURISDICTIONS as readonly Jurisdiction[])('%s: application claims never change a gate answer', (jur) => {
  it.each(LIFECYCLES.map((l, i) => [i, l] as const))('lifecycle %i', (_i, lifecycle) => {
    const base = storedProject(jur, {}, lifecycle);
    const expected = answers(base);
    fc.assert(
      fc.property(claims, (c) => {
        const claimed: ProjectState = { ...base, application: { ...base.application, ...c } };
        expect(answers(claimed)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('the same dates and names as records do change answers (the comparison can fail)', () => {
    const base = answers(storedProject(jur, {}, LIFECYCLES[1]));
    const asRecords: Partial<NonNullable<ProjectState['lifecycle']>>[] = [
      LIFECYCLES[2],
      { ...LIFECYCLES[2], fields: { 绩效评价结果: '不合格', 竣工决算金额: 1 } },
      { ...LIFECYCLES[1], fields: { 资金执行进度滞后: true, 服务内容已调整: true } },
    ];
    expect(asRecords.some((l) => JSON.stringify(answers(storedProject(jur, {}, l))) !== JSON.stringify(base))).toBe(true);
  });
});
