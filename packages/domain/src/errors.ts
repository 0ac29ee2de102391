/** Errors the domain raises for callers; the HTTP layer maps `status` and `code` to the response. */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422,
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export const notFoundProject = (id: string) => new DomainError(404, 'PROJECT_NOT_FOUND', `项目 ${id} 不存在或无权查看`);
export const notFoundSystem = (id: string) => new DomainError(404, 'SYSTEM_NOT_FOUND', `系统 ${id} 不存在或无权查看`);
