/** What the stack-backed setups hand to their tests. */
import { inject } from 'vitest';

export interface StackContext {
  baseUrl: string;
  env: Record<string, string>;
  queues: { logicalId: string; name: string; url: string; arn: string; dlqName?: string; maxReceiveCount?: number }[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackContext;
  }
}

/** The stack's environment applied to this test process, so the adapters talk to the same emulators. */
export function useStack(): StackContext {
  const stack = inject('stack');
  Object.assign(process.env, stack.env);
  return stack;
}
