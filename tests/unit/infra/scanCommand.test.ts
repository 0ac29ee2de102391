/** `pnpm scan`: which function it invokes, with which schedule input, on which port. */
import { describe, expect, it } from 'vitest';
import { scanInvocation, ScanUsageError } from '../../../infra/local/scanCommand.js';

const NOW = new Date('2026-12-31T16:30:00Z'); // 2027-01-01 00:30 in Asia/Shanghai

describe('scanInvocation', () => {
  it('deadlines --date 2027-01-05 → the acceptance tracker with the daily-deadline-scan input, default Lambda port 3002', () => {
    expect(scanInvocation(['deadlines', '--date', '2027-01-05'], {}, 'gov-it-lifecycle', NOW)).toEqual({
      name: 'deadlines',
      title: expect.stringContaining('期限扫描'),
      url: 'http://127.0.0.1:3002/2015-03-31/functions/gov-it-lifecycle-local-acceptanceTracker/invocations',
      event: { job: 'daily-deadline-scan', on: '2027-01-05' },
    });
  });

  it('filing with --date=…, on LAMBDA_PORT', () => {
    const c = scanInvocation(['filing', '--date=2027-02-28'], { LAMBDA_PORT: '13112' }, 'gov-it-lifecycle', NOW);
    expect(c.url).toBe('http://127.0.0.1:13112/2015-03-31/functions/gov-it-lifecycle-local-filing/invocations');
    expect(c.event).toEqual({ job: 'daily-filing-scan', on: '2027-02-28' });
  });

  it('without --date: today in Asia/Shanghai (already 2027-01-01 at 16:30 UTC on 31 December)', () => {
    expect(scanInvocation(['deadlines'], {}, 's', NOW).event.on).toBe('2027-01-01');
    expect(scanInvocation(['deadlines'], {}, 's', new Date('2026-12-31T15:59:59Z')).event.on).toBe('2026-12-31');
  });

  it.each([
    [['reminders']], [[]], [['deadlines', '--date', '2027-02-29']], [['deadlines', '--date', '2027-1-5']], [['deadlines', '--date']], [['deadlines', '--on', '2027-01-05']],
  ])('refuses %j', (argv) => {
    expect(() => scanInvocation(argv, {}, 's', NOW)).toThrow(ScanUsageError);
  });

  it('refuses a LAMBDA_PORT that is no port', () => {
    expect(() => scanInvocation(['deadlines'], { LAMBDA_PORT: '70000' }, 's', NOW)).toThrow(/LAMBDA_PORT/);
    expect(scanInvocation(['deadlines'], { LAMBDA_PORT: '65535' }, 's', NOW).url).toContain(':65535/');
  });
});
