/**
 * Turns the rule tables of ../shared/spec/rules-catalogue.md into packages/rules/src/catalogue/catalogue.json,
 * so that the rules package (which must run without the spec folder, e.g. in a Lambda) can list every rule of the
 * catalogue and say which ones it implements. Run: pnpm tsx infra/scripts/build-catalogue.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = resolve(root, '../shared/spec/rules-catalogue.md');
const target = resolve(root, 'packages/rules/src/catalogue/catalogue.json');

const prefixToPack: Record<string, string> = { HS: 'hongshan', BJ: 'bijie', JJ: 'jinjiang', SD: 'shandong', XC: 'xichuan' };
const sectionToFunction: Record<string, string> = {
  '4.1': 'intake', '4.2': 'classification', '4.3': 'pre-review', '4.4': 'budget-gate', '4.5': 'acceptance-tracker', '4.6': 'filing',
};

const rows: unknown[] = [];
let fn = '';
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const heading = /^### (4\.\d) /.exec(line);
  if (heading) fn = sectionToFunction[heading[1]] ?? '';
  const m = /^\| ((HS|BJ|JJ|SD|XC)-[^ |]+) \|/.exec(line);
  if (!m) continue;
  const cells = line.split('|').slice(1, -1).map((c) => c.trim());
  const [id, article, keyPhrase, condition, outcome, check, notes] = cells;
  rows.push({
    id, pack: prefixToPack[m[2]], function: fn, article, keyPhrase: keyPhrase.replace(/^"|"$/g, ''),
    condition, outcome, check, primaryCheck: check.trim().charAt(0), notes,
  });
}
if (rows.length !== 336) throw new Error(`expected 336 rules, parsed ${rows.length}`);
writeFileSync(target, JSON.stringify(rows, null, 1) + '\n');
// What rule handles and decisions read, without the prose (packages/rules/src/catalogue/index.ts, decision 034).
const entries = (rows as Record<string, string>[]).map((r) => JSON.stringify({
  id: r.id, pack: r.pack, function: r.function, article: r.article, primaryCheck: r.primaryCheck, markedOverridable: /OVERRIDABLE/.test(r.outcome),
}));
writeFileSync(resolve(dirname(target), 'entries.json'), `[\n${entries.join(',\n')}\n]\n`);
console.log(`wrote ${rows.length} rules to ${target} and entries.json`);
