/**
 * A recording view of plain fact data: every property a rule reads is noted as a normalised path
 * (`project.documents[].chapters`, `project.fields.系统接口`, `filing.fields.*` for a key listing). Array indices
 * become `[]` and a trailing `[]` is dropped, so reading a list and reading its entries name the same input. Used to
 * derive what a pack's rules read (requirements schema) and, in the tests, to check that the schema lists it all.
 */

/** Wraps a structured clone of `value` (frozen data cannot be proxied) so that reads are added to `paths`. */
export function recordReads<T extends object>(value: T, paths: Set<string>): T {
  return wrap(structuredClone(value), '', paths);
}

/** Reads of `data` recorded into a new set per call: `data` is cloned once (frozen data cannot be proxied). */
export function readRecorder<T extends object>(data: T): (paths: Set<string>) => T {
  const copy = structuredClone(data);
  return (paths) => wrap(copy, '', paths);
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
const note = (paths: Set<string>, path: string): void => {
  if (path) paths.add(path.replace(/(\[\])+$/, ''));
};

function wrap<T extends object>(target: T, path: string, paths: Set<string>): T {
  const isArray = Array.isArray(target);
  return new Proxy(target, {
    get(t, key, receiver) {
      const v: unknown = Reflect.get(t, key, receiver);
      if (typeof key === 'symbol' || typeof v === 'function') return v;
      const child = isArray ? (/^\d+$/.test(key) ? `${path}[]` : path) : join(path, key);
      if (v !== null && typeof v === 'object') return wrap(v, child, paths);
      note(paths, child); // a leaf: a value, `undefined` (not shown), or an array's length
      return v;
    },
    has(t, key) {
      if (typeof key === 'string') note(paths, isArray ? path : join(path, key));
      return Reflect.has(t, key);
    },
    ownKeys(t) {
      note(paths, isArray ? path : join(path, '*'));
      return Reflect.ownKeys(t);
    },
  });
}
