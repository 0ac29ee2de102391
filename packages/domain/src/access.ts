/**
 * Who may see a project: a department only its own; a reviewer (bureau) and an auditor their jurisdiction;
 * admin everything. A project the caller may not see is reported as not found, so existence does not leak.
 */

export interface Caller {
  sub: string;
  role: 'department' | 'bureau' | 'finance' | 'auditor' | 'admin';
  dept?: string;
  jur: string;
}

export function maySee(caller: Caller, p: { jurisdiction: string; departmentId: string }): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'bureau':
    case 'auditor':
      return p.jurisdiction === caller.jur;
    case 'department':
      return p.jurisdiction === caller.jur && p.departmentId === caller.dept;
    default:
      return false;
  }
}
