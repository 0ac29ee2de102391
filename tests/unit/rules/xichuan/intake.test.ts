import { describe, expect, it } from 'vitest';
import { byRule, decided, one, preReviewP, withFields, xcProject } from './fixtures.js';

describe('XC-02-applicant (第二条): county-level bodies and authorised 事业单位 only', () => {
  it('a 县直部门 at county level is in scope', () => {
    expect(byRule(preReviewP(xcProject()).findings, 'XC-02-applicant')).toHaveLength(0);
  });
  it('a city-level applicant is rejected', () => {
    const d = preReviewP(xcProject({ applicant: { type: '县直部门', level: 'city', viaCompetentDepartment: true } }));
    expect(d.outcome).toBe('rejected');
    expect(d.blocking.map((f) => f.ruleId)).toContain('XC-02-applicant');
    expect(one(d.findings, 'XC-02-applicant').article).toBe('第二条');
  });
  it('a 国有企业 is not a listed body', () => {
    const d = preReviewP(xcProject({ applicant: { type: '县属国有企业', level: 'county', viaCompetentDepartment: true } }));
    expect(one(d.findings, 'XC-02-applicant').outcome).toBe('REJECT');
    expect(d.outcome).toBe('rejected');
  });
  it('a 事业单位 needs the statutory authorisation', () => {
    const applicant = { type: '事业单位', level: 'county' as const, viaCompetentDepartment: true };
    expect(one(preReviewP(xcProject({ applicant })).findings, 'XC-02-applicant').outcome).toBe('REJECT');
    expect(byRule(preReviewP(withFields({ 法律法规授权管理公共事务职能: true }, { applicant })).findings, 'XC-02-applicant')).toHaveLength(0);
  });
  it('乡镇人民政府 (addressed by the notice) is accepted', () => {
    const d = preReviewP(xcProject({ applicant: { type: '乡镇人民政府', level: 'county', viaCompetentDepartment: true } }));
    expect(byRule(d.findings, 'XC-02-applicant')).toHaveLength(0);
  });
});

describe('XC-07-annual-0630 (第七条): next year projects by 30 June', () => {
  const submitted = (submittedOn: string, extra: Parameters<typeof xcProject>[0] = {}) =>
    preReviewP(xcProject({ targetYear: 2027, dates: { submittedOn }, ...extra })).findings;
  it('30 June of the previous year is on time', () => {
    expect(byRule(submitted('2026-06-30'), 'XC-07-annual-0630')).toHaveLength(0);
  });
  it('1 July is late: FLAG, next cycle', () => {
    const f = one(submitted('2026-07-01'), 'XC-07-annual-0630');
    expect(f.outcome).toBe('FLAG');
    expect(f.detail).toMatchObject({ deadline: '2026-06-30', submittedOn: '2026-07-01', nextCycleTargetYear: 2028 });
  });
  it('a late FLAG does not block the pre-review', () => {
    const d = preReviewP(xcProject({ targetYear: 2027, dates: { submittedOn: '2026-07-01' } }));
    expect(d.blocking.map((f) => f.ruleId)).not.toContain('XC-07-annual-0630');
  });
  it('without a submission date the evaluation date counts', () => {
    expect(byRule(preReviewP(xcProject({ targetYear: 2027, dates: {} }), '2026-07-01').findings, 'XC-07-annual-0630')).toHaveLength(1);
    expect(byRule(preReviewP(xcProject({ targetYear: 2027, dates: {} }), '2026-06-30').findings, 'XC-07-annual-0630')).toHaveLength(0);
  });
  it('temporary arrangements (第八条) are not flagged', () => {
    expect(byRule(submitted('2026-07-01', { flags: { temporary: true } }), 'XC-07-annual-0630')).toHaveLength(0);
  });
});

describe('XC-07-submitter (第七条): submitted by the 主管部门', () => {
  it('via the competent department: requirement shown, nothing missing', () => {
    const f = one(preReviewP(xcProject()).findings, 'XC-07-submitter');
    expect(f.outcome).toBe('REQUIRE');
    expect(f.missing).toEqual([]);
  });
  it('submitted directly: returned', () => {
    const d = preReviewP(xcProject({ applicant: { type: '县直部门', level: 'county', viaCompetentDepartment: false } }));
    expect(one(d.findings, 'XC-07-submitter').missing).toEqual(['经项目建设单位主管部门报送']);
    expect(d.outcome).toBe('returned');
  });
});

describe('XC-09-docs-invest (第九条): 政府投资建设类 needs 项目建议书, 可研, 初步设计 ("原则上")', () => {
  it('all three present: nothing missing, no amount threshold', () => {
    const f = one(preReviewP(xcProject({ amountTotal: 100 /* 1元: no amount threshold */ })).findings, 'XC-09-docs-invest');
    expect(f.requires).toEqual(['项目建议书', '可行性研究报告', '初步设计方案']);
    expect(f.missing).toEqual([]);
    expect(f.overridable).toBe(true);
  });
  it('missing 初步设计方案: returned', () => {
    const p = xcProject();
    const d = preReviewP({ ...p, documents: p.documents.filter((x) => x.type !== '初步设计方案') });
    expect(one(d.findings, 'XC-09-docs-invest').missing).toEqual(['初步设计方案']);
    expect(d.outcome).toBe('returned');
  });
  it('an override by the 局 lets it through (原则上)', () => {
    const p = xcProject();
    const d = preReviewP({
      ...p,
      documents: p.documents.filter((x) => x.type !== '初步设计方案'),
      status: {
        ...p.status,
        overrides: { 'XC-09-docs-invest': { authority: '县行政审批和政务信息管理局', reason: '紧急部署', documentRef: '淅审批[2026]1号', on: '2026-03-01' } },
      },
    });
    expect(d.blocking.map((f) => f.ruleId)).not.toContain('XC-09-docs-invest');
    expect(one(d.findings, 'XC-09-docs-invest').overriddenBy?.authority).toBe('县行政审批和政务信息管理局');
  });
  it('a purchased service does not need them', () => {
    expect(byRule(preReviewP(xcProject({ deliveryMode: 'purchase_service', fundingMode: 'purchase_service' })).findings, 'XC-09-docs-invest')).toHaveLength(0);
  });
});

describe('XC-12-ai-needs (第十二条): new projects state AI large-model scenarios and needs', () => {
  it('present: a reviewer task (充分调研 is judged)', () => {
    const d = preReviewP(xcProject());
    expect(one(d.findings, 'XC-12-ai-needs').missing).toEqual([]);
    expect(d.reviewerTasks.map((f) => f.ruleId)).toContain('XC-12-ai-needs');
  });
  it('missing: returned', () => {
    const p = xcProject();
    const d = preReviewP({ ...p, fields: { ...p.fields, 人工智能大模型应用场景: '', 人工智能大模型应用需求: undefined as unknown as string } });
    expect(one(d.findings, 'XC-12-ai-needs').missing).toEqual(['人工智能大模型应用场景', '人工智能大模型应用需求']);
    expect(d.outcome).toBe('returned');
  });
  it('not for a continuation', () => {
    expect(byRule(preReviewP(xcProject({ subtype: 'continuation' })).findings, 'XC-12-ai-needs')).toHaveLength(0);
  });
});

describe('XC-13-responsible-person (第十三条): 项目实施机构 and 项目责任人', () => {
  it('both present', () => {
    expect(one(preReviewP(xcProject()).findings, 'XC-13-responsible-person').missing).toEqual([]);
  });
  it('no 责任人: returned', () => {
    const d = preReviewP(xcProject({ responsiblePerson: undefined }));
    expect(one(d.findings, 'XC-13-responsible-person').missing).toEqual(['项目责任人']);
    expect(d.outcome).toBe('returned');
  });
  it('neither', () => {
    expect(one(preReviewP(xcProject({ responsiblePerson: '', implementingBody: undefined })).findings, 'XC-13-responsible-person').missing).toEqual([
      '项目实施机构',
      '项目责任人',
    ]);
  });
});

describe('folding: a complete application with every reviewer item decided is admissible', () => {
  it('pending_review until decided, admissible after', () => {
    const d = preReviewP(xcProject());
    expect(d.outcome).toBe('pending_review');
    const ids = [...new Set(d.reviewerTasks.map((f) => f.ruleId))];
    const p = xcProject();
    const done = preReviewP({ ...p, status: { ...p.status, decisions: decided(ids) } });
    expect(done.outcome).toBe('admissible');
  });
});
