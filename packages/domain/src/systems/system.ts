/**
 * An information system in operation as stored (pk SYSTEM#id): its facts, usage and what the gate's Q2 reads. `id` is
 * scoped per jurisdiction and department (key.ts); `code` is the department's own 系统编号.
 */
import type { ClassificationFacts, Jurisdiction, ProjectFacts, SystemFacts } from '@gov/rules';
import type { Tracking } from '../project.js';
import type { AggregateState } from '../ports/records.js';

export interface UsagePeriod {
  periodStart: string;
  periodEnd: string;
  activeUsers: number;
  transactions: number;
  active: boolean;
  reportedOn: string;
}

export interface Override {
  authority: string;
  reason: string;
  documentRef: string;
  on: string;
}

export interface Decision {
  result: 'pass' | 'fail' | 'na';
  reviewer: string;
  on: string;
  comment?: string;
}

export interface SystemState extends AggregateState {
  projectId: string;
  jurisdiction: Jurisdiction;
  /** The department's own code (系统编号); absent on systems registered before ids were scoped (their id is the code). */
  code?: string;
  name: string;
  /** The facts the rules read (status, platform connections, security determinations …). */
  facts: SystemFacts;
  operationStart: string;
  /** Snapshot of the facts of the project that built the system, refreshed in every project transaction. */
  project: ProjectFacts;
  projectVersion: number;
  classification?: Partial<ClassificationFacts>;
  /** Q2 overrides and reviewer decisions granted for this system (the project's own apply too). */
  overrides?: Record<string, Override>;
  decisions?: Record<string, Decision>;
  usage?: { lastActiveOn?: string; periods: UsagePeriod[] };
  tracking?: Tracking;
}
