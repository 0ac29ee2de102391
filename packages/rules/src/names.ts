/**
 * The one name normaliser every comparison of document types, chapter titles, field and review names goes through
 * (docs/catalogue-vs-text.md "名称的宽松匹配"). The regulations name a chapter "财政资金保障篇(章)": a 篇 or a 章,
 * so the "(章)" marker is not part of the name; full-width and half-width brackets and surrounding or inner spaces
 * are typing variants. Nothing else is forgiven: a different word is a different document.
 */

/** The comparable form of a name: half-width brackets and colon, no "(章)" marker, no whitespace. */
export function normalName(name: string): string {
  return name
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/\s+/g, '')
    .replace(/\(章\)/g, '');
}

/** Do two names denote the same document, chapter, field or review? */
export function sameName(a: string, b: string): boolean {
  return a === b || normalName(a) === normalName(b);
}

/** Does `names` hold `name` (leniently)? */
export function hasName(names: readonly string[] | undefined, name: string): boolean {
  if (!names) return false;
  for (const n of names) if (sameName(n, name)) return true;
  return false;
}

/** The spellings a client may send for `name`: the regulation's own, and the variants the normaliser accepts. */
export function acceptedNames(name: string): string[] {
  const out = [name];
  const bare = name.replace(/[(（]章[)）]/g, '');
  const full = name.replace(/\(/g, '（').replace(/\)/g, '）');
  for (const v of [bare, full]) if (!out.includes(v)) out.push(v);
  return out;
}
