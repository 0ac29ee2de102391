/**
 * 从不完整到可付款 (issue 10 "Done when"): for each of the five jurisdictions, a department submits an application
 * missing documents, chapters and fields its pack requires; then, reading only the API's answers — the project's
 * blocking findings and reviewer tasks with their remedies, and the gate's deny reasons — the department resubmits, the
 * bureau reviews and records other bodies' acts, until the project is in the library and the budget gate answers
 * allow. The interpreter (tests/support/remedies.ts) knows the API, never a rule id or a jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import { useStack } from '../setup/context.js';
import { api, token } from '../support/api.js';
import { withUploadedDocuments } from '../support/documents.js';
import { bijieDemandPlan, hongshanFeasibilityBuild, jinjiangBuildNeeds, shandongBuild, xichuanInvestBuild } from '../support/applications.js';
import { type Application } from '../support/remedies.js';
import { MAX_ROUNDS, summary, walkToAllow, walkToLibrary } from '../support/walk.js';

const stack = useStack();
const http = api(stack.baseUrl);

type Case = { jurisdiction: 'hongshan' | 'bijie' | 'jinjiang' | 'shandong' | 'xichuan'; app: Application; missing: { documents: string[]; chapters: string[]; fields: string[] } };

/** The complete application without the named documents, chapters (of any document) and fields. */
function incomplete(full: Record<string, unknown>, missing: Case['missing']): Application {
  const app = structuredClone(full) as Application;
  app.documents = app.documents
    .filter((d) => !missing.documents.includes(d.type))
    .map((d) => (d.chapters ? { ...d, chapters: d.chapters.filter((c) => !missing.chapters.includes(c)) } : d));
  if (app.fields) app.fields = Object.fromEntries(Object.entries(app.fields).filter(([k]) => !missing.fields.includes(k)));
  return app;
}

const CASES: Case[] = ([
  { jurisdiction: 'hongshan', app: hongshanFeasibilityBuild({ name: '红山区城市运行管理指挥平台(补正)' }), missing: { documents: ['申请入库文件'], chapters: ['数据资源共享分析篇(章)'], fields: ['系统接口'] } },
  { jurisdiction: 'bijie', app: bijieDemandPlan({ name: '毕节市智慧教育公共服务平台(补正)' }), missing: { documents: ['密码应用方案'], chapters: ['数据资源'], fields: ['隐私保护和数据脱敏脱密承诺'] } },
  { jurisdiction: 'jinjiang', app: jinjiangBuildNeeds({ name: '锦江区智慧社区综合服务平台(补正)' }), missing: { documents: ['领导签批'], chapters: ['经费保障'], fields: ['申报真实性合法性承诺'] } },
  { jurisdiction: 'shandong', app: shandongBuild({ name: '山东省人社一体化公共服务平台(补正)' }), missing: { documents: ['投资预算'], chapters: ['信息资源共享'], fields: ['年度指导计划项目'] } },
  { jurisdiction: 'xichuan', app: xichuanInvestBuild({ name: '淅川县全民健康信息平台(补正)' }), missing: { documents: ['项目建议书'], chapters: ['信息资源共享分析篇(章)'], fields: ['信息共享机制承诺'] } },
] as Case[]).map((c) => ({ ...c, app: incomplete(c.app, c.missing) }));

describe('从不完整到可付款: an incomplete application walked to allow from the answers alone', () => {
  for (const c of CASES) {
    it(`${c.jurisdiction}: incomplete → returned → … → in library → gate allow`, async () => {
      const tag = `walk-${c.jurisdiction}`;
      const actors = {
        department: await token({ sub: `${tag}-dept`, role: 'department', dept: `WALK-${c.jurisdiction.toUpperCase()}`, jur: c.jurisdiction }),
        bureau: await token({ sub: `${tag}-bureau`, role: 'bureau', jur: c.jurisdiction }),
        finance: await token({ sub: `${tag}-finance`, role: 'finance', jur: c.jurisdiction }),
      };
      const submitted = await withUploadedDocuments(http, actors.department, c.app);
      const created = await http.post('/v1/projects', submitted, actors.department);
      expect(created.status, JSON.stringify(created.body)).toBe(202);
      const id: string = created.body.id;

      const library = await walkToLibrary(http, actors, id, submitted);
      // The application was incomplete: the first answer asked for the removed items, each with a remedy; a binding
      // pack returned it, a draft (征求意见稿, advisory only) passed it to the reviewer with the same findings.
      const { binding, blocking, findings } = library.first.preReview;
      expect(library.first.status).toBe(binding ? 'returned' : 'pending_review');
      const asked = (binding ? blocking : findings).flatMap((r: { remedies?: { item: string }[] }) => (r.remedies ?? []).map((x) => x.item)).join(' ');
      for (const name of [...c.missing.documents, ...c.missing.fields]) expect(asked, `the first answer asks for ${name}`).toContain(name);
      expect(library.rounds.length).toBeGreaterThan(1);
      expect(library.rounds.length).toBeLessThanOrEqual(MAX_ROUNDS + 1);
      expect(library.last.status, summary(library.last)).toBe('in_library');

      const gate = await walkToAllow(http, actors, id);
      // Admission alone did not open the gate: its first answer named what it waits for, with remedies.
      const firstGate = gate.answers[0] as { answer: string; reasons: { remedies?: unknown[] }[] };
      expect(firstGate.answer).not.toBe('allow');
      expect(firstGate.reasons.some((r) => (r.remedies ?? []).length > 0), JSON.stringify(firstGate.reasons)).toBe(true);
      expect(gate.last.answer, JSON.stringify(gate.last.reasons)).toBe('allow');
    });
  }
});
