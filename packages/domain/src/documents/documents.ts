/**
 * Documents that are really stored: a department asks for a presigned upload (type and size bounded), uploads the
 * file straight to the bucket, then completes; only a file whose stored size, sha256 and leading bytes match what
 * was declared becomes a verified version. Rules count a declared document only once a verified version with its
 * sha256 exists (see verifiedDocumentsFor and project.ts projectFacts).
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from '../access.js';
import { maySee } from '../access.js';
import { DomainError, notFoundProject } from '../errors.js';
import type { ProjectState, VerifiedDocumentRef } from '../project.js';
import { DOCUMENT_CONTENT_TYPES, DOWNLOAD_URL_SECONDS, documentKey, incomingKey, magicMatches, MAX_DOCUMENT_BYTES, UPLOAD_URL_SECONDS, type DocumentContentType } from './policy.js';
import type { DocumentDeps, UploadRecord, VerifiedDocument } from './ports.js';

/** The project side of documents: read a project, append an event to its log (version-guarded). */
export interface ProjectLog {
  get(id: string): Promise<ProjectState | undefined>;
  /** Saves `next` with its event; false when another writer changed the project first. */
  append(next: ProjectState, event: { projectId: string; seq: number; type: string; actor: string; at: string; payload: Record<string, unknown> }, expectedVersion: number): Promise<boolean>;
}

export interface DocumentUseCaseDeps extends DocumentDeps {
  projects: ProjectLog;
}

export interface UploadRequest {
  type: string;
  title: string;
  contentType: DocumentContentType;
  size: number;
  sha256: string;
  projectId?: string;
}

export interface UploadTicket {
  uploadId: string;
  method: 'PUT';
  url: string;
  headers: Record<string, string>;
  expiresAt: string;
}

async function ownProject(deps: DocumentUseCaseDeps, caller: Caller, projectId: string): Promise<ProjectState> {
  const p = await deps.projects.get(projectId);
  if (!p || !maySee(caller, p)) throw notFoundProject(projectId);
  return p;
}

/** POST /v1/documents/uploads: a department's presigned upload of one file. */
export async function requestUpload(deps: DocumentUseCaseDeps, caller: Caller, req: UploadRequest, now: Date): Promise<UploadTicket> {
  if (caller.role !== 'department' || !caller.dept) throw new DomainError(403, 'FORBIDDEN', '只有申报部门可以上传文件');
  // The schema bounds these too; the domain holds the policy so that no other entry point can bypass it.
  if (req.size > MAX_DOCUMENT_BYTES) throw new DomainError(422, 'DOCUMENT_TOO_LARGE', '文件过大', [{ path: 'size', message: `文件不得超过 ${MAX_DOCUMENT_BYTES} 字节` }]);
  if (!(req.contentType in DOCUMENT_CONTENT_TYPES)) throw new DomainError(422, 'DOCUMENT_TYPE_NOT_ALLOWED', '不支持的文件格式', [{ path: 'contentType', message: '仅接受 PDF、OFD、DOCX、XLSX、JPEG、PNG' }]);
  if (req.projectId) await ownProject(deps, caller, req.projectId);
  const uploadId = `up-${randomUUID()}`;
  const expiresAt = new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString();
  const record: UploadRecord = {
    uploadId, jurisdiction: caller.jur, departmentId: caller.dept, projectId: req.projectId, type: req.type, title: req.title,
    contentType: req.contentType, size: req.size, sha256: req.sha256, incomingKey: incomingKey(uploadId), state: 'pending',
    createdAt: now.toISOString(), expiresAt, createdBy: caller.sub,
  };
  await deps.documents.putUpload(record);
  const url = await deps.storage.presignPut(record.incomingKey, req.contentType, req.size, UPLOAD_URL_SECONDS);
  return { uploadId, method: 'PUT', url, headers: { 'content-type': req.contentType, 'content-length': String(req.size) }, expiresAt };
}

export interface CompletionResult {
  document: VerifiedDocument;
  /** The project's new version when the upload named a project (its log records the version's hash). */
  projectVersion?: number;
}

/**
 * POST /v1/documents/uploads/{id}/complete: checks the stored object against the declaration. A mismatch deletes
 * the uploaded file and rejects the upload for good (a corrected file is a new upload), so nothing half-verified
 * remains. Completing a verified upload again answers the same result.
 */
export async function completeUpload(deps: DocumentUseCaseDeps, caller: Caller, uploadId: string, now: Date): Promise<CompletionResult> {
  const u = await deps.documents.getUpload(uploadId);
  if (!u || caller.role !== 'department' || u.departmentId !== caller.dept || u.jurisdiction !== caller.jur) {
    throw new DomainError(404, 'UPLOAD_NOT_FOUND', `上传 ${uploadId} 不存在或无权查看`);
  }
  if (u.state === 'rejected') throw new DomainError(409, 'UPLOAD_REJECTED', '该上传已因校验失败作废,请重新申请上传', u.rejection ?? []);
  if (u.state === 'verified') {
    const [d] = await deps.documents.verified(u.jurisdiction, u.departmentId, [u.sha256]);
    if (d) return { document: d };
  }
  const stored = await deps.storage.inspect(u.incomingKey);
  if (!stored) {
    const expired = now.toISOString() > u.expiresAt;
    throw new DomainError(409, expired ? 'UPLOAD_EXPIRED' : 'UPLOAD_MISSING', expired ? '上传链接已过期且未收到文件,请重新申请上传' : '尚未收到上传的文件', [{ path: 'file', message: '存储中没有该文件' }]);
  }
  const problems = mismatches(u, stored);
  if (problems.length) {
    await deps.storage.delete(u.incomingKey);
    await deps.documents.settleUpload({ ...u, state: 'rejected', settledAt: now.toISOString(), rejection: problems });
    throw new DomainError(422, 'DOCUMENT_MISMATCH', '上传的文件与申报信息不一致,文件未被采用', problems);
  }
  const key = documentKey(u.jurisdiction, u.departmentId, u.sha256);
  await deps.storage.copyIfAbsent(u.incomingKey, key, u.contentType);
  const document = await deps.documents.putVerified({
    sha256: u.sha256, jurisdiction: u.jurisdiction, departmentId: u.departmentId, type: u.type, title: u.title,
    contentType: u.contentType, size: stored.size, key, uploadId: u.uploadId, verifiedAt: now.toISOString(), verifiedBy: caller.sub,
  });
  await deps.documents.settleUpload({ ...u, state: 'verified', settledAt: now.toISOString() });
  await deps.storage.delete(u.incomingKey);
  const projectVersion = u.projectId ? await recordOnProject(deps, u.projectId, document, caller, now) : undefined;
  return { document, projectVersion };
}

function mismatches(u: UploadRecord, stored: { size: number; sha256: string; head: Uint8Array }) {
  const problems: { path: string; message: string }[] = [];
  if (stored.size !== u.size) problems.push({ path: 'size', message: `实际大小 ${stored.size} 字节,与申报的 ${u.size} 字节不一致` });
  if (stored.size > MAX_DOCUMENT_BYTES) problems.push({ path: 'size', message: `文件不得超过 ${MAX_DOCUMENT_BYTES} 字节` });
  if (stored.sha256 !== u.sha256) problems.push({ path: 'sha256', message: `实际 sha256 为 ${stored.sha256},与申报的不一致` });
  if (!magicMatches(u.contentType, stored.head)) problems.push({ path: 'contentType', message: `文件内容不是 ${DOCUMENT_CONTENT_TYPES[u.contentType].label} 格式` });
  return problems;
}

export const verifiedRef = (d: VerifiedDocument): VerifiedDocumentRef => ({ type: d.type, sha256: d.sha256, key: d.key, size: d.size, contentType: d.contentType, verifiedAt: d.verifiedAt });

/** Appends `document_verified` (with the version's hash) to the project's log and marks the version on its state. */
async function recordOnProject(deps: DocumentUseCaseDeps, projectId: string, d: VerifiedDocument, caller: Caller, now: Date): Promise<number | undefined> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const p = await deps.projects.get(projectId);
    if (!p) return undefined;
    if (p.verifiedDocuments?.[d.sha256]) return p.version;
    const at = now.toISOString();
    const next: ProjectState = { ...p, version: p.version + 1, updatedAt: at, verifiedDocuments: { ...p.verifiedDocuments, [d.sha256]: verifiedRef(d) } };
    const event = { projectId, seq: next.version, type: 'document_verified', actor: caller.sub, at, payload: { ...verifiedRef(d), title: d.title, uploadId: d.uploadId } };
    if (await deps.projects.append(next, event, p.version)) return next.version;
  }
  throw new Error(`recording document on ${projectId} kept conflicting`);
}

/** The project's declared documents' verified versions (the pipeline stores them on the state before the rules run). */
export async function verifiedDocumentsFor(deps: Pick<DocumentDeps, 'documents'>, p: ProjectState): Promise<Record<string, VerifiedDocumentRef>> {
  const declared = p.application.documents.map((d) => d.sha256);
  if (!declared.length) return {};
  const found = await deps.documents.verified(p.jurisdiction, p.departmentId, declared);
  return Object.fromEntries(found.map((d) => [d.sha256, verifiedRef(d)]));
}

export interface ProjectDocument {
  type: string;
  title: string;
  sha256: string;
  /** declared: named in the application only; verified: the stored file matches (only these satisfy rules). */
  state: 'declared' | 'verified';
  size?: number;
  contentType?: string;
  verifiedAt?: string;
}

/** GET /v1/projects/{id}/documents: each declared document and whether a verified version backs it. */
export async function projectDocuments(deps: DocumentUseCaseDeps, caller: Caller, projectId: string): Promise<ProjectDocument[]> {
  const p = await ownProject(deps, caller, projectId);
  const verified = { ...(await verifiedDocumentsFor(deps, p)), ...p.verifiedDocuments };
  return p.application.documents.map((d) => {
    const v = verified[d.sha256];
    return v && v.type === d.type
      ? { type: d.type, title: d.title, sha256: d.sha256, state: 'verified', size: v.size, contentType: v.contentType, verifiedAt: v.verifiedAt }
      : { type: d.type, title: d.title, sha256: d.sha256, state: 'declared' };
  });
}

const DOWNLOAD_ROLES: readonly Caller['role'][] = ['department', 'bureau', 'auditor', 'admin'];

/**
 * GET /v1/projects/{id}/documents/{sha256}/download: the owning department, reviewers (bureau) and auditors of the
 * jurisdiction (and admin) get a presigned URL that expires; anyone else is told the project does not exist.
 */
export async function documentDownload(deps: DocumentUseCaseDeps, caller: Caller, projectId: string, sha256: string): Promise<{ url: string; expiresInSeconds: number; document: ProjectDocument }> {
  if (!DOWNLOAD_ROLES.includes(caller.role)) throw new DomainError(403, 'FORBIDDEN', '该角色无权下载项目文件');
  const docs = await projectDocuments(deps, caller, projectId);
  const doc = docs.find((d) => d.sha256 === sha256);
  if (!doc || doc.state !== 'verified') throw new DomainError(404, 'DOCUMENT_NOT_FOUND', '该项目没有此文件的已核验版本');
  const p = (await deps.projects.get(projectId))!;
  const url = await deps.storage.presignGet(documentKey(p.jurisdiction, p.departmentId, sha256), DOWNLOAD_URL_SECONDS, doc.title);
  return { url, expiresInSeconds: DOWNLOAD_URL_SECONDS, document: doc };
}
