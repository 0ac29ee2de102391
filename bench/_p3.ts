import { classify, preReview, rulePack, chinaCalendar } from '@gov/rules';
import { projectFacts } from '@gov/domain';
import { applicationSchema } from '@gov/schemas';
import { shandongBuild } from '../tests/support/applications.js';
const a = applicationSchema.parse(shandongBuild());
const p: any = { id: 'x', jurisdiction: 'shandong', departmentId: 'D', submittedOn: '2026-11-23', status: 'submitted', application: a };
const c = classify(rulePack('shandong'), { project: projectFacts(p) }, '2026-11-23', chinaCalendar);
const r = preReview(rulePack('shandong'), { project: projectFacts(p) }, '2026-11-23', chinaCalendar, c);
console.log(r.outcome, r.blocking.map((f) => f.ruleId + ':' + (f.missing ?? []).join('/') + f.message.slice(0,60)), r.reviewerTasks.map((f) => f.ruleId));
