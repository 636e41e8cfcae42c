import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isValidPeriod, periodDays, periodEnd } from '../../../src/domain/period.ts';

const d = (text: string): Temporal.PlainDate => Temporal.PlainDate.from(text);

describe('periodDays', () => {
  it.each([
    ['P1M', '2026-01-31', 28], // ends 2026-02-28
    ['P1M', '2026-03-15', 31],
    ['P1M', '2028-01-31', 29], // leap February
    ['P1Y', '2027-03-01', 366], // spans 29 February 2028
    ['P1Y', '2026-03-01', 365],
    ['P3M', '2026-01-01', 90],
    ['P2W', '2026-01-01', 14],
    ['P1D', '2026-01-01', 1],
  ])('%s from %s is %i days', (duration, start, days) => {
    expect(periodDays(duration, d(start))).toBe(days);
  });

  it('clamps month ends', () => {
    expect(periodEnd('P1M', d('2026-01-31')).toString()).toBe('2026-02-28');
  });

  it('rejects non-periods with a hint', () => {
    expect(() => periodDays('PT1H', d('2026-01-01'))).toThrow(/not a positive period.*hint: P1M/);
    expect(() => periodDays('1 month', d('2026-01-01'))).toThrow(
      '"1 month" is not an ISO 8601 duration (hint: P1M, P3M, P1Y)',
    );
    expect(isValidPeriod('P0D')).toBe(false);
    expect(isValidPeriod('P1Y')).toBe(true);
  });
});
