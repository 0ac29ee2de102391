/**
 * Who listens on a local TCP port: pid and command line, from `ss -ltnpH` and /proc (Linux). Used to say what holds
 * a port a stack needs, instead of failing later or talking to a stale stack. undefined when it cannot be told.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface PortOwner {
  pid: number;
  command: string;
}

export function portOwner(port: number): PortOwner | undefined {
  let out: string;
  try {
    out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
  const m = /pid=(\d+)/.exec(out);
  if (!m) return undefined;
  const pid = Number(m[1]);
  let command = /users:\(\("([^"]+)"/.exec(out)?.[1] ?? '?';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 300) || command;
  } catch {
    // the process ended meanwhile, or /proc is not readable: keep the short name
  }
  return { pid, command };
}

export function describePortOwner(port: number): string {
  const o = portOwner(port);
  return o ? `占用者 / held by pid ${o.pid}: ${o.command}` : '占用者未知 / owner unknown (ss -ltnp 可查看)';
}
