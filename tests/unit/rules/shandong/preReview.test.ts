import { describe, expect, it } from 'vitest';
import { byRule, ids, review, sdProject } from './fixtures.js';

const undecided = (overrides: Parameters<typeof sdProject>[0] = {}) => {
  const p = sdProject(overrides);
  return { ...p, status: { ...p.status, decisions: {} } };
};

describe('H items of pre-review appear as reviewer tasks until decided', () => {
  it('SD-08-central-review, SD-31-crypto-sync, SD-32-autonomous-products, SD-12-full-process', () => {
    const d = review({ project: undecided() });
    expect(d.outcome).toBe('pending_review');
    const tasks = ids(d.reviewerTasks);
    for (const id of ['SD-08-central-review', 'SD-31-crypto-sync', 'SD-32-autonomous-products', 'SD-12-full-process']) {
      expect(tasks).toContain(id);
      expect(byRule(d.findings, id)[0].outcome).toBe('CHECK');
    }
    expect(byRule(d.findings, 'SD-08-central-review')[0].message).toContain('必要性、可行性');
  });
  it('a failed 集中评审 decision rejects the application', () => {
    const p = sdProject();
    const failed = { ...p, status: { ...p.status, decisions: { ...p.status!.decisions, 'SD-08-central-review': { result: 'fail' as const, reviewer: '李', on: '2026-03-02' } } } };
    const d = review({ project: failed });
    expect(d.outcome).toBe('rejected');
    expect(ids(d.blocking)).toEqual(['SD-08-central-review']);
  });
});

describe('SD-27-catalogue-required (第二十七条): 信息资源目录 is a 规划审核要件', () => {
  it('without it the application is returned', () => {
    const d = review({ project: sdProject({ documents: sdProject().documents.filter((x) => x.type !== '信息资源目录') }) });
    const [f] = byRule(d.findings, 'SD-27-catalogue-required');
    expect(f.missing).toEqual(['信息资源目录']);
    expect(d.outcome).toBe('returned');
  });
  it('with it the requirement is met and goes to the reviewer for content', () => {
    const d = review({ project: undecided() });
    expect(byRule(d.findings, 'SD-27-catalogue-required')[0].missing).toEqual([]);
    expect(ids(d.reviewerTasks)).toContain('SD-27-catalogue-required');
  });
});

describe('SD-14-cross-dept-mechanism (第十四条)', () => {
  it('cross-department projects must document the coordination mechanism', () => {
    const [f] = byRule(review({ project: sdProject({ flags: { crossDept: true } }) }).findings, 'SD-14-cross-dept-mechanism');
    expect(f.missing).toEqual(['跨部门工作协调机制和共建共享机制', '部门间业务协同关系', '信息共享需求', '共建部门建设范围和责任义务']);
  });
  it('supplied as fields → missing empties', () => {
    const p = sdProject({
      flags: { crossDept: true },
      fields: {
        年度指导计划项目: 'x',
        跨部门工作协调机制和共建共享机制: '已建立',
        部门间业务协同关系: '见附件',
        信息共享需求: '见附件',
        共建部门建设范围和责任义务: '见附件',
      },
    });
    expect(byRule(review({ project: p }).findings, 'SD-14-cross-dept-mechanism')[0].missing).toEqual([]);
  });
  it('single-department project → silent', () => {
    expect(byRule(review({ project: sdProject() }).findings, 'SD-14-cross-dept-mechanism')).toEqual([]);
  });
});

describe('SD-30-risk-grading (第三十条): risk assessment + 等保 / 分保', () => {
  it('non-classified: 等级保护方案; classified: 分级保护方案', () => {
    const bare = sdProject({ documents: [{ type: '项目建设方案' }, { type: '投资预算' }, { type: '信息资源目录' }] });
    expect(byRule(review({ project: bare }).findings, 'SD-30-risk-grading')[0].missing).toEqual(['网络与信息安全风险评估', '等级保护方案']);
    const secret = { ...bare, flags: { classified: true } };
    expect(byRule(review({ project: secret }).findings, 'SD-30-risk-grading')[0].missing).toEqual(['网络与信息安全风险评估', '分级保护方案']);
  });
  it('supplied → missing empties', () => {
    expect(byRule(review({ project: sdProject() }).findings, 'SD-30-risk-grading')[0].missing).toEqual([]);
  });
});
