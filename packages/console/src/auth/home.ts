/** Each role's first page after sign-in (and where a guard sends a role that may not see a page). */
import type { Role } from './session';

export const HOME: Record<Role, string> = {
  department: '/projects',
  bureau: '/review',
  finance: '/gate',
  auditor: '/library',
  admin: '/dashboard',
};
