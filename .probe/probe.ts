import { applicationSchema } from '@gov/schemas';
import { classify, preReview, rulePack, chinaCalendar } from '@gov/rules';
import { projectFacts } from '../packages/domain/src/project.js';
import * as apps from '../tests/support/applications.js';

const [name, jur, reviewsJson] = process.argv.slice(2);
const body = (apps as any)[name]();
const application = applicationSchema.parse(body);
const on = '2026-11-23';
let p: any = { id: 'p-x', version: 1, jurisdiction: jur, departmentId: 'D001', createdAt: '', updatedAt: '', status: 'submitted', submittedBy: 'x', submittedOn: on, requestHash: '', application };
const c = classify(rulePack(jur as any), { project: projectFacts(p) }, on, chinaCalendar);
const short = (f: any) => `${f.ruleId} ${f.outcome}${f.missing?.length ? ' missing=' + JSON.stringify(f.missing) : ''}${f.route ? ' route=' + f.route : ''} ${f.advisory ? '(adv)' : ''}`;
console.log('CLASSIFY', { category: c.category, approvalPath: c.approvalPath, decisionLevel: c.decisionLevel, routes: c.routes, binding: c.binding, inScope: c.inScope });
c.findings.forEach((f) => console.log('  ', short(f)));
p = { ...p, status: 'classified' };
const cl = { ...c, findings: c.findings };
let d = preReview(rulePack(jur as any), { project: projectFacts(p) }, on, chinaCalendar, cl);
const show = (d: any) => {
  console.log('OUTCOME', d.outcome, 'binding', d.binding, d.notice);
  console.log(' blocking:'); d.blocking.forEach((f: any) => console.log('   ', short(f), f.message.slice(0, 80)));
  console.log(' tasks:'); d.reviewerTasks.forEach((f: any) => console.log('   ', short(f)));
  console.log(' all:', d.findings.map((f: any) => f.ruleId + ':' + f.outcome).join(' '));
};
show(d);
if (reviewsJson !== undefined) {
  const reviews = JSON.parse(reviewsJson || '{}');
  for (let round = 0; round < 3; round++) {
    const decisions: any = { ...(p.lifecycle?.status?.decisions ?? {}) };
    for (const t of d.reviewerTasks) decisions[t.ruleId] = { result: 'pass', reviewer: 'r', on };
    p = { ...p, lifecycle: { dates: {}, records: {}, status: { decisions, reviews: { ...(p.lifecycle?.status?.reviews ?? {}), ...reviews } } } };
    d = preReview(rulePack(jur as any), { project: projectFacts(p) }, on, chinaCalendar, cl);
    console.log(`--- after review round ${round + 1}`);
    show(d);
    if (d.reviewerTasks.length === 0) break;
  }
}
