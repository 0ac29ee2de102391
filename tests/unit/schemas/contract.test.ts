/** The e2e suites' response validator (tests/support/contract.ts) catches each way an answer can leave the document. */
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '@gov/schemas';
import { contractOf } from '../../support/contract.js';

const contract = contractOf((await openApiDocument()) as never);
const json = 'application/json; charset=utf-8';
const error = { error: { code: 'NOT_FOUND', message: '项目不存在', details: [] } };
const summary = { id: 'p-1', status: 'submitted', version: 1, jurisdiction: 'hongshan', departmentId: 'D001', name: '系统', createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z' };

describe('the OpenAPI response contract', () => {
  it('accepts an answer the document declares, with its schema', () => {
    expect(contract.check('POST', '/v1/projects', 202, json, summary)).toEqual([]);
    expect(contract.check('GET', '/v1/projects/p-1?x=1', 404, json, error)).toEqual([]);
  });

  it('refuses a status the operation does not declare', () => {
    expect(contract.check('GET', '/v1/projects/p-1/events', 409, json, error)[0]).toMatch(/status 409 is not declared/);
  });

  it('refuses a body that leaves the schema (a missing field, a wrong enum, an error without details)', () => {
    const { status: _omitted, ...noStatus } = summary;
    expect(contract.check('POST', '/v1/projects', 202, json, noStatus)[0]).toMatch(/does not match/);
    expect(contract.check('POST', '/v1/projects', 202, json, { ...summary, status: 'paid' })[0]).toMatch(/does not match/);
    expect(contract.check('GET', '/v1/projects/p-1', 404, json, { error: { code: 'X', message: 'y' } })[0]).toMatch(/does not match/);
  });

  it('refuses a declared answer with another media type', () => {
    expect(contract.check('POST', '/v1/projects', 202, 'text/html', summary)[0]).toMatch(/content-type/);
  });

  it('lets an unknown path answer only with the catch-all 404 in the error shape', () => {
    expect(contract.check('GET', '/v1/nowhere', 404, json, error)).toEqual([]);
    expect(contract.check('GET', '/v1/nowhere', 200, json, {})[0]).toMatch(/no operation/);
    expect(contract.check('DELETE', '/v1/projects/p-1', 404, json, { routes: [] })[0]).toMatch(/does not match/);
  });
});
