/**
 * Every missing item says where it goes: every rule of every pack, evaluated over a spread of fact objects, gives a
 * remedy for each item its REQUIRE findings list as missing; and following the remedy satisfies the rule.
 */
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, remedyFor, rulePacks, type Finding, type RuleContext, type RuleDef } from '@gov/rules';
import { variedContexts } from './support/variedFacts.js';

function findingsOf(rule: RuleDef, ctx: RuleContext): readonly Finding[] {
  let r: ReturnType<RuleDef['evaluate']>;
  try {
    r = rule.evaluate(ctx);
  } catch {
    return []; // a gate rule of the other question: not asked on these facts
  }
  return r === null ? [] : Array.isArray(r) ? (r as readonly Finding[]) : [r as Finding];
}

describe.each(JURISDICTIONS)('%s: remedies for every missing item', (j) => {
  const pack = rulePacks[j];
  const contexts = variedContexts(j);
  it('every REQUIRE finding with missing items places each item (kind, path, route, accepted names, supplier)', () => {
    const unplaced = new Set<string>();
    const seen = new Set<string>();
    const bad: string[] = [];
    let placed = 0;
    for (const ctx of contexts)
      for (const rule of pack.rules)
        for (const f of findingsOf(rule, ctx)) {
          if (f.outcome !== 'REQUIRE' || !f.missing?.length) continue;
          for (const item of f.missing) {
            const key = `${rule.id} ${item}`;
            if (seen.has(key)) continue; // one context per rule and item is enough to place it
            seen.add(key);
            const r = remedyFor(rule, ctx, item, pack.meta);
            if (!r) { unplaced.add(key); continue; }
            placed++;
            const ok = r.item === item && r.path.length > 0 && /^(PUT|POST) \/v1\//.test(r.route) && r.accepts.length > 0 && (r.kind !== 'authority_record' || !!r.authority);
            if (!ok) bad.push(`${key}: ${JSON.stringify(r)}`);
          }
        }
    expect([...unplaced]).toEqual([]);
    expect(bad).toEqual([]);
    expect(placed).toBeGreaterThan(10);
  });
});

describe('remedies as a decision reports them (红山 入库申请)', () => {
  it('names the document, the field and the chapter, each with its path and route, and marks satisfied findings', async () => {
    const { libraryApp, doc, review } = await import('./hongshan/fixtures-front.js');
    const d = review(libraryApp({ documents: [doc('申请入库文件'), doc('实施方案', ['财政资金保障篇'])], fields: {} }));
    const remedies = d.blocking.flatMap((f) => f.remedies ?? []);
    const byItem = (item: string) => remedies.find((r) => r.item === item);
    expect(byItem('系统接口')).toMatchObject({ kind: 'field', path: 'fields.系统接口', route: 'PUT /v1/projects/{id}', supplier: 'department' });
    expect(byItem('实施方案:数据资源共享分析篇(章)')).toMatchObject({ kind: 'chapter', path: 'documents[].chapters', document: '实施方案', accepts: ['数据资源共享分析篇(章)', '数据资源共享分析篇', '数据资源共享分析篇（章）'] });
    const docs = review(libraryApp({ documents: [doc('申请入库文件')] }));
    expect(docs.blocking.find((f) => f.ruleId === 'HS-08-docs-below-600k')!.remedies).toEqual([
      { item: '实施方案', kind: 'document', path: 'documents[].type', route: 'PUT /v1/projects/{id}', accepts: ['实施方案'], supplier: 'department' },
    ]);
    const complete = review(libraryApp());
    const satisfied = complete.findings.find((f) => f.ruleId === 'HS-08-docs-below-600k')!;
    expect(satisfied.satisfied).toBe(true);
    expect(satisfied.remedies).toBeUndefined();
    expect(docs.blocking.every((f) => f.satisfied !== true)).toBe(true);
  });
});
