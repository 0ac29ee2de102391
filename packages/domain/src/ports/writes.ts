/**
 * A change described as the domain's own values: besides the aggregate's new state and event, the further writes
 * that must land in the same transaction (index items, flags, the project snapshot on its systems, a second
 * aggregate). The store turns each into whatever its database needs (DynamoDB: transaction items).
 */
import type { AggregateState, DomainEvent, FlagRecord, ObligationRecord, SubjectKind } from './records.js';

export type StoreWrite =
  /** Write (or rewrite) an obligation of the due-date index; a met one leaves the index. */
  | { kind: 'obligation.put'; obligation: ObligationRecord }
  | { kind: 'obligation.delete'; subject: SubjectKind; subjectId: string; ruleId: string; key: string }
  /** Raise a flag; raising the same flag id twice fails the whole change. */
  | { kind: 'flag.raise'; flag: FlagRecord }
  | { kind: 'flag.close'; subject: SubjectKind; subjectId: string; flagId: string; closedOn: string; reason: string }
  /** Refresh derived attributes of a system (its project's facts) without a new system version. */
  | { kind: 'system.snapshot'; systemId: string; attributes: Record<string, unknown> }
  /** A versioned change of a system inside another aggregate's transaction (registered, stopped). */
  | { kind: 'system.save'; state: AggregateState & { projectId: string }; event: DomainEvent; expectedVersion: number }
  /** Claim an Idempotency-Key with the change it made; a key claimed already fails the whole change (../idempotency.ts). */
  | { kind: 'idempotency.claim'; key: string; requestHash: string; at: string };

export const putObligation = (obligation: ObligationRecord): StoreWrite => ({ kind: 'obligation.put', obligation });
export const raiseFlag = (flag: FlagRecord): StoreWrite => ({ kind: 'flag.raise', flag });
