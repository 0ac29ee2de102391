/**
 * The composition root: the domain's ports bound to DynamoDB and SQS, and its configuration read from the
 * environment — the one place that knows both sides. Each function wires only the ports its use cases call
 * (`wire`), so its bundle carries only those adapters and SDK clients and its role only their grants (decision 033).
 */
import {
  DynamoDbProjectStore, DynamoDbSystemStore, dynamoDbFlagStore, dynamoDbIdempotencyStore, dynamoDbGateAudit, dynamoDbObligationIndex, dynamoDocumentStore, dynamoPlanStore, sqsPipelineQueue, sqsScanQueue,
} from '@gov/adapters';
import { log } from '@gov/observability';
import { usageSettingsFrom, type Deps, type GateAuditSink, type PlanState, type ProjectState, type SystemState, type UploadRecord, type VerifiedDocument } from '@gov/domain';

/**
 * Where gate checks are recorded (docs/decisions/004), by GATE_AUDIT_SINK: `log` (default) one structured JSON line
 * `{"msg":"gate-check-audit",…}` on the function's log stream, so an answer costs one read; `dynamodb` an item beside
 * the subject (queryable, one more write); `both`.
 */
export function gateAuditSink(setting = process.env.GATE_AUDIT_SINK || 'log'): GateAuditSink {
  const stored = setting === 'dynamodb' || setting === 'both';
  return {
    async record(check) {
      if (stored) await dynamoDbGateAudit.record(check);
      if (setting !== 'dynamodb') log('audit', 'gate-check-audit', { ...check });
    },
    // Only a sink that stores the checks can list them (GET /v1/budget-gate/checks, decision 183).
    ...(stored ? { list: dynamoDbGateAudit.list } : {}),
  };
}

type PortName = Exclude<keyof Deps, 'config'>;
/** A port's production factory; each is its own export so a bundle holds only the adapters its function wires. */
type Factory<K extends PortName> = () => Deps[K];

export const projectsPort: Factory<'projects'> = () => new DynamoDbProjectStore<ProjectState>();
export const systemsPort: Factory<'systems'> = () => new DynamoDbSystemStore<SystemState>();
export const obligationsPort: Factory<'obligations'> = () => dynamoDbObligationIndex;
export const flagsPort: Factory<'flags'> = () => dynamoDbFlagStore;
export const queuePort: Factory<'queue'> = () => sqsPipelineQueue;
export const scanQueuePort: Factory<'scanQueue'> = () => sqsScanQueue;
export const gateAuditPort: Factory<'gateAudit'> = () => gateAuditSink();
export const plansPort: Factory<'plans'> = () => dynamoPlanStore<PlanState>();
export const documentsPort: Factory<'documents'> = () => dynamoDocumentStore<UploadRecord, VerifiedDocument>();
export const idempotencyPort: Factory<'idempotency'> = () => dynamoDbIdempotencyStore;

export type PortFactories = { [K in PortName]?: Factory<K> };

const PORT_NAMES: readonly PortName[] = ['projects', 'systems', 'obligations', 'flags', 'queue', 'scanQueue', 'gateAudit', 'plans', 'documents', 'idempotency'];

/**
 * A port this function does not wire: any call fails loudly, naming the port (a use case reaching a port its
 * function was not given is a wiring bug, not a condition to recover from). Spreading it (as the idempotency
 * wrapper spreads the ports) is harmless.
 */
function notWired(name: PortName): never {
  return new Proxy({}, {
    get(_t, prop) {
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      return () => {
        throw new Error(`port ${name} is not wired in this function (services/wiring.ts)`);
      };
    },
  }) as never;
}

/** The ports built from `factories` (the others fail when called) with the configuration from the environment. */
export function buildDeps(factories: PortFactories): Deps {
  const ports = Object.fromEntries(PORT_NAMES.map((n) => [n, factories[n]?.() ?? notWired(n)]));
  return { ...(ports as Omit<Deps, 'config'>), config: { usage: usageSettingsFrom(process.env.USAGE_SETTINGS_JSON) } };
}

/** One function's ports, built once per process (a Lambda container, the local server) on first use. */
export function wire(factories: PortFactories): () => Deps {
  let built: Deps | undefined;
  return () => (built ??= buildDeps(factories));
}

/** Every port (scripts, integration tests and benchmarks that drive several use cases); the environment is read now. */
export function awsDeps(): Deps {
  return buildDeps({
    projects: projectsPort, systems: systemsPort, obligations: obligationsPort, flags: flagsPort, queue: queuePort, scanQueue: scanQueuePort,
    gateAudit: gateAuditPort, plans: plansPort, documents: documentsPort, idempotency: idempotencyPort,
  });
}
