/**
 * The budget gate's answers from stored state, per jurisdiction (catalogue §4.4): the facts the domain builds from
 * the project item (Q1) and the system item with its project snapshot (Q2), fed to the rules package. Covers
 * allow / deny / review, absolute denials no override lifts, and overridable ones an override does lift.
 */
import { describe, expect, it } from 'vitest';
import { evaluateGate, projectFacts, type ProjectState, type SystemState } from '@gov/domain';
import { storedProject, storedSystem } from './fixtures.js';

const ON = '2026-06-15';
const override = { authority: '区政数局(资金事项会同区财政局)', reason: '区政府同意的紧急项目', documentRef: '红政数函〔2026〕12号', on: ON };

function pay(p: ProjectState, extra: Record<string, unknown> = {}) {
  return evaluateGate({ type: 'project', state: p }, { question: 'payment', projectId: p.id, amount: 1_000_000, purpose: 'construction', fiscalYear: 2026, channel: '国库集中支付', ...extra } as never, ON, 'c-1');
}
function om(s: SystemState, extra: Record<string, unknown> = {}) {
  return evaluateGate({ type: 'system', state: s }, { question: 'om', systemId: s.id, amount: 2_000_000, fiscalYear: 2027, ...extra } as never, ON, 'c-2');
}
/** A system whose snapshot is its project's facts, as the tracker keeps it. */
const systemOf = (p: ProjectState, facts: Partial<SystemState['facts']> = {}, over: Partial<SystemState> = {}) => storedSystem(p, facts, { project: projectFacts(p), ...over });
const ids = (r: ReturnType<typeof pay>) => r.reasons.map((x) => `${x.ruleId}:${x.outcome}`);
const SHARING_OK = { interconnected: true, dataAggregated: true, dataShared: true, duplicateCollection: false, cryptoCompliant: true, cybersecurityCompliant: true };

describe('hongshan', () => {
  it('Q1 allows an admitted, approved project paying within its 概算 through 国库集中支付', () => {
    const r = pay(storedProject('hongshan'));
    expect(r.answer).toBe('allow');
    expect(r.packVersion).toBe('2024-11-04.1');
    expect(r.facts.payment).toMatchObject({ amount: 1_000_000, channel: '国库集中支付' });
    expect(r.facts.project.status).toMatchObject({ inLibrary: true, approvalStatus: 'approved' });
  });

  it('Q1 denies beyond the approved 概算 (HS-22) and without 国库集中支付 (HS-22-treasury), each reason with article and message', () => {
    const over = pay(storedProject('hongshan', {}, { paidToDate: 57_500_000 }));
    expect(over.answer).toBe('deny');
    const f = over.reasons.find((x) => x.ruleId === 'HS-22-within-estimate')!;
    expect(f).toMatchObject({ outcome: 'DENY-PAY', article: '第二十二条', overridable: false });
    expect(f.message).toMatch(/超出批复概算/);
    expect(pay(storedProject('hongshan', {}, { paidToDate: 57_000_000 })).answer).toBe('allow'); // exactly the 概算
    expect(ids(pay(storedProject('hongshan'), { channel: '直接支付' }))).toContain('HS-22-treasury:DENY-PAY');
  });

  it('Q1 denies before approval (不得未批先建) and under a 暂停项目建设 sanction', () => {
    expect(ids(pay(storedProject('hongshan', {}, { status: { approvalStatus: 'pending' } })))).toContain('HS-05-approved-before-pay:DENY-PAY');
    const s = pay(storedProject('hongshan', {}, { status: { sanction: '暂停项目建设' } }));
    expect(s.answer).toBe('deny');
    expect(ids(s)).toEqual(expect.arrayContaining(['HS-21-suspended:DENY-PAY', 'HS-37-sanctions:DENY-PAY']));
  });

  it('HS-05 not in the 项目库 is overridable: denied, then allowed once the authority recorded an override', () => {
    const p = storedProject('hongshan', { status: 'in_library' }, { status: { inLibrary: false } });
    const before = pay(p);
    expect(before.answer).toBe('deny');
    expect(before.reasons.find((x) => x.ruleId === 'HS-05-not-in-library')).toMatchObject({ overridable: true });
    const after = pay(storedProject('hongshan', {}, { status: { inLibrary: false, overrides: { 'HS-05-not-in-library': override } } }));
    expect(after.answer).toBe('allow');
    expect(after.reasons.find((x) => x.ruleId === 'HS-05-not-in-library')!.overriddenBy).toMatchObject({ documentRef: override.documentRef });
  });

  it('Q2 denies O&M for a system without sharing (HS-35-1, overridable) and allows it after an override on the system', () => {
    const p = storedProject('hongshan', {}, { status: { decisions: { 'HS-14-sharing-basis': { result: 'pass', reviewer: 'r', on: ON } } } });
    const s = systemOf(p, { ...SHARING_OK, dataShared: false });
    const denied = om(s);
    expect(denied.answer).toBe('deny');
    expect(denied.reasons.find((x) => x.ruleId === 'HS-35-1-no-sharing')).toMatchObject({ outcome: 'DENY-OM', overridable: true });
    const overridden = om({ ...s, overrides: { 'HS-35-1-no-sharing': override } });
    expect(overridden.answer).toBe('allow');
    expect(ids(overridden)).toContain('HS-40-om-audit-log:REQUIRE');
  });

  it('Q2 第三十五条(四): a confirmed zombie or stopped system is denied absolutely — an override changes nothing', () => {
    const p = storedProject('hongshan', {}, { status: { decisions: { 'HS-14-sharing-basis': { result: 'pass', reviewer: 'r', on: ON } } } });
    for (const status of ['zombie', 'stopped'] as const) {
      const s = systemOf(p, { ...SHARING_OK, status }, { overrides: { 'HS-35-4-stopped-zombie': override } });
      const r = om(s);
      expect(r.answer).toBe('deny');
      const f = r.reasons.find((x) => x.ruleId === 'HS-35-4-stopped-zombie')!;
      expect(f).toMatchObject({ outcome: 'DENY-OM', overridable: false, article: '第三十五条(四)' });
      expect(f.overriddenBy).toBeUndefined();
    }
    // A long-unused candidate (not yet confirmed) is not denied on metrics alone.
    expect(om(systemOf(p, { ...SHARING_OK, status: 'long_unused' })).answer).toBe('allow');
  });

  it('Q2 is in review while a judgement item (HS-14) waits for the finance reviewer', () => {
    const r = om(systemOf(storedProject('hongshan'), SHARING_OK));
    expect(r.answer).toBe('review');
    expect(ids(r)).toContain('HS-14-sharing-basis:CHECK');
  });

  it('Q2 HS-35-3: a new build failing cryptography is denied absolutely', () => {
    const p = storedProject('hongshan', {}, { status: { decisions: { 'HS-14-sharing-basis': { result: 'pass', reviewer: 'r', on: ON } } } });
    const r = om(systemOf(p, { ...SHARING_OK, cryptoCompliant: false }, { overrides: { 'HS-35-3-security': override } }));
    expect(r.answer).toBe('deny');
    expect(r.reasons.find((x) => x.ruleId === 'HS-35-3-security')).toMatchObject({ overridable: false });
  });
});

describe('bijie', () => {
  const ok = { status: { inLibrary: true, inAnnualPlan: true, reviews: { '年度实施计划(市人民政府批准)': 'pass', 财政部门预算审核: 'pass' } }, dates: { contractSigned: '2026-03-01' } } as const;
  it('Q1 allows a project in the library and the approved plan with the finance review and a signed 三方服务合同', () => {
    expect(pay(storedProject('bijie', {}, ok as never)).answer).toBe('allow');
  });
  it('Q1 denies without the plan (BJ-10) or the contract (BJ-16); Q1 denies a staff-cost line item (BJ-11-1)', () => {
    expect(ids(pay(storedProject('bijie')))).toEqual(expect.arrayContaining(['BJ-10-library-and-plan:DENY-PAY', 'BJ-16-contract-before-pay:DENY-PAY']));
    const r = pay(storedProject('bijie', {}, ok as never), { lineItems: [{ type: '差旅费', amount: 100_000 }] });
    expect(r.answer).toBe('deny');
    expect(ids(r)).toContain('BJ-11-1-staff-public:DENY-PAY');
  });
  it('BJ-31-block: an open finding blocks subsequent funds; it is not overridable', () => {
    const p = storedProject('bijie', {}, { ...ok, status: { ...ok.status, openFindings: [{ ruleId: 'BJ-31-3-not-on-city-cloud', status: 'open' }] } } as never);
    const r = pay(p);
    expect(r.answer).toBe('deny');
    expect(r.reasons.find((x) => x.ruleId === 'BJ-31-block')).toMatchObject({ overridable: false });
  });
});

describe('jinjiang (draft: advisory only)', () => {
  it('a denial of the draft pack answers review, never deny, with the draft notice', () => {
    const r = pay(storedProject('jinjiang', {}, { status: { inLibrary: false } }));
    expect(r.answer).toBe('review');
    expect(r.binding).toBe(false);
    expect(r.notice).toMatch(/征求意见稿/);
    expect(r.reasons.every((x) => x.advisory)).toBe(true);
  });
  it('JJ-16: O&M for a stopped system is flagged (absolute in the text, advisory while draft)', () => {
    const r = om(systemOf(storedProject('jinjiang'), { status: 'stopped' }));
    expect(r.reasons.find((x) => x.ruleId === 'JJ-16-stopped-no-om')).toMatchObject({ outcome: 'DENY-OM', overridable: false, advisory: true });
    expect(r.answer).toBe('review');
  });
});

describe('shandong', () => {
  const opinion = { reviews: { 省政务服务管理办公室审核意见: 'pass' }, decisions: { 'SD-28-sharing-basis': { result: 'pass', reviewer: 'r', on: ON } } } as const;
  it('Q1 denies without the 省政务服务管理办公室 opinion (SD-09), allows with it', () => {
    expect(ids(pay(storedProject('shandong')))).toContain('SD-09-opinion-prereq:DENY-PAY');
    expect(pay(storedProject('shandong', {}, { status: opinion } as never)).answer).toBe('allow');
  });
  it('SD-23 (A-13): after completion an unaccepted project gets no further construction money; accepted it does', () => {
    const unaccepted = pay(storedProject('shandong', {}, { status: opinion, dates: { constructionCompleted: '2026-01-10' } } as never), { purpose: 'final_instalment' });
    expect(unaccepted.answer).toBe('deny');
    expect(ids(unaccepted)).toContain('SD-23-unaccepted-no-funds:DENY-PAY');
    const accepted = pay(storedProject('shandong', {}, { status: opinion, dates: { constructionCompleted: '2026-01-10', acceptancePassed: '2026-05-01' } } as never), { purpose: 'final_instalment' });
    expect(accepted.answer).toBe('review'); // SD-17 surplus-return flag: money left under the 概算
    expect(ids(accepted)).not.toContain('SD-23-unaccepted-no-funds:DENY-PAY');
  });
  it('SD-17 超支不补 is overridable: an override lets the overrun through', () => {
    const p = storedProject('shandong', {}, { status: opinion, paidToDate: 57_900_000 } as never);
    expect(pay(p).answer).toBe('deny');
    const o = storedProject('shandong', {}, { status: { ...opinion, overrides: { 'SD-17-no-overrun': override } }, paidToDate: 57_900_000 } as never);
    expect(pay(o).answer).toBe('allow');
  });
  it('Q2 denies a system not on the sharing platform (SD-29)', () => {
    const p = storedProject('shandong', {}, { status: opinion } as never);
    expect(ids(om(systemOf(p, { onSharingPlatform: false, dataShared: true })))).toContain('SD-29-sharing-platform:DENY-OM');
    expect(om(systemOf(p, { onSharingPlatform: true, dataShared: true })).answer).toBe('allow');
  });
});

describe('xichuan', () => {
  const reviewed = { reviews: { 技术性审查: 'pass' } } as const;
  it('Q1 denies an unreviewed project (XC-07, overridable) and allows a reviewed one', () => {
    const r = pay(storedProject('xichuan'));
    expect(r.reasons.find((x) => x.ruleId === 'XC-07-unreviewed')).toMatchObject({ outcome: 'DENY-PAY', overridable: true });
    expect(pay(storedProject('xichuan', {}, { status: reviewed } as never)).answer).toBe('allow');
  });
  it('Q2 denies without the 局 审核意见 (XC-22) and a long-unused system absolutely (XC-23-2a)', () => {
    const p = storedProject('xichuan', {}, { status: reviewed } as never);
    const s = systemOf(p, { interconnected: true, dataAggregated: true, dataShared: true, duplicateCollection: false, duplicateBuild: false });
    expect(ids(om(s))).toContain('XC-22-om-review-opinion:DENY-OM');
    const unused = om({ ...s, facts: { ...s.facts, status: 'long_unused' }, overrides: { 'XC-23-2a-stopped-unused': override } }, { reviewOpinion: { result: 'pass' } });
    expect(unused.answer).toBe('deny');
    expect(unused.reasons.find((x) => x.ruleId === 'XC-23-2a-stopped-unused')).toMatchObject({ overridable: false });
  });
});
