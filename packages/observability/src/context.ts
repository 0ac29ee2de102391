/**
 * The invocation a line of code runs for: its correlation id (关联号, follows one request from the HTTP call through
 * both pipeline queues) and the Lambda request id. Kept in AsyncLocalStorage rather than on the logger, because the
 * local stack runs concurrent invocations in one process.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface InvocationContext {
  correlationId: string;
  requestId?: string;
}

const store = new AsyncLocalStorage<InvocationContext>();

export function withInvocation<T>(ctx: InvocationContext, fn: () => T): T {
  return store.run(ctx, fn);
}

export function currentInvocation(): InvocationContext | undefined {
  return store.getStore();
}

export function currentCorrelationId(): string | undefined {
  return store.getStore()?.correlationId;
}

/** A caller-supplied id is kept only when it is short and printable, so it cannot forge log lines or headers. */
export function acceptableCorrelationId(value: unknown): string | undefined {
  return typeof value === 'string' && /^[\x21-\x7e]{1,128}$/.test(value) ? value : undefined;
}

export const newCorrelationId = (): string => randomUUID();

/** The SQS message attribute that carries the correlation id from producer to consumer. */
export const CORRELATION_ATTRIBUTE = 'correlationId';
export const CORRELATION_HEADER = 'x-correlation-id';
