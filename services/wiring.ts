/**
 * The composition root: the domain's ports bound to DynamoDB and SQS, and its configuration read from the
 * environment — the one place that knows both sides. Built once per process (clients are created on first use).
 */
import {
  DynamoDbProjectStore, DynamoDbSystemStore, dynamoDbFlagStore, dynamoDbIdempotencyStore, dynamoDbGateAudit, dynamoDbObligationIndex, dynamoDocumentStore, dynamoPlanStore, sqsPipelineQueue,
} from '@gov/adapters';
import { log } from '@gov/observability';
import { usageSettingsFrom, type Deps, type GateAuditSink, type PlanState, type ProjectState, type SystemState, type UploadRecord, type VerifiedDocument } from '@gov/domain';

/**
 * Where gate checks are recorded (docs/decisions/004), by GATE_AUDIT_SINK: `log` (default) one structured JSON line
 * `{"msg":"gate-check-audit",…}` on the function's log stream, so an answer costs one read; `dynamodb` an item beside
 * the subject (queryable, one more write); `both`.
 */
export function gateAuditSink(setting = process.env.GATE_AUDIT_SINK || 'log'): GateAuditSink {
  return {
    async record(check) {
      if (setting === 'dynamodb' || setting === 'both') await dynamoDbGateAudit.record(check);
      if (setting !== 'dynamodb') log('audit', 'gate-check-audit', { ...check });
    },
  };
}

/** The production ports; the environment is read when this is called. */
export function awsDeps(): Deps {
  return {
    projects: new DynamoDbProjectStore<ProjectState>(),
    systems: new DynamoDbSystemStore<SystemState>(),
    obligations: dynamoDbObligationIndex,
    flags: dynamoDbFlagStore,
    queue: sqsPipelineQueue,
    gateAudit: gateAuditSink(),
    plans: dynamoPlanStore<PlanState>(),
    documents: dynamoDocumentStore<UploadRecord, VerifiedDocument>(),
    idempotency: dynamoDbIdempotencyStore,
    config: { usage: usageSettingsFrom(process.env.USAGE_SETTINGS_JSON) },
  };
}

let built: Deps | undefined;

/** One set of ports per process (a Lambda container, the local server). */
export function deps(): Deps {
  built ??= awsDeps();
  return built;
}
