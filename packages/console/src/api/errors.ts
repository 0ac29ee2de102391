/** The API's error shape, {"error":{"code","message","details":[{path,message}]}}, as a thrown value the pages show. */
export interface ErrorDetail {
  path: string;
  message: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[],
  ) {
    super(message);
  }
}

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a 2xx answer, or an ApiFailure carrying the API's Chinese message and field paths. */
export function unwrap<T>(r: Result<T>): T {
  if (r.response.ok && r.data !== undefined) return r.data;
  const e = (r.error as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | undefined)?.error;
  throw new ApiFailure(
    r.response.status,
    e?.code ?? `HTTP_${r.response.status}`,
    e?.message ?? `请求失败(HTTP ${r.response.status})`,
    Array.isArray(e?.details) ? e.details : [],
  );
}

export function messageOf(e: unknown): string {
  if (e instanceof ApiFailure) return `${e.message}${e.details.length ? `:${e.details.map((d) => `${d.path} ${d.message}`).join(';')}` : ''}`;
  return e instanceof Error ? e.message : String(e);
}
