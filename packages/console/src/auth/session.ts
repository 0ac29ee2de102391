/**
 * The signed-in user: a bearer token kept in sessionStorage (closing the tab signs out) and its claims, read for
 * display and navigation only — the API verifies the token on every request.
 */
export type Role = 'department' | 'bureau' | 'finance' | 'auditor' | 'admin';

export interface Session {
  token: string;
  sub: string;
  role: Role;
  jur: string;
  dept?: string;
  exp: number;
}

const KEY = 'gov-console-token';

function claimsOf(token: string): Omit<Session, 'token'> | null {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0)));
    const c = JSON.parse(json);
    if (typeof c.role !== 'string' || typeof c.jur !== 'string' || typeof c.exp !== 'number') return null;
    return { sub: c.sub, role: c.role, jur: c.jur, dept: c.dept, exp: c.exp };
  } catch {
    return null;
  }
}

export function currentSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  const claims = claimsOf(token);
  if (!claims || claims.exp * 1000 < Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return { token, ...claims };
}

export function signIn(token: string): Session | null {
  sessionStorage.setItem(KEY, token);
  return currentSession();
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}
