/** Money at the boundaries of the regulations: exact fen, never floats. */
import { describe, expect, it } from 'vitest';
import { formatYuan, yuanAmount } from '@gov/schemas';

describe('yuanAmount', () => {
  it.each([
    ['600000.00', 60_000_000],
    ['599999.99', 59_999_999],
    ['600000', 60_000_000],
    ['0.1', 10],
    ['4000000', 400_000_000],
  ])('%s → %i fen', (input, fen) => {
    expect(yuanAmount.parse(input)).toBe(fen);
  });

  it('600,000.00 and 599,999.99 land on different sides of 60万元', () => {
    expect(yuanAmount.parse('600000.00') >= 60_000_000).toBe(true);
    expect(yuanAmount.parse('599999.99') >= 60_000_000).toBe(false);
  });

  it.each(['58万', '-1', '1.234', '', '1e6', '1e-8', 'NaN', 1.005, 0.1 + 0.2, 600000, 1e-8, '100000000000.01', ' 12. ', '0.001'])('refuses %s with a Chinese message', (input) => {
    const r = yuanAmount.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].message).toMatch(/金额/);
  });

  it('formats fen back to a yuan string', () => {
    expect(formatYuan(59_999_999)).toBe('599999.99');
    expect(formatYuan(5)).toBe('0.05');
  });
});
