/** `concurrency`: browser tabs printing at once, a whole number from 1 to 99 (default 3). */
import { DEFAULT_CONCURRENCY } from '../render/pdf/default-concurrency.ts';
import { UsageError } from '../errors.ts';

export function concurrencyOf(value: number | undefined): number {
  if (value === undefined) return DEFAULT_CONCURRENCY;
  if (!Number.isInteger(value) || value < 1 || value > 99) {
    throw new UsageError(`concurrency ${String(value)} is not a whole number from 1 to 99`, 'e.g. concurrency: 3 (--concurrency 3)');
  }
  return value;
}
