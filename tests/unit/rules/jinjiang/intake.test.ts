import { describe, expect, it } from 'vitest';
import { packListing } from '@gov/rules';
import { BUILD_CHAPTERS, MAINT_CHAPTERS, jj, jjInForce, library, needsPlan, of, preReviewJJ, wan, withStatus } from './fixtures.js';

describe('jinjiang pack: a draft whose outcomes are advisory (A-20)', () => {
  it('implements all 66 catalogue rules', () => {
    const l = packListing('jinjiang', '2026-03-02');
    expect(l.counts).toEqual({ total: 66, implemented: 66 });
    expect(l.validity.binding).toBe(false);
  });
  it('a compliant 需求方案 is admissible, and the decision says it does not bind', () => {
    const d = preReviewJJ(needsPlan());
    expect(d.outcome).toBe('admissible');
    expect(d.binding).toBe(false);
    expect(d.packStatus).toBe('draft');
    expect(d.notice).toContain('征求意见稿');
    expect(preReviewJJ(needsPlan(), '2026-03-02', jjInForce).outcome).toBe('admissible');
  });
  it('a compliant 入库申请 is admissible', () => {
    expect(preReviewJJ(library(), '2026-03-02', jjInForce).outcome).toBe('admissible');
  });
});

describe('JJ-02-applicant (第二条): 区级部门、街道、区属国有企业 only', () => {
  it.each(['区级部门', '街道', '区属国有企业'])('%s may submit', (type) => {
    const d = preReviewJJ(needsPlan({ applicant: { type, level: 'district' } }));
    expect(of(d.findings, 'JJ-02-applicant')).toHaveLength(0);
  });
  it('a 市属国企 is refused, advisory under the draft and rejected once in force', () => {
    const p = needsPlan({ applicant: { type: '市属国企', level: 'city' } });
    const draft = preReviewJJ(p);
    const [f] = of(draft.findings, 'JJ-02-applicant');
    expect(f.outcome).toBe('REJECT');
    expect(f.article).toBe('第二条');
    expect(f.advisory).toBe(true);
    expect(draft.outcome).not.toBe('rejected');
    expect(draft.blocking).toHaveLength(0);
    const bound = preReviewJJ(p, '2026-03-02', jjInForce);
    expect(bound.outcome).toBe('rejected');
    expect(bound.blocking.map((b) => b.ruleId)).toContain('JJ-02-applicant');
  });
});

describe('JJ-06-leader-signoff (第六条): 会议纪要 or 领导签批 of the 分管区领导', () => {
  const docs = needsPlan().documents.filter((d) => d.type !== '领导签批');
  it('missing when neither is on file', () => {
    const [f] = of(preReviewJJ(needsPlan({ documents: docs })).findings, 'JJ-06-leader-signoff');
    expect(f.outcome).toBe('REQUIRE');
    expect(f.missing).toEqual(['分管区领导审核同意(会议纪要或领导签批)']);
    expect(preReviewJJ(needsPlan({ documents: docs }), '2026-03-02', jjInForce).outcome).toBe('returned');
  });
  it('a 会议纪要 suffices', () => {
    const [f] = of(preReviewJJ(needsPlan({ documents: [...docs, { type: '会议纪要' }] })).findings, 'JJ-06-leader-signoff');
    expect(f.missing).toEqual([]);
  });
});

describe('JJ-06-build-fields / JJ-06-maint-fields (第六条): seven sections of the 需求方案', () => {
  const withChapters = (chapters: string[], category: 'build' | 'maintenance' = 'build') =>
    needsPlan({ category, servicePeriodMonths: 12, documents: [...needsPlan().documents.filter((d) => d.type !== '需求方案'), { type: '需求方案', chapters }] });
  it('建设类: a missing 技术实现 section is reported', () => {
    const [f] = of(preReviewJJ(withChapters(BUILD_CHAPTERS.filter((c) => c !== '技术实现'))).findings, 'JJ-06-build-fields');
    expect(f.missing).toEqual(['需求方案:技术实现']);
    expect(f.requires).toHaveLength(7);
  });
  it('建设类: complete sections → nothing missing', () => {
    expect(of(preReviewJJ(needsPlan()).findings, 'JJ-06-build-fields')[0].missing).toEqual([]);
  });
  it('no 需求方案 at all → the document is missing', () => {
    const p = needsPlan({ documents: needsPlan().documents.filter((d) => d.type !== '需求方案') });
    expect(of(preReviewJJ(p).findings, 'JJ-06-build-fields')[0].missing).toEqual(['需求方案']);
  });
  it('维护类 uses its own seven sections (考核指标 missing)', () => {
    const d = preReviewJJ(withChapters(MAINT_CHAPTERS.filter((c) => c !== '考核指标'), 'maintenance'));
    expect(of(d.findings, 'JJ-06-build-fields')).toHaveLength(0);
    expect(of(d.findings, 'JJ-06-maint-fields')[0].missing).toEqual(['需求方案:考核指标']);
    const ok = preReviewJJ(withChapters(MAINT_CHAPTERS, 'maintenance'));
    expect(of(ok.findings, 'JJ-06-maint-fields')[0].missing).toEqual([]);
  });
});

describe('JJ-06-maint-period-3y (第六条): 服务周期最长不超过3年', () => {
  const maint = (servicePeriodMonths?: number) =>
    needsPlan({
      category: 'maintenance',
      servicePeriodMonths,
      documents: [...needsPlan().documents.filter((d) => d.type !== '需求方案'), { type: '需求方案', chapters: MAINT_CHAPTERS }],
    });
  it('exactly 36 months is allowed', () => {
    expect(of(preReviewJJ(maint(36)).findings, 'JJ-06-maint-period-3y')).toHaveLength(0);
  });
  it('37 months is refused (advisory in the draft, rejected in force)', () => {
    const [f] = of(preReviewJJ(maint(37)).findings, 'JJ-06-maint-period-3y');
    expect(f.outcome).toBe('REJECT');
    expect(f.message).toContain('37个月');
    expect(preReviewJJ(maint(37), '2026-03-02', jjInForce).outcome).toBe('rejected');
  });
  it('an unknown period is asked for', () => {
    const [f] = of(preReviewJJ(maint(undefined)).findings, 'JJ-06-maint-period-3y');
    expect(f.outcome).toBe('REQUIRE');
    expect(f.missing).toEqual(['服务周期(月)']);
  });
  it('建设类 projects have no service-period cap', () => {
    expect(of(preReviewJJ(needsPlan({ servicePeriodMonths: 60 })).findings, 'JJ-06-maint-period-3y')).toHaveLength(0);
  });
});

describe('JJ-06-attestation (第六条): 真实性和合法性 attestation', () => {
  it('present → a CHECK item for the reviewer', () => {
    const p = withStatus(needsPlan(), { decisions: {} });
    const d = preReviewJJ(p);
    const [f] = of(d.findings, 'JJ-06-attestation');
    expect(f.outcome).toBe('CHECK');
    expect(d.reviewerTasks.map((t) => t.ruleId)).toContain('JJ-06-attestation');
  });
  it('absent → missing', () => {
    const [f] = of(preReviewJJ(needsPlan({ fields: {} })).findings, 'JJ-06-attestation');
    expect(f.outcome).toBe('REQUIRE');
    expect(f.missing).toEqual(['申报真实性合法性承诺']);
  });
});

describe('JJ-19-safety-statement (第十九条): 安全可靠情况说明 in the 需求方案', () => {
  it('missing section reported; present section clears it', () => {
    const p = needsPlan({
      documents: [...needsPlan().documents.filter((d) => d.type !== '需求方案'), { type: '需求方案', chapters: BUILD_CHAPTERS.slice(0, 7) }],
    });
    expect(of(preReviewJJ(p).findings, 'JJ-19-safety-statement')[0].missing).toEqual(['需求方案:软硬件产品安全可靠情况说明']);
    expect(of(preReviewJJ(needsPlan()).findings, 'JJ-19-safety-statement')[0].missing).toEqual([]);
  });
});

describe('JJ-07-batch-cutoffs (第七条): plan nodes 12月底 (Y−1) and 6月底 (Y)', () => {
  const big = (prereviewOn?: string) =>
    withStatus(needsPlan({ amountEstimate: wan(30), amountTotal: wan(30), targetYear: 2027 }), {
      decisions: prereviewOn
        ? { 'JJ-06-prereview': { result: 'pass', reviewer: '王专家', on: prereviewOn } }
        : {},
    });
  it('pre-reviewed on 2027-06-30 still makes batch 2 of 2027', () => {
    expect(of(preReviewJJ(big('2027-06-30'), '2027-07-05').findings, 'JJ-07-batch-cutoffs')).toHaveLength(0);
  });
  it('pre-reviewed on 2027-07-01 falls to the next batch', () => {
    const [f] = of(preReviewJJ(big('2027-07-01'), '2027-07-05').findings, 'JJ-07-batch-cutoffs');
    expect(f.outcome).toBe('FLAG');
    expect(f.detail).toMatchObject({ batch2Cutoff: '2027-06-30', nextBatch: { year: 2028, batch: 1 } });
  });
  it('not yet pre-reviewed: the evaluation date decides (2027-06-30 in time, 2027-07-01 late)', () => {
    expect(of(preReviewJJ(big(), '2027-06-30').findings, 'JJ-07-batch-cutoffs')).toHaveLength(0);
    expect(of(preReviewJJ(big(), '2027-07-01').findings, 'JJ-07-batch-cutoffs')).toHaveLength(1);
  });
  it('projects under 30万元 need no plan', () => {
    expect(of(preReviewJJ(needsPlan({ amountEstimate: wan(30) - 1 }), '2027-08-01').findings, 'JJ-07-batch-cutoffs')).toHaveLength(0);
  });
});

describe('JJ-08-build-scheme (第八条(一)): 建设方案 in the 入库程序', () => {
  it('required of 建设类 at the 入库申请, not at 预审', () => {
    const p = library({ documents: library().documents.filter((d) => d.type !== '建设方案') });
    expect(of(preReviewJJ(p).findings, 'JJ-08-build-scheme')[0].missing).toEqual(['建设方案']);
    expect(of(preReviewJJ(library()).findings, 'JJ-08-build-scheme')[0].missing).toEqual([]);
    expect(of(preReviewJJ(needsPlan()).findings, 'JJ-08-build-scheme')).toHaveLength(0);
  });
});

describe('JJ-08-budget-doc (第八条(三)): budget per the 实施方案 before 造价审核', () => {
  it('missing 项目预算 is reported, the complete package clears it', () => {
    const p = library({ documents: library().documents.filter((d) => d.type !== '项目预算') });
    expect(of(preReviewJJ(p).findings, 'JJ-08-budget-doc')[0].missing).toEqual(['项目预算']);
    expect(of(preReviewJJ(library()).findings, 'JJ-08-budget-doc')[0].missing).toEqual([]);
  });
  it('does not apply to a fresh 需求方案', () => {
    expect(of(preReviewJJ(needsPlan()).findings, 'JJ-08-budget-doc')).toHaveLength(0);
  });
});

it('jinjiang meta stays a draft', () => {
  expect(jj.meta.status).toBe('draft');
});
