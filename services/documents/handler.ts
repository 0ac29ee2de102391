/** documents (申报材料): presigned uploads, completion with verification, a project's documents and downloads. */
import { completeUpload, documentDownload, projectDocuments, requestUpload, type DocumentUseCaseDeps, type ProjectState } from '@gov/domain';
import { getProject, s3ObjectStorage, saveProject, VersionConflict } from '@gov/adapters';
import { byEventSource, httpRouter } from '@gov/http';
import { documentRoutes } from '@gov/schemas';
import { deps as ports, idempotent } from './wiring.js';

/** Composition root: the domain's ports wired to DynamoDB and S3. */
const deps: DocumentUseCaseDeps = {
  documents: ports().documents,
  storage: s3ObjectStorage(),
  projects: {
    get: async (id) => (await getProject(id)) as ProjectState | undefined,
    async append(next, event, expectedVersion) {
      try {
        await saveProject(next, event, expectedVersion);
        return true;
      } catch (e) {
        if (e instanceof VersionConflict) return false;
        throw e;
      }
    },
  },
};

export const http = httpRouter(documentRoutes, {
  // A retry with the key gets the first ticket (same uploadId), not a second pending upload (docs/decisions/062).
  'POST /v1/documents/uploads': idempotent(async ({ caller, body }) => ({ status: 201, body: await requestUpload(deps, caller, body, new Date()) })),
  'POST /v1/documents/uploads/{id}/complete': idempotent(async ({ caller, params }) => {
    const r = await completeUpload(deps, caller, params.id, new Date());
    return { status: 200, body: { document: r.document, projectVersion: r.projectVersion ?? null } };
  }),
  'GET /v1/projects/{id}/documents': async ({ caller, params }) => ({ status: 200, body: { items: await projectDocuments(deps, caller, params.id) } }),
  'GET /v1/projects/{id}/documents/{sha256}/download': async ({ caller, params }) => ({ status: 200, body: await documentDownload(deps, caller, params.id, params.sha256) }),
});

// Through byEventSource like every function: logging context, correlation id, cold start and tracing (decision 035).
export const handler = byEventSource({ http });
