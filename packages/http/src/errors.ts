/** The error shape of design.md: {"error": {"code", "message", "details": [{"path", "message"}]}}; codes English, messages Chinese. */
export interface ErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

export const unauthorized = (message = '缺少或无效的身份令牌') => new ApiError(401, 'UNAUTHORIZED', message);
export const forbidden = (message = '无权执行此操作') => new ApiError(403, 'FORBIDDEN', message);
export const notFound = (message = '资源不存在') => new ApiError(404, 'NOT_FOUND', message);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);

export function errorBody(e: ApiError): string {
  return JSON.stringify({ error: { code: e.code, message: e.message, details: e.details } });
}
