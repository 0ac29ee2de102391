/**
 * The OpenAPI document as a response validator: every answer is checked against the document the stack itself
 * serves (GET /v1/openapi.json) — the status must be one the operation declares, a JSON body must match that
 * status's schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses), a file must carry the declared media type. A
 * path no operation matches must get the catch-all's 404 in the error shape. So the document cannot drift from
 * what the API answers.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

interface Operation { responses: Record<string, { content?: Record<string, unknown> }> }
interface Document { paths: Record<string, Record<string, Operation>> }

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export interface Contract {
  /** The problems of one answer, empty when it conforms. */
  check(method: string, url: string, status: number, contentType: string | null, body: unknown): string[];
}

export function contractOf(document: Document): Contract {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document as object, 'openapi');
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string) => {
    let v = compiled.get(pointer);
    if (!v) compiled.set(pointer, (v = ajv.compile({ $ref: `openapi#${pointer}` })));
    return v;
  };
  // Literal segments before templated ones, so `/v1/documents/uploads` never matches a `{id}`.
  const templates = Object.keys(document.paths)
    .map((path) => ({ path, pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`), params: (path.match(/\{/g) ?? []).length }))
    .sort((a, b) => a.params - b.params);
  const errorPointer = '/components/schemas/Error';

  return {
    check(method, url, status, contentType, body) {
      const path = new URL(url, 'http://x').pathname;
      const template = templates.find((t) => t.pattern.test(path) && document.paths[t.path][method.toLowerCase()]);
      const where = `${method} ${path} → ${status}`;
      const validate = (pointer: string) => {
        const v = validatorAt(pointer);
        return v(body) ? [] : [`${where}: body does not match ${pointer}: ${ajv.errorsText(v.errors)}`];
      };
      if (!template) return status === 404 ? validate(errorPointer) : [`${where}: no operation in the document answers this, and the answer is not the catch-all 404`];
      const response = document.paths[template.path][method.toLowerCase()].responses[String(status)];
      if (!response) return [`${where}: status ${status} is not declared for ${method.toLowerCase()} ${template.path}`];
      const [mediaType] = Object.keys(response.content ?? {});
      if (!mediaType) return [];
      if (!(contentType ?? '').startsWith(mediaType)) return [`${where}: content-type ${contentType} is not the declared ${mediaType}`];
      if (mediaType !== 'application/json') return [];
      return validate(`/paths/${escapePointer(template.path)}/${method.toLowerCase()}/responses/${status}/content/${escapePointer(mediaType)}/schema`);
    },
  };
}

const contracts = new Map<string, Promise<Contract>>();

/** The contract of the stack at `baseUrl`, fetched once per process. */
export function servedContract(baseUrl: string): Promise<Contract> {
  let c = contracts.get(baseUrl);
  if (!c) {
    c = fetch(`${baseUrl}/v1/openapi.json`).then(async (r) => contractOf((await r.json()) as Document));
    contracts.set(baseUrl, c);
  }
  return c;
}
