/**
 * Commitment periods (ISO 8601 durations such as P1M, P1Y) measured in real calendar days
 * from a start date: P1M from 2026-01-31 ends 2026-02-28 (28 days), P1Y from 2027-03-01 ends
 * 2028-03-01 (366 days). Month ends are clamped (31 January + 1 month = 28 February).
 */
import { Temporal } from 'temporal-polyfill';

export class PeriodError extends Error {
  override readonly name = 'PeriodError';
}

/** Parses a commitment period; throws PeriodError unless it is a positive date-only duration. */
export function parsePeriod(duration: string): Temporal.Duration {
  let parsed: Temporal.Duration;
  try {
    parsed = Temporal.Duration.from(duration);
  } catch (cause) {
    throw new PeriodError(`"${duration}" is not an ISO 8601 duration (hint: P1M, P3M, P1Y)`, { cause });
  }
  const hasTime =
    parsed.hours !== 0 ||
    parsed.minutes !== 0 ||
    parsed.seconds !== 0 ||
    parsed.milliseconds !== 0 ||
    parsed.microseconds !== 0 ||
    parsed.nanoseconds !== 0;
  if (hasTime || parsed.sign <= 0) {
    throw new PeriodError(
      `"${duration}" is not a positive period of whole days, weeks, months or years (hint: P1M, P1Y)`,
    );
  }
  return parsed;
}

export function isValidPeriod(duration: string): boolean {
  try {
    parsePeriod(duration);
    return true;
  } catch {
    return false;
  }
}

/** The last day (exclusive end) of a period starting on `start`. */
export function periodEnd(duration: string, start: Temporal.PlainDate): Temporal.PlainDate {
  return start.add(parsePeriod(duration), { overflow: 'constrain' });
}

/** Length in calendar days of the period starting on `start`. */
export function periodDays(duration: string, start: Temporal.PlainDate): number {
  return start.until(periodEnd(duration, start), { largestUnit: 'days' }).days;
}
