import { describe, expect, it } from 'vitest';
import type { ProjectFacts, SystemFacts } from '@gov/rules';
import { byRule, gate, omRequest, one, payment, wan, withFields, withReviews, xcProject, xcSystem } from './fixtures.js';

const q1 = (project: ProjectFacts = xcProject(), pay = payment(), system?: SystemFacts) => gate({ project, payment: pay, system });
const q2 = (system: SystemFacts = xcSystem(), req = omRequest(), project: ProjectFacts = xcProject()) => gate({ project, omRequest: req, system });

describe('baseline', () => {
  it('a reviewed, planned project may be paid; a compliant system may get O&M', () => {
    expect(q1().answer).toBe('allow');
    expect(q2().answer).toBe('allow');
    expect(q2().question).toBe('om');
  });
});

describe('XC-07-unreviewed (第七条): unreviewed projects get no budget (原则上, A-42)', () => {
  it('technical review pending: Q1 denied', () => {
    const d = q1(withReviews({ 技术性审查: 'pending' }));
    expect(d.answer).toBe('deny');
    expect(one(d.reasons, 'XC-07-unreviewed').outcome).toBe('DENY-PAY');
  });
  it('technical review pending: Q2 denied', () => {
    const d = q2(xcSystem(), omRequest(), withReviews({ 技术性审查: 'fail' }));
    expect(d.answer).toBe('deny');
    expect(one(d.reasons, 'XC-07-unreviewed').outcome).toBe('DENY-OM');
  });
  it('upper_required with the upper-level document attached is exempt', () => {
    const p = withReviews({ 技术性审查: 'pending' }, { origin: 'upper_required' });
    const d = q1({ ...p, documents: [...p.documents, { type: '上级明确要求建设文件' }] });
    expect(byRule(d.reasons, 'XC-07-unreviewed')).toHaveLength(0);
    expect(d.answer).toBe('allow');
  });
  it('upper_required without the document is not exempt', () => {
    const d = q1(withReviews({ 技术性审查: 'pending' }, { origin: 'upper_required' }));
    expect(d.answer).toBe('deny');
    expect(one(d.reasons, 'XC-07-unreviewed').message).toContain('上级明确要求建设文件');
  });
  it('overridable: the 局 + 县财政局 override turns the denial off', () => {
    const p = withReviews({ 技术性审查: 'pending' });
    const d = q1({
      ...p,
      status: { ...p.status, overrides: { 'XC-07-unreviewed': { authority: '县行政审批和政务信息管理局、县财政局', reason: '防汛应急', documentRef: '淅财[2026]9号', on: '2026-03-01' } } },
    });
    expect(one(d.reasons, 'XC-07-unreviewed').overriddenBy).toBeDefined();
    expect(d.answer).toBe('allow');
  });
});

describe('XC-11-disburse-basis (第十一条): 投资计划 and 项目实施意见', () => {
  it('no 投资计划: denied', () => {
    const d = q1(withReviews({ 投资计划: 'pending' }));
    expect(d.answer).toBe('deny');
    expect(one(d.reasons, 'XC-11-disburse-basis').message).toContain('缺少投资计划');
  });
  it('no 项目实施意见: denied', () => {
    expect(one(q1(withReviews({ 项目实施意见: 'pending' })).reasons, 'XC-11-disburse-basis').message).toContain('缺少项目实施意见');
  });
  it('both: allowed', () => {
    expect(byRule(q1().reasons, 'XC-11-disburse-basis')).toHaveLength(0);
  });
  it('purchased services are not 政府投资建设类', () => {
    expect(byRule(q1(withReviews({ 投资计划: 'pending' }, { deliveryMode: 'purchase_service' })).reasons, 'XC-11-disburse-basis')).toHaveLength(0);
  });
});

describe('XC-11-per-approval (第十一条)', () => {
  it('scope outside the approved scheme: denied', () => {
    expect(one(q1(xcProject(), payment({ outsideApprovedScope: true })).reasons, 'XC-11-per-approval').outcome).toBe('DENY-PAY');
  });
  it('within scope: allowed', () => {
    expect(q1(xcProject(), payment({ outsideApprovedScope: false })).answer).toBe('allow');
  });
});

describe('XC-11-surplus-return (第十一条)', () => {
  const done = (finalAccounts: number) => withFields({ 竣工决算金额: finalAccounts }, { dates: { acceptancePassed: '2026-01-10' } });
  it('final accounts one fen below the estimate: FLAG to return the surplus', () => {
    const d = q1(done(wan(100) - 1));
    expect(one(d.reasons, 'XC-11-surplus-return').detail).toMatchObject({ surplus: 1 });
    expect(d.answer).toBe('review');
  });
  it('final accounts equal to the estimate: no surplus', () => {
    expect(byRule(q1(done(wan(100))).reasons, 'XC-11-surplus-return')).toHaveLength(0);
  });
});

describe('XC-22-om-review-opinion (第二十[二]条): the 局 opinion for the year', () => {
  it('no opinion: DENY-OM', () => {
    const d = q2(xcSystem(), omRequest({ reviewOpinion: undefined }));
    expect(d.answer).toBe('deny');
    expect(one(d.reasons, 'XC-22-om-review-opinion').outcome).toBe('DENY-OM');
  });
  it('failed opinion: DENY-OM', () => {
    expect(q2(xcSystem(), omRequest({ reviewOpinion: { result: 'fail' } })).answer).toBe('deny');
  });
  it('passed: allowed', () => {
    expect(byRule(q2().reasons, 'XC-22-om-review-opinion')).toHaveLength(0);
  });
  it('does not speak on Q1', () => {
    expect(byRule(q1().reasons, 'XC-22-om-review-opinion')).toHaveLength(0);
  });
});

describe('XC-22-expenditure-standard (第二十[二]条)', () => {
  it('exactly the reviewed amount: allowed', () => {
    expect(q2(xcSystem(), omRequest({ amount: wan(10), reviewOpinion: { result: 'pass', amount: wan(10) }, standardAmount: wan(12) })).answer).toBe('allow');
  });
  it('one fen over the lower of opinion and standard: denied for the excess', () => {
    const d = q2(xcSystem(), omRequest({ amount: wan(8) + 1, reviewOpinion: { result: 'pass', amount: wan(10) }, standardAmount: wan(8) }));
    expect(d.answer).toBe('deny');
    expect(one(d.reasons, 'XC-22-expenditure-standard').detail).toMatchObject({ limit: wan(8), excess: 1 });
  });
});

describe('XC-23-1-no-sharing (第二十[三]条(一)): absolute', () => {
  it.each([
    ['interconnected', { interconnected: false }],
    ['dataAggregated', { dataAggregated: false }],
    ['dataShared', { dataShared: false }],
    ['duplicateCollection', { duplicateCollection: true }],
    ['duplicateBuild', { duplicateBuild: true }],
  ] as const)('%s alone denies O&M', (_name, patch) => {
    const d = q2(xcSystem(patch as Partial<SystemFacts>));
    expect(d.answer).toBe('deny');
    const f = one(d.reasons, 'XC-23-1-no-sharing');
    expect(f.outcome).toBe('DENY-OM');
    expect(f.overridable).toBe(false);
  });
  it('interconnection not shown counts as not done', () => {
    expect(byRule(q2(xcSystem({ interconnected: undefined })).reasons, 'XC-23-1-no-sharing')).toHaveLength(1);
  });
  it('an override is not honoured (absolute)', () => {
    const p = xcProject();
    const d = q2(xcSystem({ duplicateBuild: true }), omRequest(), {
      ...p,
      status: { ...p.status, overrides: { 'XC-23-1-no-sharing': { authority: '县财政局', reason: 'x', documentRef: 'y', on: '2026-01-01' } } },
    });
    expect(d.answer).toBe('deny');
  });
});

describe('XC-23-2a / XC-23-2b (第二十[三]条(二)): two independent triggers (A-26)', () => {
  it('long stopped alone (evaluation 合格) denies', () => {
    const d = q2(xcSystem({ status: 'stopped', lastEvaluation: '合格' }));
    expect(one(d.reasons, 'XC-23-2a-stopped-unused').outcome).toBe('DENY-OM');
    expect(byRule(d.reasons, 'XC-23-2b-eval-failed')).toHaveLength(0);
    expect(d.answer).toBe('deny');
  });
  it('long unused alone denies', () => {
    expect(byRule(q2(xcSystem({ status: 'long_unused' })).reasons, 'XC-23-2a-stopped-unused')).toHaveLength(1);
  });
  it('failed evaluation not rectified alone (running) denies', () => {
    const d = q2(xcSystem({ status: 'running', lastEvaluation: '不合格', rectificationAccepted: false }));
    expect(one(d.reasons, 'XC-23-2b-eval-failed').outcome).toBe('DENY-OM');
    expect(byRule(d.reasons, 'XC-23-2a-stopped-unused')).toHaveLength(0);
    expect(d.answer).toBe('deny');
  });
  it('failed evaluation with accepted rectification: allowed', () => {
    expect(q2(xcSystem({ lastEvaluation: '不合格', rectificationAccepted: true })).answer).toBe('allow');
  });
  it('running and 合格: neither', () => {
    const d = q2();
    expect(byRule(d.reasons, 'XC-23-2a-stopped-unused')).toHaveLength(0);
    expect(byRule(d.reasons, 'XC-23-2b-eval-failed')).toHaveLength(0);
  });
});

describe('XC-23-3-other (第二十[三]条(三)): open findings in the register', () => {
  it('an open finding denies O&M', () => {
    const d = q2(xcSystem(), omRequest(), xcProject({ status: { reviews: { 技术性审查: 'pass' }, openFindings: [{ ruleId: 'XC-35-rectification', status: 'open' }] } }));
    expect(one(d.reasons, 'XC-23-3-other').outcome).toBe('DENY-OM');
    expect(d.answer).toBe('deny');
  });
  it('closed findings do not', () => {
    const d = q2(xcSystem(), omRequest(), xcProject({ status: { reviews: { 技术性审查: 'pass' }, openFindings: [{ ruleId: 'XC-35-rectification', status: 'closed' }] } }));
    expect(d.answer).toBe('allow');
  });
});

describe('XC-25-no-third-party-cloud-renewal (第二十[五]条)', () => {
  it('Q1 renewal payment denied', () => {
    expect(one(q1(xcProject(), payment({ purpose: 'service', thirdPartyCloudRenewal: true })).reasons, 'XC-25-no-third-party-cloud-renewal').outcome).toBe('DENY-PAY');
  });
  it('Q2 renewal budget denied', () => {
    const d = q2(xcSystem(), omRequest({ thirdPartyCloudRenewal: true }));
    expect(one(d.reasons, 'XC-25-no-third-party-cloud-renewal').outcome).toBe('DENY-OM');
    expect(d.answer).toBe('deny');
  });
  it('no renewal: silent', () => {
    expect(byRule(q2(xcSystem(), omRequest({ thirdPartyCloudRenewal: false })).reasons, 'XC-25-no-third-party-cloud-renewal')).toHaveLength(0);
  });
});

describe('XC-21-outsourced-procurement (第二十一条)', () => {
  it('outsourced O&M without a procurement record: DENY-OM', () => {
    expect(one(q2(xcSystem({ omMode: '外包运维', hasProcurementRecord: false })).reasons, 'XC-21-outsourced-procurement').outcome).toBe('DENY-OM');
  });
  it('with the record: allowed', () => {
    expect(q2(xcSystem({ omMode: '外包运维', hasProcurementRecord: true })).answer).toBe('allow');
  });
  it('Q1 O&M payment without procurement: DENY-PAY', () => {
    expect(one(q1(xcProject(), payment({ purpose: 'om' }), xcSystem({ omMode: '外包运维' })).reasons, 'XC-21-outsourced-procurement').outcome).toBe('DENY-PAY');
  });
  it('self-managed: silent', () => {
    expect(byRule(q2(xcSystem({ omMode: '自管' })).reasons, 'XC-21-outsourced-procurement')).toHaveLength(0);
  });
});

describe('XC-35-sanctions (第三十[五]条)', () => {
  const sanctioned = (sanction: '暂缓拨付建设资金' | '暂停项目建设' | 'none') => xcProject({ status: { reviews: { 技术性审查: 'pass', 投资计划: 'pass', 项目实施意见: 'pass' }, sanction } });
  it('暂缓拨付建设资金 denies construction payments', () => {
    expect(q1(sanctioned('暂缓拨付建设资金')).answer).toBe('deny');
  });
  it('暂缓拨付建设资金 does not touch an O&M payment', () => {
    expect(byRule(q1(sanctioned('暂缓拨付建设资金'), payment({ purpose: 'om' })).reasons, 'XC-35-sanctions')).toHaveLength(0);
  });
  it('暂停项目建设 denies every payment', () => {
    expect(one(q1(sanctioned('暂停项目建设'), payment({ purpose: 'om' })).reasons, 'XC-35-sanctions').outcome).toBe('DENY-PAY');
  });
  it('no sanction: allowed', () => {
    expect(q1(sanctioned('none')).answer).toBe('allow');
  });
});

describe('XC-37-third-party-eval (第三十[七]条): advisory', () => {
  it('a negative third-party report is flagged on Q1 (review, not deny)', () => {
    const d = q1(withReviews({ 第三方绩效评价: 'fail' }));
    expect(one(d.reasons, 'XC-37-third-party-eval').outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
  });
  it('a positive report: silent', () => {
    expect(byRule(q1(withReviews({ 第三方绩效评价: 'pass' })).reasons, 'XC-37-third-party-eval')).toHaveLength(0);
  });
});

describe('XC-27-sharing-basis (第二十[七]条): advisory', () => {
  it('Q1 for a project whose system does not share yet: FLAG', () => {
    const d = q1(xcProject(), payment(), xcSystem({ dataShared: false }));
    expect(one(d.reasons, 'XC-27-sharing-basis').outcome).toBe('FLAG');
    expect(d.answer).toBe('review');
  });
  it('sharing shown: silent', () => {
    expect(byRule(q1(xcProject(), payment(), xcSystem()).reasons, 'XC-27-sharing-basis')).toHaveLength(0);
  });
});
