/**
 * A small interpreter of the API's remedies (补正指引, decision 160): given the reasons a project's answer or a gate
 * answer lists, it does what each remedy says, through the route the remedy names, with the first accepted name.
 * It knows the API (routes, bodies, who may call them) and nothing of any rule or jurisdiction: what to supply, where
 * and by whom comes from the answer alone. Department items change the application kept here (resubmitted by the
 * caller); bureau and authority items are recorded at once.
 */
import { expect } from 'vitest';
import type { api } from './api.js';
import { pdfBytes, sha256Of, uploadDocument, withUploadedDocuments } from './documents.js';

type Http = ReturnType<typeof api>;

export interface Remedy {
  item: string;
  kind: 'field' | 'document' | 'chapter' | 'review' | 'authority_record' | 'milestone';
  path: string;
  route: string;
  accepts: string[];
  supplier: 'department' | 'bureau' | 'authority';
  authority?: string;
  document?: string;
}

export interface Reason {
  ruleId: string;
  outcome: string;
  message: string;
  remedies?: Remedy[];
  satisfied?: boolean;
}

type Doc = { type: string; title: string; sha256: string; chapters?: string[] };
export type Application = Record<string, any> & { documents: Doc[]; fields?: Record<string, unknown> };

export interface Actors {
  department: string;
  bureau: string;
}

/** A placeholder hash: the document is declared here and uploaded (verified) before the next submission. */
const UNUPLOADED = '0'.repeat(64);
const AUTHORITY_KINDS = ['opinion', 'approval', 'annual_plan', 'filing_receipt'] as const;
/** A date in the past the regulations accept for another body's act or a record (not later than today). */
const RECORD_DATE = '2026-02-10';

const valueFor = (r: Remedy): unknown => (r.accepts.includes('true') ? true : `${r.item}:已按要求填写(补正)`);

/** Sets `path` (`fields.X`, `dataResources[].attr`, `implementingBody`) in `app` to `value`. */
function setAt(app: Application, path: string, value: unknown): void {
  const each = /^(\w+)\[\]\.(.+)$/.exec(path);
  if (each) {
    const list = (app[each[1]] ?? []) as Record<string, unknown>[];
    app[each[1]] = list.length ? list.map((x) => ({ ...x, [each[2]]: x[each[2]] ?? value })) : [{ name: '补正条目', [each[2]]: value }];
    return;
  }
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) {
    app[head] = value;
    return;
  }
  app[head] = { ...(app[head] ?? {}), [rest.join('.')]: value };
}

/** What one application-side remedy changes in the application; false when it is not the application's. */
function applyToApplication(app: Application, r: Remedy): boolean {
  if (r.route !== 'PUT /v1/projects/{id}') return false;
  const name = r.accepts[0];
  switch (r.kind) {
    case 'document':
      if (!app.documents.some((d) => d.type === name)) app.documents.push({ type: name, title: `${name}(补正)`, sha256: UNUPLOADED });
      return true;
    case 'chapter': {
      const type = r.document ?? '';
      const doc = app.documents.find((d) => d.type === type);
      if (doc) doc.chapters = [...(doc.chapters ?? []), name];
      else app.documents.push({ type, title: `${type}(补正)`, sha256: UNUPLOADED, chapters: [name] });
      return true;
    }
    case 'field':
      setAt(app, r.path, valueFor(r));
      return true;
    default:
      return false;
  }
}

/** Uploads (and verifies) every document declared since the last submission. */
export async function uploadNewDocuments(http: Http, department: string, app: Application): Promise<Application> {
  const fresh = app.documents.filter((d) => d.sha256 === UNUPLOADED).map((d, i) => ({ ...d, sha256: `${i}`.padStart(64, 'c') }));
  const uploaded = (await withUploadedDocuments(http, department, { documents: fresh })).documents;
  let k = 0;
  return { ...app, documents: app.documents.map((d) => (d.sha256 === UNUPLOADED ? uploaded[k++] : d)) };
}

/** Another body's record: its document uploaded for the project, then posted under the accepted name. */
async function recordAuthority(http: Http, actors: Actors, projectId: string, r: Remedy): Promise<void> {
  const name = r.accepts[0];
  const bytes = pdfBytes(`${name} ${projectId} ${r.authority ?? ''}`);
  const { complete } = await uploadDocument(http, actors.department, { type: name, title: `${r.authority ?? ''}${name}`, projectId }, bytes);
  expect(complete.status, JSON.stringify(complete.body)).toBe(200);
  const document = { sha256: sha256Of(bytes) };
  const route = r.route.replace(/^POST /, '').replace('{id}', projectId);
  // The remedy names the record, not its kind; the route says which kind the name is when it is not the one sent.
  for (const kind of AUTHORITY_KINDS) {
    const res = await http.post(route, { name, kind, date: RECORD_DATE, document }, actors.bureau);
    if (res.status === 422 && res.body?.error?.code === 'AUTHORITY_RECORD_KIND') continue;
    expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(201);
    return;
  }
  throw new Error(`no authority-record kind accepted for ${name}`);
}

/**
 * A milestone of the type the remedy accepts (`type`), or a dated record (`records.<key>`), through the milestones
 * route. An approval states the approved estimate: the amount applied for.
 */
async function recordMilestone(http: Http, actors: Actors, projectId: string, r: Remedy): Promise<void> {
  const route = r.route.replace(/^POST /, '').replace('{id}', projectId);
  const by = r.supplier === 'department' ? actors.department : actors.bureau;
  let body: Record<string, unknown>;
  if (r.path === 'type') {
    body = { type: r.accepts[0], date: RECORD_DATE };
    if (r.accepts[0] === 'approval') body.approvedEstimate = (await http.get(`/v1/projects/${projectId}`, actors.bureau)).body.application.amounts.total;
  } else body = { type: 'record', date: RECORD_DATE, name: r.path.replace(/^records\./, ''), value: RECORD_DATE };
  const res = await http.post(route, body, by);
  expect(res.status, `${r.item}: ${JSON.stringify(res.body)}`).toBe(201);
}

export interface Applied {
  /** The application with the department's items added (to resubmit when it changed). */
  application: Application;
  changed: boolean;
  /** Bureau reviews to record: named reviews and rule decisions. */
  reviews: Record<string, 'pass'>;
  decisions: string[];
  /** Items no branch of the interpreter could place (a finding: the remedy is missing or wrong). */
  unplaced: string[];
}

/**
 * Applies every remedy of `reasons` that asks for something: application items into a copy of `app`, authority
 * records and milestones at once; reviews are collected for the caller (the reviews route takes them together).
 */
export async function applyRemedies(http: Http, actors: Actors, projectId: string, app: Application, reasons: readonly Reason[]): Promise<Applied> {
  const application: Application = structuredClone(app);
  const out: Applied = { application, changed: false, reviews: {}, decisions: [], unplaced: [] };
  for (const reason of reasons) {
    if (reason.satisfied) continue;
    for (const r of reason.remedies ?? []) {
      if (applyToApplication(application, r)) {
        out.changed = true;
        continue;
      }
      if (r.kind === 'review') {
        const decision = /^decisions\[\]\.ruleId=(.+)$/.exec(r.path);
        if (decision) out.decisions.push(decision[1]);
        else out.reviews[r.accepts.includes('pass') ? r.path.replace(/^reviews\./, '') : r.accepts[0]] = 'pass';
      } else if (r.kind === 'authority_record') await recordAuthority(http, actors, projectId, r);
      else if (r.kind === 'milestone') await recordMilestone(http, actors, projectId, r);
      else out.unplaced.push(`${reason.ruleId}:${r.item} (${r.kind} at ${r.route} ${r.path})`);
    }
  }
  return out;
}
