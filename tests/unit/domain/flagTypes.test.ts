/** Which flag an overdue obligation raises: reports are not evaluations; the flag list's filter knows every type. */
import { describe, expect, it } from 'vitest';
import { classifyObligation, FLAG_TYPES } from '@gov/domain';
import { openApiDocument } from '@gov/schemas';

describe('flag types of overdue obligations', () => {
  it('SD 第十六条 annual progress and budget-execution report → overdue_report, not missed_evaluation', () => {
    expect(classifyObligation('SD-16-annual-report')).toEqual({ type: 'overdue_report', scan: 'tracker' });
  });
  it('evaluations stay missed_evaluation (HS 第三十条 绩效自评, SD 第二十四条 自评价)', () => {
    expect(classifyObligation('HS-30-annual-self-eval').type).toBe('missed_evaluation');
    expect(classifyObligation('SD-24-post-eval-12-24m').type).toBe('missed_evaluation');
  });
  it('GET /v1/flags declares exactly the domain\'s flag types', async () => {
    const op = (await openApiDocument()).paths?.['/v1/flags']?.get as { parameters?: { name: string; schema?: { enum?: string[] } }[] };
    const type = op.parameters?.find((p) => p.name === 'type');
    expect([...(type?.schema?.enum ?? [])].sort()).toEqual([...FLAG_TYPES].sort());
  });
});
