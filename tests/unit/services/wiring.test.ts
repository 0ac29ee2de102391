/** Per-function wiring (decision 033): a function builds only the ports it wires, once, and an unwired port fails loudly. */
import { describe, expect, it } from 'vitest';
import { awsDeps, buildDeps, projectsPort, queuePort, scanQueuePort, wire } from '../../../services/wiring.js';
import { deps as trackerDeps } from '../../../services/acceptance-tracker/wiring.js';
import { deps as intakeDeps } from '../../../services/intake/wiring.js';
import { deps as gateDeps } from '../../../services/budget-gate/wiring.js';

describe('per-function wiring', () => {
  it('builds the wired ports once per process and reads the configuration', () => {
    let built = 0;
    const deps = wire({ projects: () => (built++, projectsPort()) });
    expect(deps()).toBe(deps());
    expect(built).toBe(1);
    expect(deps().config.usage).toBeDefined();
  });

  it('an unwired port fails on call, naming the port, and can still be spread', async () => {
    const d = buildDeps({ projects: projectsPort });
    const spread = { ...d };
    expect(() => spread.queue.send('classification', { projectId: 'p', version: 1 })).toThrow('port queue is not wired in this function');
    expect(() => d.gateAudit.record({} as never)).toThrow(/port gateAudit/);
    // Not a thenable: awaiting a port (or a value holding one) must not call it.
    expect(await Promise.resolve(d.queue)).toBe(d.queue);
  });

  it('awsDeps wires every port', () => {
    const all = awsDeps();
    for (const port of [all.projects, all.systems, all.obligations, all.flags, all.queue, all.gateAudit, all.plans, all.documents, all.idempotency]) {
      expect(() => Object.keys(port)).not.toThrow();
      expect(String((port as { send?: unknown; get?: unknown; record?: unknown }).toString)).not.toContain('not wired');
    }
    expect(all.queue).toBe(queuePort());
    expect(all.scanQueue).toBe(scanQueuePort());
  });

  it('the acceptance tracker sends to the scan queue, not the pipeline queues', () => {
    expect(trackerDeps().scanQueue).toBe(scanQueuePort());
    expect(() => trackerDeps().queue.send('classification', { projectId: 'p', version: 1 })).toThrow(/port queue/);
    expect(() => intakeDeps().scanQueue.send([])).toThrow(/port scanQueue/);
  });

  it('intake sends to the queue but records no gate checks; the budget gate the reverse', () => {
    expect(intakeDeps().queue).toBe(queuePort());
    expect(() => intakeDeps().gateAudit.record({} as never)).toThrow(/port gateAudit/);
    expect(() => gateDeps().queue.send('classification', { projectId: 'p', version: 1 })).toThrow(/port queue/);
    expect(typeof gateDeps().gateAudit.record).toBe('function');
  });
});
