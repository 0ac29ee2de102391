/** Answers carry 元 strings with two decimals (issue 10 §4); fen stay inside. */
import { describe, expect, it } from 'vitest';
import { yuanEvent, yuanLifecycle, yuanMilestone, yuanProject } from '../../../services/moneyView.js';

describe('money in answers', () => {
  it('a project: application amounts, line items and lifecycle in 元, 1 fen and 0 exact', () => {
    const p = yuanProject({ id: 'p', application: { name: 'x', amounts: { total: 60_000_000, budget: 1 }, lineItems: [{ type: '硬件', amount: 0 }] }, lifecycle: { approvedEstimate: 59_999_999, paidToDate: 60_000_000, dates: {} } });
    expect(p.application).toEqual({ name: 'x', amounts: { total: '600000.00', budget: '0.01' }, lineItems: [{ type: '硬件', amount: '0.00' }] });
    expect(p.lifecycle).toEqual({ approvedEstimate: '599999.99', paidToDate: '600000.00', dates: {} });
  });

  it('events: submitted application, amount changes of a resubmission, milestones and filings; others untouched', () => {
    const ev = (type: string, payload: Record<string, unknown>) => ({ actor: 'u', at: 't', type, payload });
    expect(yuanEvent(ev('submitted', { application: { amounts: { total: 60_000_000 } } })).payload).toEqual({ application: { amounts: { total: '600000.00' } } });
    expect(yuanEvent(ev('resubmitted', { application: { amounts: { total: 100 } }, changes: [{ path: 'amounts.total', from: 50, to: 100 }, { path: 'name', from: 'a', to: 'b' }] })).payload.changes)
      .toEqual([{ path: 'amounts.total', from: '0.50', to: '1.00' }, { path: 'name', from: 'a', to: 'b' }]);
    expect(yuanEvent(ev('milestone_recorded', { milestone: { type: 'payment_made', amount: 12_345 } })).payload).toEqual({ milestone: { type: 'payment_made', amount: '123.45' } });
    expect(yuanEvent(ev('filing_recorded', { filing: { kind: 'change', change: { newTotal: 100_000, adjustAmount: 5 } } })).payload.filing)
      .toEqual({ kind: 'change', change: { newTotal: '1000.00', adjustAmount: '0.05' } });
    expect(yuanEvent(ev('reviewed', { outcome: 'pass', count: 3 })).payload).toEqual({ outcome: 'pass', count: 3 });
  });

  it('a milestone and a lifecycle without amounts pass through', () => {
    expect(yuanMilestone({ type: 'acceptance_passed', date: '2026-05-21' })).toEqual({ type: 'acceptance_passed', date: '2026-05-21' });
    expect(yuanLifecycle(undefined)).toBeUndefined();
  });
});
