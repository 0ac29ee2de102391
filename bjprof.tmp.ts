import { runStage } from './packages/rules/src/engine.js';
import { header, report } from './packages/rules/src/decisions/common.js';
import { classify } from './packages/rules/src/index.js';
import { bj, bjProject, cal, on, payment } from './tests/unit/rules/bijie/fixtures.js';
const f = payment(bjProject());
function bench(name: string, fn: () => unknown) { let n = 0; const t = performance.now(); while (performance.now() - t < 1000) { for (let i=0;i<100;i++) fn(); n+=100; } console.log(name, Math.round(n / ((performance.now() - t) / 1000))); }
bench('runStage', () => runStage(bj, 'classification', { facts: f, on, calendar: cal }));
bench('run+header', () => { runStage(bj, 'classification', { facts: f, on, calendar: cal }); return header(bj, on); });
bench('run+header+report', () => { const raw = runStage(bj, 'classification', { facts: f, on, calendar: cal }); const h = header(bj, on); return { ...h, findings: report(raw, h.binding, f.project.status) }; });
bench('classify', () => classify(bj, f, on, cal));
bench('runStage', () => runStage(bj, 'classification', { facts: f, on, calendar: cal }));
