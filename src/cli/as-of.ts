/**
 * "Now" for a run: `--as-of`, else SOURCE_DATE_EPOCH, else the clock. Only the CLI reads the
 * clock; everything below receives the instant as a parameter.
 */
import { Temporal } from 'temporal-polyfill';
import { UsageError } from './usage-error.ts';

export function resolveAsOf(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  clock: () => Temporal.Instant = () => Temporal.Now.instant(),
): Temporal.Instant {
  if (option !== undefined) {
    try {
      return Temporal.Instant.from(option);
    } catch (cause) {
      throw new UsageError(
        `--as-of "${option}" is not a date-time with an offset`,
        'write it as 2026-03-02T10:15:00+01:00 or 2026-03-02T09:15:00Z',
        { cause },
      );
    }
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
