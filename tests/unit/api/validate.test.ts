/** validate(): the object `bdc validate --format json` prints, computed in-process; never prints, never exits. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it, vi } from 'vitest';
import { BdcError, UsageError, validate } from '../../../src/index.ts';
import { memoryIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { FIXTURES, REFERENCE_FILE } from '../input/helpers.ts';

const AS_OF = '2026-03-10T00:00:00Z';

async function cliJson(...paths: string[]): Promise<unknown> {
  const io = memoryIo({});
  await main(['validate', ...paths, '--reference', REFERENCE_FILE, '--as-of', AS_OF, '--format', 'json'], io);
  return JSON.parse(io.stdout.join('\n'));
}

describe('validate()', () => {
  it('returns exactly what `bdc validate --format json` prints', async () => {
    const paths = [`${FIXTURES}invalid`, `${FIXTURES}valid`];
    const result = await validate({ paths, reference: REFERENCE_FILE, asOf: AS_OF });
    expect(result).toEqual(await cliJson(...paths));
    expect(result.orders).toBeGreaterThan(30);
    expect(result.errors).toBeGreaterThan(30);
  });

  it('reports every finding of an order in one run, whatever stage finds it', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const result = await validate({ paths: [`${FIXTURES}invalid/four-mistakes.yaml`], reference: REFERENCE_FILE, asOf: AS_OF, cwd: FIXTURES });
    expect(stdout).not.toHaveBeenCalled();
    stdout.mockRestore();
    expect(result).toEqual({
      orders: 1,
      files: 1,
      errors: 4,
      warnings: 0,
      diagnostics: [
        {
          file: 'invalid/four-mistakes.yaml',
          line: 5,
          column: 1,
          severity: 'error',
          code: 'SCHEMA_UNKNOWN_KEY',
          message: 'order: unknown key "expirationDat"',
          path: 'expirationDat',
          hint: 'did you mean "expirationDate"?',
        },
        {
          file: 'invalid/four-mistakes.yaml',
          line: 32,
          column: 16,
          severity: 'error',
          code: 'AMOUNT_TOO_MANY_DECIMALS',
          message: 'details.0.unitPrice: 12.999 has 3 decimals; EUR allows at most 2',
          path: 'details.0.unitPrice',
          hint: 'write the amount in EUR with 2 decimals',
        },
        {
          file: 'invalid/four-mistakes.yaml',
          line: 43,
          column: 15,
          severity: 'error',
          code: 'HISTORY_ILLEGAL_TRANSITION',
          message: 'history.3.status: documentsRequested cannot be followed by delivered; expected one of: checking, cancelled, unknown',
          path: 'history.3.status',
          hint: 'see the legal transitions in DOMAIN.md §3',
        },
        {
          file: 'invalid/four-mistakes.yaml',
          line: 48,
          column: 14,
          severity: 'error',
          code: 'RETRACTION_NOT_CONFIRMED',
          message: 'retraction.confirmed: expected true, found false: a withdrawal request must be confirmed',
          path: 'retraction.confirmed',
          hint: 'set `confirmed: true` (the customer ticked "Oui, je désire annuler cette commande"), or remove the retraction',
        },
      ],
    });
  });

  it('takes asOf as a string, a Temporal.Instant or a Date, else SOURCE_DATE_EPOCH from env', async () => {
    const paths = [`${FIXTURES}invalid/order-unpaid-expired.yaml`];
    const expired = { reference: REFERENCE_FILE, paths };
    // The order expires on 2026-03-05 (Paris): a warning after that day, none before.
    const warnings = async (options: Parameters<typeof validate>[0]) => (await validate({ ...expired, ...options })).warnings;
    expect(await warnings({ asOf: AS_OF })).toBe(1);
    expect(await warnings({ asOf: Temporal.Instant.from('2026-03-01T00:00:00Z') })).toBe(0);
    expect(await warnings({ asOf: new Date('2026-03-10T00:00:00Z') })).toBe(1);
    expect(await warnings({ env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 2, 1) / 1000) } })).toBe(0);
    expect(await warnings({ env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 2, 10) / 1000) } })).toBe(1);
  });

  it('throws typed errors: usage for a bad option or path, failed for an input with no order', async () => {
    await expect(validate({ asOf: 'yesterday', reference: REFERENCE_FILE })).rejects.toThrow(UsageError);
    await expect(validate({ paths: ['nope/'], reference: REFERENCE_FILE, asOf: AS_OF })).rejects.toMatchObject({
      kind: 'usage',
      message: 'no such file or folder: nope/',
      hint: 'give existing files or folders (default: data/orders)',
    });
    const empty = await mkdtemp(join(tmpdir(), 'bdc-empty-'));
    try {
      const error: unknown = await validate({ paths: [empty], reference: REFERENCE_FILE, asOf: AS_OF }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BdcError);
      expect(error).toMatchObject({ kind: 'failed', code: 'NO_ORDER_FOUND', message: `no order found under ${empty}` });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
