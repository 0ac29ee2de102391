import { budgetGate, chinaCalendar, classify, preReview, rulePack } from '@gov/rules';
import { CASES } from './rules/facts.js';
import { timeSync, consume } from './harness.js';
const which = process.argv[2];
for (const [j, cases] of Object.entries(CASES)) {
  const pack = rulePack(j as any);
  const cls = cases.map((c) => classify(pack, c.application, c.on, chinaCalendar));
  const t = (label: string, f: (i: number) => unknown) => {
    const r = timeSync(() => { for (let i = 0; i < cases.length; i++) consume(f(i)); }, cases.length, { budgetMs: 700, warmupMs: 200 });
    return `${label}=${Math.round(r.perSecond / 1000)}k`;
  };
  if (which && which !== j) continue;
  console.log(j, pack.rules.length, 'rules',
    t('classify', (i) => classify(pack, cases[i].application, cases[i].on, chinaCalendar)),
    t('preReview', (i) => preReview(pack, cases[i].application, cases[i].on, chinaCalendar, cls[i])),
    t('q1', (i) => budgetGate(pack, cases[i].q1, cases[i].on, chinaCalendar, cls[i])),
    t('q2', (i) => budgetGate(pack, cases[i].q2, cases[i].on, chinaCalendar, cls[i])),
  );
}
