import { describe, expect, it } from 'vitest';
import { DECIDED, jjInForce, library, needsPlan, of, preReviewJJ, wan, withFields, withStatus } from './fixtures.js';

const inForce = (p: Parameters<typeof preReviewJJ>[0], date = '2026-03-02') => preReviewJJ(p, date, jjInForce);
const undecided = (p: Parameters<typeof preReviewJJ>[0], id: string) => {
  const decisions = { ...p.status?.decisions };
  delete decisions[id];
  return withStatus(p, { decisions });
};

describe('JJ-06-prereview (第六条): 必要性 / 方案合理性 / 建设紧迫性', () => {
  it('is a reviewer task until decided, then a failed decision rejects (in force only)', () => {
    const p = undecided(needsPlan(), 'JJ-06-prereview');
    const d = preReviewJJ(p);
    const [f] = of(d.findings, 'JJ-06-prereview');
    expect(f.outcome).toBe('CHECK');
    expect(f.requires).toEqual(['项目必要性', '方案合理性', '建设紧迫性']);
    expect(d.outcome).toBe('pending_review');
    const failed = withStatus(p, { decisions: { ...DECIDED, 'JJ-06-prereview': { result: 'fail', reviewer: '王专家', on: '2026-02-28' } } });
    expect(preReviewJJ(failed).outcome).not.toBe('rejected');
    expect(inForce(failed).outcome).toBe('rejected');
  });
});

describe('JJ-08-review-checklist (第八条(一)): eight conclusions of the expert review', () => {
  it('appears for 建设类 in the 入库程序 with the eight items', () => {
    const [f] = of(preReviewJJ(library()).findings, 'JJ-08-review-checklist');
    expect(f.outcome).toBe('CHECK');
    expect(f.requires).toHaveLength(8);
    expect(f.requires).toContain('是否实施系统建设信创国产化');
    expect(of(preReviewJJ(needsPlan()).findings, 'JJ-08-review-checklist')).toHaveLength(0);
    expect(of(preReviewJJ(library({ category: 'maintenance' })).findings, 'JJ-08-review-checklist')).toHaveLength(0);
  });
});

describe('JJ-08-panel-mix (第八条(一)): random + directed', () => {
  it('a panel with no random expert is incomplete', () => {
    const p = withFields(library(), { 专家组人数: 3, 随机抽选专家人数: 0, 定向选取智慧蓉城专家人数: 1 });
    const [f] = of(preReviewJJ(p).findings, 'JJ-08-panel-mix');
    expect(f.missing).toEqual(['至少1名从专家库中随机抽选的专家', '每名专家的选取方式(须为随机抽选或定向选取智慧蓉城专家)']);
  });
  it('no panel record at the 入库申请 is missing; a proper one is fine', () => {
    const fields = { ...library().fields };
    delete fields['专家组人数'];
    expect(of(preReviewJJ(library({ fields })).findings, 'JJ-08-panel-mix')[0].missing).toEqual(['专家组组成记录(随机抽选与定向选取人数)']);
    expect(of(preReviewJJ(library()).findings, 'JJ-08-panel-mix')[0].missing).toEqual([]);
  });
});

describe('JJ-08-panel-directed-third (第八条(一)): 定向选取 ≤ 1/3, integer arithmetic', () => {
  const panel = (total: number, directed: number) =>
    withFields(library(), { 专家组人数: total, 随机抽选专家人数: total - directed, 定向选取智慧蓉城专家人数: directed, 签字评审意见份数: total });
  it.each([
    [3, 1],
    [5, 1],
    [6, 2],
  ])('%i experts, %i directed: allowed', (total, directed) => {
    expect(of(preReviewJJ(panel(total, directed)).findings, 'JJ-08-panel-directed-third')).toHaveLength(0);
    expect(inForce(panel(total, directed)).outcome).toBe('admissible');
  });
  it.each([
    [3, 2, 1],
    [5, 2, 1],
    [6, 3, 2],
  ])('%i experts, %i directed: refused (max %i)', (total, directed, max) => {
    const d = preReviewJJ(panel(total, directed));
    const [f] = of(d.findings, 'JJ-08-panel-directed-third');
    expect(f.outcome).toBe('REJECT');
    expect(f.detail).toMatchObject({ maxDirected: max });
    expect(d.outcome).not.toBe('rejected');
    expect(inForce(panel(total, directed)).outcome).toBe('rejected');
  });
});

describe('JJ-08-signed-opinions (第八条(一)): every expert signs', () => {
  it('4 of 5 signed → missing; 5 of 5 → complete', () => {
    const p = withFields(library(), { 签字评审意见份数: 4 });
    expect(of(preReviewJJ(p).findings, 'JJ-08-signed-opinions')[0].missing).toEqual(['专家签字评审意见(5份)']);
    expect(of(preReviewJJ(library()).findings, 'JJ-08-signed-opinions')[0].missing).toEqual([]);
  });
});

describe('JJ-08-desensitise (第八条(一)): opinions released only desensitised', () => {
  it('flags a release that was not desensitised', () => {
    const p = withFields(library(), { 专家评审意见已脱敏: false });
    expect(of(preReviewJJ(p).findings, 'JJ-08-desensitise')[0].outcome).toBe('FLAG');
    expect(of(preReviewJJ(library()).findings, 'JJ-08-desensitise')).toHaveLength(0);
  });
});

describe('JJ-08-three-strikes (第八条(一)): three failures → no review for one year', () => {
  const struck = withStatus(library(), { failedExpertReviews: ['2025-05-10', '2025-11-20', '2026-03-10'] });
  it('locked on the last day of the year (2027-03-10)', () => {
    const d = preReviewJJ(struck, '2027-03-10');
    const [f] = of(d.findings, 'JJ-08-three-strikes');
    expect(f.outcome).toBe('LOCKOUT');
    expect(f.due).toBe('2027-03-10');
    expect(d.outcome).not.toBe('rejected');
    expect(inForce(struck, '2027-03-10').outcome).toBe('rejected');
  });
  it('free again the day after (2027-03-11)', () => {
    expect(of(preReviewJJ(struck, '2027-03-11').findings, 'JJ-08-three-strikes')).toHaveLength(0);
  });
  it('two failures do not lock', () => {
    const two = withStatus(library(), { failedExpertReviews: ['2025-11-20', '2026-03-10'] });
    expect(of(preReviewJJ(two, '2026-03-11').findings, 'JJ-08-three-strikes')).toHaveLength(0);
  });
});

describe('JJ-08-joint-review (第八条(二)): explicit opinions of 网信办 / 保密机要局 / 公安分局', () => {
  const reviews = (r: Record<string, 'pass' | 'fail' | 'pending'>) =>
    withStatus(library(), { reviews: { 专家评审: 'pass', 造价审核: 'pass', 区委网信办: 'pass', 区委保密机要局: 'pass', 区公安分局: 'pass', ...r } });
  it('a pending opinion is missing', () => {
    expect(of(preReviewJJ(reviews({ 区公安分局: 'pending' })).findings, 'JJ-08-joint-review')[0].missing).toEqual(['区公安分局']);
  });
  it('a 不满足 opinion refuses the scheme', () => {
    const [f] = of(preReviewJJ(reviews({ 区委网信办: 'fail' })).findings, 'JJ-08-joint-review');
    expect(f.outcome).toBe('REJECT');
    expect(f.message).toContain('区委网信办');
  });
  it('all 满足 → complete; not before the expert review passed', () => {
    expect(of(preReviewJJ(library()).findings, 'JJ-08-joint-review')[0].missing).toEqual([]);
    const noExpert = withStatus(needsPlan(), { reviews: { 专家评审: 'pending' } });
    expect(of(preReviewJJ(noExpert).findings, 'JJ-08-joint-review')).toHaveLength(0);
  });
});

describe('JJ-05 opinions (第五条)', () => {
  it('区委保密机要局 opinion must cover 国产密码应用 and 信创国产化', () => {
    const docs = library().documents.map((d) => (d.type === '区委保密机要局意见' ? { ...d, chapters: ['国产密码应用'] } : d));
    expect(of(preReviewJJ(library({ documents: docs })).findings, 'JJ-05-crypto-xinchuang-opinion')[0].missing).toEqual([
      '区委保密机要局意见:信创国产化',
    ]);
    expect(of(preReviewJJ(library()).findings, 'JJ-05-crypto-xinchuang-opinion')[0].missing).toEqual([]);
  });
  it('cybersecurity opinions of 区委网信办 and 区公安分局', () => {
    const docs = library().documents.filter((d) => d.type !== '区公安分局网络安全意见');
    expect(of(preReviewJJ(library({ documents: docs })).findings, 'JJ-05-security-opinion')[0].missing).toEqual(['区公安分局网络安全意见']);
    expect(of(preReviewJJ(library()).findings, 'JJ-05-security-opinion')[0].missing).toEqual([]);
  });
});

describe('JJ-08-cost-review / JJ-08-library-admission (第八条(三)(四), A-18)', () => {
  const noCost = withStatus(
    library({ documents: library().documents.filter((d) => d.type !== '造价审核意见') }),
    { reviews: { 专家评审: 'pass', 区委网信办: 'pass', 区委保密机要局: 'pass', 区公安分局: 'pass' } },
  );
  it('no 造价审核 → the opinion is missing and the project cannot enter the library', () => {
    const d = preReviewJJ(noCost);
    expect(of(d.findings, 'JJ-08-cost-review')[0].missing).toEqual(['造价审核意见']);
    expect(of(d.findings, 'JJ-08-library-admission')[0].missing).toEqual(['造价审核(完成)']);
    expect(inForce(noCost).outcome).toBe('returned');
  });
  it('维护类 in the 入库程序 needs only 造价审核 (A-18, also under 30万元)', () => {
    const maint = withStatus(
      library({ category: 'maintenance', servicePeriodMonths: 24, documents: library().documents.filter((d) => d.type !== '造价审核意见') }),
      { reviews: {} },
    );
    const [f] = of(preReviewJJ(maint).findings, 'JJ-08-library-admission');
    expect(f.requires).toEqual(['造价审核(完成)']);
    expect(f.missing).toEqual(['造价审核(完成)']);
    const done = withStatus(maint, { reviews: { 造价审核: 'pass' } });
    expect(of(preReviewJJ(done).findings, 'JJ-08-library-admission')).toHaveLength(0);
    expect(of(preReviewJJ(done).findings, 'JJ-08-panel-mix')).toHaveLength(0);
  });
  it('建设类 without expert and joint review lists both steps', () => {
    const p = withStatus(library(), { decisions: {}, reviews: { 造价审核: 'pass' } });
    expect(of(preReviewJJ(p).findings, 'JJ-08-library-admission')[0].missing).toEqual(['专家评审(通过)', '部门联审(各部门意见均为满足)']);
  });
  it('a complete package raises nothing', () => {
    expect(of(preReviewJJ(library()).findings, 'JJ-08-library-admission')).toHaveLength(0);
  });
  it('a 储备 project (30万元, not in the plan) does not start the 入库程序 unless overridden', () => {
    const reserve = library({ amountEstimate: wan(30) });
    const [f] = of(preReviewJJ(reserve).findings, 'JJ-07-reserve');
    expect(f.outcome).toBe('REJECT');
    expect(f.overridable).toBe(true);
    expect(inForce(reserve).outcome).toBe('rejected');
    const overridden = withStatus(reserve, {
      overrides: { 'JJ-07-reserve': { authority: '领导小组办公室', reason: '急需启动', documentRef: '锦智办〔2026〕3号', on: '2026-02-25' } },
    });
    expect(inForce(overridden).outcome).toBe('admissible');
    expect(of(preReviewJJ(library({ amountEstimate: 29_999_999 })).findings, 'JJ-07-reserve')).toHaveLength(0);
  });
});

describe('JJ-03 / JJ-19 principles (第三条, 第十九条)', () => {
  it('platform integration plan required', () => {
    const p = needsPlan({ documents: needsPlan().documents.filter((d) => d.type !== '智慧蓉城锦江运行管理平台接入方案') });
    expect(of(preReviewJJ(p).findings, 'JJ-03-platform-connect')[0].missing).toEqual(['智慧蓉城锦江运行管理平台接入方案']);
    expect(of(preReviewJJ(needsPlan()).findings, 'JJ-03-platform-connect')[0].missing).toEqual([]);
  });
  it('reuse and advanced-technology checklist items', () => {
    const d = preReviewJJ(withStatus(needsPlan(), { decisions: {} }));
    expect(of(d.findings, 'JJ-03-reuse')[0].outcome).toBe('CHECK');
    expect(of(d.findings, 'JJ-03-advanced-tech')[0].outcome).toBe('CHECK');
    expect(d.reviewerTasks.map((t) => t.ruleId)).toEqual(expect.arrayContaining(['JJ-03-reuse', 'JJ-03-advanced-tech']));
  });
  it('product list with 安全可靠 status required', () => {
    const p = needsPlan({ documents: needsPlan().documents.filter((d) => d.type !== '软硬件产品清单(含安全可靠情况)') });
    expect(of(preReviewJJ(p).findings, 'JJ-19-safe-products')[0].missing).toEqual(['软硬件产品清单(含安全可靠情况)']);
    expect(of(preReviewJJ(needsPlan()).findings, 'JJ-19-safe-products')[0].missing).toEqual([]);
  });
});
