/**
 * The requirements schema (GET /v1/rule-packs/{jurisdiction} `requirements`) lists every input the pack's rules read:
 * every rule of every pack is evaluated over a spread of facts (support/variedFacts.ts, wider than the schema's own:
 * every kind and category, with no kind declared too) wrapped in a recording view, and each path it reads, with the
 * rule that read it, must be in the schema. Plus what a client builds its form from, spot-checked per pack.
 */
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, readRecorder, recordReads, requirementsOf, rulePacks, type Finding, type Jurisdiction, type RuleDef } from '@gov/rules';
import { variedContexts } from './support/variedFacts.js';

function evaluate(rule: RuleDef, ctx: Parameters<RuleDef['evaluate']>[0]): readonly Finding[] {
  try {
    const r = rule.evaluate(ctx);
    return r === null ? [] : Array.isArray(r) ? (r as readonly Finding[]) : [r as Finding];
  } catch {
    return []; // a gate rule of the other question
  }
}

describe('recordReads', () => {
  it('notes leaf paths with array indices as [] and key listings as .*', () => {
    const paths = new Set<string>();
    const facts = recordReads({ project: { documents: [{ type: '实施方案', chapters: ['甲'] }], fields: { 系统接口: true } as Record<string, unknown> } }, paths);
    facts.project.documents.some((d) => d.chapters.includes('乙'));
    void facts.project.fields['业务流'];
    Object.keys(facts.project.fields);
    expect([...paths].sort()).toEqual(['project.documents', 'project.documents[].chapters', 'project.fields.*', 'project.fields.业务流'].sort());
  });

  it('reads frozen data (a clone is wrapped)', () => {
    const paths = new Set<string>();
    const facts = recordReads(Object.freeze({ project: Object.freeze({ amountTotal: 1 }) }), paths);
    expect(facts.project.amountTotal).toBe(1);
    expect([...paths]).toEqual(['project.amountTotal']);
  });
});

describe.each(JURISDICTIONS)('%s: the requirements schema lists what the rules read', (j) => {
  const pack = rulePacks[j];
  const forms = requirementsOf(j); // derived here, on first use: a few seconds on a loaded machine
  const listed = new Map<string, Set<string>>();
  for (const f of forms) for (const i of f.inputs) for (const r of i.rules) (listed.get(i.path) ?? listed.set(i.path, new Set()).get(i.path)!).add(r);
  const items = new Set(forms.flatMap((f) => f.items.flatMap((i) => i.rules.map((r) => `${r.id} ${i.item}`))));

  it('every fact path a rule reads is listed with that rule', () => {
    const unlisted = new Set<string>();
    let reads = 0;
    for (const ctx of variedContexts(j)) {
      const recording = readRecorder(ctx.facts);
      for (const rule of pack.rules) {
        const paths = new Set<string>();
        evaluate(rule, { ...ctx, facts: recording(paths) });
        for (const p of paths) {
          reads++;
          if (!listed.get(p)?.has(rule.id)) unlisted.add(`${rule.id} reads ${p}`);
        }
      }
    }
    expect([...unlisted]).toEqual([]);
    expect(reads).toBeGreaterThan(1000);
  }, 120_000);

  it('every item a REQUIRE finding misses is an item of the schema, with its rule', () => {
    const unlisted = new Set<string>();
    for (const ctx of variedContexts(j))
      for (const rule of pack.rules)
        for (const f of evaluate(rule, ctx)) if (f.outcome === 'REQUIRE') for (const m of f.missing ?? []) if (!items.has(`${f.ruleId} ${m}`)) unlisted.add(`${f.ruleId} ${m}`);
    expect([...unlisted]).toEqual([]);
  }, 120_000);

  it('narrows to one application kind and category', () => {
    const [first] = forms;
    const narrowed = requirementsOf(j, { kind: first.applicationKind, category: first.category });
    expect(narrowed).toHaveLength(1);
    expect(narrowed[0]).toEqual(first);
    expect(requirementsOf(j, { category: first.category }).every((f) => f.category === first.category)).toBe(true);
    expect(requirementsOf(j, { kind: 'no-such-kind' })).toEqual([]);
  });
});

const formOf = (j: Jurisdiction, kind: string, category: string) => {
  const f = requirementsOf(j, { kind, category });
  expect(f).toHaveLength(1);
  return f[0];
};
const item = (j: Jurisdiction, kind: string, category: string, name: string) => formOf(j, kind, category).items.find((i) => i.item === name);
const readers = (j: Jurisdiction, kind: string, category: string, path: string) => formOf(j, kind, category).inputs.find((i) => i.path === path)?.rules ?? [];

describe('spot checks per pack', () => {
  it('hongshan 建设类 入库申请: 实施方案 below 60万, 可行性研究报告 from 60万, 财政资金保障篇(章) in either, the amount read', () => {
    expect(item('hongshan', '入库申请', 'build', '实施方案')).toMatchObject({ kind: 'document', path: 'documents[].type', route: 'PUT /v1/projects/{id}', supplier: 'department', rules: [{ id: 'HS-08-docs-below-600k', article: '第八条' }] });
    expect(item('hongshan', '入库申请', 'build', '可行性研究报告')).toMatchObject({ kind: 'document', rules: [{ id: 'HS-08-docs-600k', article: '第八条' }] });
    expect(item('hongshan', '入库申请', 'build', '实施方案:财政资金保障篇(章)')).toMatchObject({
      kind: 'chapter', path: 'documents[].chapters', document: '实施方案', accepts: ['财政资金保障篇(章)', '财政资金保障篇', '财政资金保障篇（章）'], rules: [{ id: 'HS-14-chapters', article: '第十四条' }],
    });
    expect(item('hongshan', '入库申请', 'build', '系统接口')).toMatchObject({ kind: 'field', path: 'fields.系统接口' });
    expect(readers('hongshan', '入库申请', 'build', 'project.amountTotal')).toEqual(expect.arrayContaining(['HS-08-docs-600k', 'HS-08-docs-below-600k']));
  });

  it('hongshan 运维类 入库申请 lists the 运维方案 (第八条 O&M windows); 建设类 does not', () => {
    expect(item('hongshan', '入库申请', 'om', '运维方案')).toMatchObject({ kind: 'document', rules: expect.arrayContaining([{ id: 'HS-08-om-new-window', article: '第八条' }]) });
    expect(item('hongshan', '入库申请', 'build', '运维方案')).toBeUndefined();
  });

  it('hongshan approval_application lists the 初步设计方案 (第十一条 prerequisites); 入库申请 does not', () => {
    expect(item('hongshan', 'approval_application', 'build', '初步设计方案')?.rules.map((r) => r.id)).toContain('HS-11-prereq-complete');
    expect(item('hongshan', '入库申请', 'build', '初步设计方案')).toBeUndefined();
  });

  it.each([
    ['bijie', '需求方案', 'dev_service'],
    ['jinjiang', '需求方案', 'build'],
    ['shandong', '立项申请', 'build'],
    ['xichuan', '入库申请', 'gov_invest_build'],
  ] as const)('%s %s %s: items each placed and cited, documents among them', (j, kind, category) => {
    const f = formOf(j, kind, category);
    expect(f.items.length).toBeGreaterThan(5);
    for (const i of f.items) {
      expect(i.rules.length).toBeGreaterThan(0);
      for (const r of i.rules) expect(r.id.startsWith(rulePacks[j].meta.prefix)).toBe(true);
      expect(i.accepts.length).toBeGreaterThan(0);
    }
    expect(f.items.some((i) => i.kind === 'document')).toBe(true);
    expect(f.inputs.find((i) => i.path === 'project.documents[].type')?.rules.length).toBeGreaterThan(0);
  });
});
