/**
 * 查重 decision support (catalogue §4.7 P3; HS 第六条, BJ 第三条, JJ 第四条): projects of the same jurisdiction whose
 * names are alike or that touch the same existing systems, for a reviewer to judge. Pure; never decides.
 */

/** Words every project name has; they say nothing about what the system does. */
const NOISE = ['政务', '信息化', '信息', '系统', '平台', '项目', '建设', '工程', '一期', '二期', '三期', '升级', '改造', '运维', '服务', '管理'];

export interface SimilarityCandidate {
  id: string;
  name: string;
  departmentId: string;
  status: string;
  existingSystems?: readonly string[];
}

export interface SimilarProject extends Omit<SimilarityCandidate, 'existingSystems'> {
  /** Dice coefficient of character bigrams of the distinctive part of the names, 0…1 (1 when systems overlap). */
  similarity: number;
}

function bigrams(name: string): Set<string> {
  let core = name.replace(/[\s()()【】\[\]·、,,。.-]/g, '');
  for (const w of NOISE) core = core.split(w).join('');
  const out = new Set<string>();
  for (let i = 0; i < core.length - 1; i++) out.add(core.slice(i, i + 2));
  if (core.length === 1) out.add(core);
  return out;
}

export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export function similarProjects(
  target: { id?: string; name: string; existingSystems?: readonly string[] },
  candidates: readonly SimilarityCandidate[],
  threshold = 0.5,
  limit = 10,
): SimilarProject[] {
  const systems = new Set(target.existingSystems ?? []);
  const found: SimilarProject[] = [];
  for (const c of candidates) {
    if (c.id === target.id) continue;
    const touchesSameSystem = (c.existingSystems ?? []).some((s) => systems.has(s));
    const similarity = touchesSameSystem ? 1 : Math.round(nameSimilarity(target.name, c.name) * 100) / 100;
    if (similarity >= threshold) found.push({ id: c.id, name: c.name, departmentId: c.departmentId, status: c.status, similarity });
  }
  return found.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}
