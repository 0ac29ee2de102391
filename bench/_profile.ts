import { budgetGate, chinaCalendar, classify, preReview, rulePack } from '@gov/rules';
import { CASES } from './rules/facts.js';
import { timeSync, consume } from './harness.js';
let tot = { classify: 0, preReview: 0, q1: 0, q2: 0 };
for (const [j, cases] of Object.entries(CASES)) {
  const pack = rulePack(j as any);
  const cls = cases.map((c) => classify(pack, c.application, c.on, chinaCalendar));
  const t = (label: keyof typeof tot, f: (i: number) => unknown) => {
    const r = timeSync(() => { for (let i = 0; i < cases.length; i++) consume(f(i)); }, cases.length, { budgetMs: 600, warmupMs: 200 });
    const ns = 1e9 / r.perCpuSecond; tot[label] += ns / 5;
    return `${label}=${Math.round(ns)}ns`;
  };
  console.log(j.padEnd(9),
    t('classify', (i) => classify(pack, cases[i].application, cases[i].on, chinaCalendar)),
    t('preReview', (i) => preReview(pack, cases[i].application, cases[i].on, chinaCalendar, cls[i])),
    t('q1', (i) => budgetGate(pack, cases[i].q1, cases[i].on, chinaCalendar, cls[i])),
    t('q2', (i) => budgetGate(pack, cases[i].q2, cases[i].on, chinaCalendar, cls[i])),
  );
}
const sum = Object.values(tot).reduce((a, b) => a + b);
console.log('mean', Object.entries(tot).map(([k, v]) => `${k}=${Math.round(v)}ns`).join(' '), `total=${Math.round(sum)}ns => ${Math.round(1e9 / sum / 1000)}k/s`);
