/** The filing schedule's input (decision 090 §6): the deployed schedule fans out; a re-run by hand scans in the process. */
import { describe, expect, it } from 'vitest';
import { scheduleInput } from '../../../services/filing/schedule.js';

describe('filing schedule input', () => {
  it('fans out only when the schedule says so', () => {
    expect(scheduleInput.parse({ job: 'daily-filing-scan', on: '2027-01-01' })).toEqual({ job: 'daily-filing-scan', on: '2027-01-01', fanOut: false });
    expect(scheduleInput.parse({ job: 'daily-filing-scan', fanOut: true }).fanOut).toBe(true);
    expect(scheduleInput.parse({}).job).toBe('daily-filing-scan');
    expect(scheduleInput.safeParse({ fanOut: 'yes' }).success).toBe(false);
    expect(scheduleInput.safeParse({ job: 'daily-deadline-scan' }).success).toBe(false);
    expect(scheduleInput.safeParse({ on: '2027-02-30' }).success).toBe(false);
  });
});
