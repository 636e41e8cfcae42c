/**
 * "Now" for a run: `asOf` (`--as-of`), else SOURCE_DATE_EPOCH, else the clock. Only the API
 * functions (the edges) read the clock; everything below receives the instant as a parameter.
 */
import { Temporal } from 'temporal-polyfill';
import { UsageError } from '../errors.ts';

/** An instant: an ISO 8601 date-time with an offset, a Temporal.Instant or a Date. */
export type AsOf = string | Temporal.Instant | Date;

export type Env = Readonly<Record<string, string | undefined>>;

/** The instant `value` names; `option` and `example` word the usage error for a bad one. */
export function instantOf(value: AsOf, option: string, example: string): Temporal.Instant {
  if (value instanceof Temporal.Instant) return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new UsageError(`${option} is an invalid Date`, example);
    return Temporal.Instant.fromEpochMilliseconds(value.getTime());
  }
  if (typeof value === 'object') {
    // Another Temporal implementation's Instant (a native one, another copy of the polyfill).
    return Temporal.Instant.fromEpochNanoseconds((value as { epochNanoseconds: bigint }).epochNanoseconds);
  }
  try {
    return Temporal.Instant.from(value);
  } catch (cause) {
    throw new UsageError(`${option} "${value}" is not a date-time with an offset`, example, { cause });
  }
}

export function resolveAsOf(
  option: AsOf | undefined,
  env: Env,
  clock: () => Temporal.Instant = () => Temporal.Now.instant(),
): Temporal.Instant {
  if (option !== undefined) {
    return instantOf(option, '--as-of', 'write it as 2026-03-02T10:15:00+01:00 or 2026-03-02T09:15:00Z');
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) {
      throw new UsageError(`SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds`, 'unset it or set it to e.g. 1772442900');
    }
    return Temporal.Instant.fromEpochMilliseconds(Number(epoch) * 1000);
  }
  return clock();
}
