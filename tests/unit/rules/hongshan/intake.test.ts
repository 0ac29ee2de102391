import { describe, expect, it } from 'vitest';
import { approvalApp, doc, fullDoc, ids, libraryApp, of, review } from './fixtures-front.js';

describe('baseline', () => {
  it('a complete 50万 入库申请 raises no blocking intake finding', () => {
    const d = review(libraryApp());
    expect(d.blocking).toEqual([]);
    expect(d.outcome).not.toBe('returned');
  });
});

describe('HS-07-annual-0630 (第七条, A-07): next-year projects by 30 June, FLAG not reject', () => {
  const at = (submittedOn: string, targetYear = 2027) => review(libraryApp({ targetYear, dates: { submittedOn } }), {}, submittedOn);
  it('submitted on 2026-06-30 for 2027: on time', () => {
    expect(ids(at('2026-06-30').findings)).not.toContain('HS-07-annual-0630');
  });
  it('submitted on 2026-07-01 for 2027: FLAG late, overridable, not blocking', () => {
    const d = at('2026-07-01');
    const f = of(d.findings, 'HS-07-annual-0630', 'FLAG');
    expect(f).toHaveLength(1);
    expect(f[0].overridable).toBe(true);
    expect(f[0].message).toContain('2026年6月30日');
    expect(d.blocking.map((b) => b.ruleId)).not.toContain('HS-07-annual-0630');
  });
  it('即有即报: a project for the current year submitted in July is not flagged', () => {
    expect(ids(at('2026-07-01', 2026).findings)).not.toContain('HS-07-annual-0630');
  });
  it('the 区政数局 acceptance is recorded as an override', () => {
    const override = { authority: '区政数局', reason: '同意本年度受理', documentRef: 'HS-2026-07', on: '2026-07-02' };
    const d = review(libraryApp({ dates: { submittedOn: '2026-07-01' }, status: { reviews: { 前置审核: 'pass' }, overrides: { 'HS-07-annual-0630': override } } }), {}, '2026-07-02');
    expect(of(d.findings, 'HS-07-annual-0630')[0].overriddenBy).toEqual(override);
  });
});

describe('HS-07-dept-consolidated (第七条)', () => {
  it('a subordinate unit needs the parent department review; supplied → nothing missing', () => {
    const sub = { type: '事业单位', isSubordinateUnit: true };
    const d = review(libraryApp({ applicant: sub }));
    expect(of(d.findings, 'HS-07-dept-consolidated')[0].missing).toEqual(['主管部门审核意见']);
    expect(d.outcome).toBe('returned');
    const ok = review(libraryApp({ applicant: sub, documents: [doc('申请入库文件'), fullDoc('实施方案'), doc('主管部门审核意见')] }));
    expect(of(ok.findings, 'HS-07-dept-consolidated')[0].missing).toEqual([]);
    expect(ids(review(libraryApp()).findings)).not.toContain('HS-07-dept-consolidated');
  });
});

describe('HS-08 入库 document sets (第八条, A-08)', () => {
  it('exactly 600,000.00 → 申请入库文件 + 可行性研究报告; no 初步设计方案 at intake', () => {
    const d = review(libraryApp({ amountTotal: 60_000_000, documents: [doc('申请入库文件')] }));
    const f = of(d.findings, 'HS-08-docs-600k')[0];
    expect(f.requires).toEqual(['申请入库文件', '可行性研究报告']);
    expect(f.missing).toEqual(['可行性研究报告']);
    expect(d.outcome).toBe('returned');
    expect(ids(d.findings)).not.toContain('HS-08-docs-below-600k');
    expect(d.findings.flatMap((x) => x.missing ?? [])).not.toContain('初步设计方案');
  });
  it('≥60万 with 可研 supplied: missing empties', () => {
    const d = review(libraryApp({ amountTotal: 60_000_000, documents: [doc('申请入库文件'), fullDoc('可行性研究报告')] }));
    expect(of(d.findings, 'HS-08-docs-600k')[0].missing).toEqual([]);
  });
  it('599,999.99 → 申请入库文件 + 实施方案(三合一)', () => {
    const d = review(libraryApp({ amountTotal: 59_999_999, documents: [] }));
    const f = of(d.findings, 'HS-08-docs-below-600k')[0];
    expect(f.requires).toEqual(['申请入库文件', '实施方案']);
    expect(f.missing).toEqual(['申请入库文件', '实施方案']);
    expect(ids(d.findings)).not.toContain('HS-08-docs-600k');
    expect(of(review(libraryApp({ amountTotal: 59_999_999 })).findings, 'HS-08-docs-below-600k')[0].missing).toEqual([]);
  });
  it('approval applications are not checked against the 入库 sets', () => {
    const d = review(approvalApp());
    expect(ids(d.findings)).not.toContain('HS-08-docs-600k');
    expect(ids(d.findings)).not.toContain('HS-08-docs-below-600k');
  });
  it('O&M projects do not need 可研 / 实施方案 at intake', () => {
    const d = review(libraryApp({ category: 'om', omKind: 'new', documents: [doc('运维方案')], dates: { submittedOn: '2026-03-02', freeOmEnd: '2027-05-31' } }));
    expect(ids(d.findings)).not.toContain('HS-08-docs-below-600k');
  });
});

describe('HS-08-om-new-window (第八条): 运维方案, in the year before the free O&M period ends', () => {
  const om = (submittedOn: string, documents = [doc('运维方案')]) =>
    review(libraryApp({ category: 'om', omKind: 'new', documents, targetYear: 2027, dates: { submittedOn, freeOmEnd: '2027-05-31' } }), {}, submittedOn);
  it('submitted on 2026-12-31 (last day of the expected year): no window flag', () => {
    const d = om('2026-12-31');
    expect(of(d.findings, 'HS-08-om-new-window', 'FLAG')).toHaveLength(0);
    expect(of(d.findings, 'HS-08-om-new-window', 'REQUIRE')[0].missing).toEqual([]);
  });
  it('submitted on 2027-01-01: FLAG late', () => {
    const f = of(om('2027-01-01').findings, 'HS-08-om-new-window', 'FLAG');
    expect(f).toHaveLength(1);
    expect(f[0].detail).toMatchObject({ state: 'late', expectedYear: 2026 });
  });
  it('submitted on 2025-12-31: FLAG early (inferred)', () => {
    expect(of(om('2025-12-31').findings, 'HS-08-om-new-window', 'FLAG')[0].detail).toMatchObject({ state: 'early' });
  });
  it('运维方案 missing → returned', () => {
    const d = om('2026-03-02', []);
    expect(of(d.findings, 'HS-08-om-new-window', 'REQUIRE')[0].missing).toEqual(['运维方案']);
    expect(d.outcome).toBe('returned');
  });
  it('the free O&M end date may come from the system', () => {
    const d = review(
      libraryApp({ category: 'om', omKind: 'new', documents: [doc('运维方案')], dates: { submittedOn: '2027-02-01' } }),
      { system: { id: 'S1', ownerDepartmentId: 'D001', status: 'running', freeOmEnd: '2027-05-31' } },
      '2027-02-01',
    );
    expect(of(d.findings, 'HS-08-om-new-window', 'FLAG')[0].detail).toMatchObject({ state: 'late' });
  });
});

describe('HS-08-om-renewal-window (第八条)', () => {
  const renew = (submittedOn: string, documents = [doc('运维方案'), doc('新一轮运维需求评估')]) =>
    review(libraryApp({ category: 'om', omKind: 'renewal', documents, dates: { submittedOn, omPeriodEnd: '2027-12-31' } }), {}, submittedOn);
  it('运维方案 and 新一轮运维需求评估 required; missing empties when supplied', () => {
    expect(of(renew('2026-06-01', []).findings, 'HS-08-om-renewal-window', 'REQUIRE')[0].missing).toEqual(['运维方案', '新一轮运维需求评估']);
    expect(of(renew('2026-06-01').findings, 'HS-08-om-renewal-window', 'REQUIRE')[0].missing).toEqual([]);
  });
  it('2026-12-31 is in time, 2027-01-01 is late', () => {
    expect(of(renew('2026-12-31').findings, 'HS-08-om-renewal-window', 'FLAG')).toHaveLength(0);
    expect(of(renew('2027-01-01').findings, 'HS-08-om-renewal-window', 'FLAG')[0].detail).toMatchObject({ state: 'late' });
  });
  it('the new-O&M rule does not also fire for a renewal', () => {
    expect(ids(renew('2026-06-01').findings)).not.toContain('HS-08-om-new-window');
  });
});

describe('HS-11-project-code (第十一条)', () => {
  it('an approval application without 项目代码 is rejected', () => {
    const d = review(approvalApp({ projectCode: undefined }));
    expect(of(d.blocking, 'HS-11-project-code', 'REJECT')).toHaveLength(1);
    expect(d.outcome).toBe('rejected');
  });
  it('with the code, or for a classified project, nothing', () => {
    expect(ids(review(approvalApp()).findings)).not.toContain('HS-11-project-code');
    expect(ids(review(approvalApp({ projectCode: undefined, flags: { classified: true } })).findings)).not.toContain('HS-11-project-code');
  });
  it('入库 applications are not asked for the code', () => {
    expect(ids(review(libraryApp()).findings)).not.toContain('HS-11-project-code');
  });
});

describe('HS-15-cross-dept-framework (第十五条)', () => {
  const framework = { 参建部门: 'D001,D002', 建设目标: '一网通办', 主体内容: '统一受理', 业务流: '...', 数据流: '...', 系统接口: '...', 初步数据目录: '...' };
  it('cross-department: 框架方案 and its fields are required', () => {
    const f = of(review(libraryApp({ flags: { crossDept: true } })).findings, 'HS-15-cross-dept-framework')[0];
    // 系统接口 is already among the baseline fields (第六条(三)), so it is not missing
    expect(f.missing).toEqual(['框架方案', '参建部门', '建设目标', '主体内容', '业务流', '数据流', '初步数据目录']);
  });
  it('supplied → nothing missing; a participating department must also cite the framework', () => {
    const docs = [doc('申请入库文件'), fullDoc('实施方案'), doc('框架方案')];
    const lead = review(libraryApp({ flags: { crossDept: true }, documents: docs, fields: { ...framework } }));
    expect(of(lead.findings, 'HS-15-cross-dept-framework')[0].missing).toEqual([]);
    const member = review(libraryApp({ flags: { crossDept: true }, documents: docs, fields: { ...framework, 跨部门角色: '参建部门' } }));
    expect(of(member.findings, 'HS-15-cross-dept-framework')[0].missing).toEqual(['框架方案编号']);
  });
  it('not cross-department → not asked', () => {
    expect(ids(review(libraryApp()).findings)).not.toContain('HS-15-cross-dept-framework');
  });
});

describe('HS-17-responsible-person (第十七条)', () => {
  it('项目实施机构 and 项目责任人 are required', () => {
    const d = review(libraryApp({ implementingBody: undefined, responsiblePerson: '' }));
    expect(of(d.findings, 'HS-17-responsible-person')[0].missing).toEqual(['项目实施机构', '项目责任人']);
    expect(d.outcome).toBe('returned');
    expect(of(review(libraryApp({ responsiblePerson: undefined })).findings, 'HS-17-responsible-person')[0].missing).toEqual(['项目责任人']);
    expect(of(review(libraryApp()).findings, 'HS-17-responsible-person')[0].missing).toEqual([]);
  });
});
