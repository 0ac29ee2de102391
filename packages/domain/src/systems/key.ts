/**
 * System ids scoped per jurisdiction and department (issue 15). A department names its systems with its own code
 * (系统编号, e.g. `SYS-PROBE-A`); the stored id is derived from (jurisdiction, department, code), so two departments
 * — or two jurisdictions — may use the same code, and a registration or lookup by one never touches the other's
 * system. The id is a hash, not a secret: anyone can compute it, so every read still checks who may see the system.
 * Pure: no I/O.
 */
import { createHash } from 'node:crypto';
import { isSystemKey } from '@gov/schemas';
import type { Caller } from '../access.js';

export { isSystemKey };

/** The stored id (`sys-` + 24 hex) of the system a department calls `code`. */
export function systemKey(jurisdiction: string, departmentId: string, code: string): string {
  return `sys-${createHash('sha256').update(`${jurisdiction}:${departmentId}:${code}`).digest('hex').slice(0, 24)}`;
}

/** A reference within a department's scope: a stored id as it is, otherwise that department's own code. */
export function systemKeyIn(scope: { jurisdiction: string; departmentId: string }, ref: string): string {
  return isSystemKey(ref) ? ref : systemKey(scope.jurisdiction, scope.departmentId, ref);
}

/**
 * The stored id a caller's reference names: a department may use its own code; every other role uses the stored
 * id (its codes are not unique in a jurisdiction). `undefined`: the reference names no system the caller can reach.
 */
export function systemKeyFor(caller: Caller, ref: string): string | undefined {
  if (isSystemKey(ref)) return ref;
  return caller.role === 'department' && caller.dept ? systemKey(caller.jur, caller.dept, ref) : undefined;
}
