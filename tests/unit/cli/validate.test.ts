import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { memoryIo } from '../../../src/cli/io.ts';
import { FIXTURES, REFERENCE_FILE } from '../input/helpers.ts';

const VALID = readFileSync(`${FIXTURES}valid/fr-delivered.yaml`, 'utf8');
const AS_OF = ['--as-of', '2026-03-10T00:00:00Z'];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bdc-validate-'));
  mkdirSync(join(dir, 'data/orders'), { recursive: true });
  copyFileSync(REFERENCE_FILE, join(dir, 'data/subsidiaries.yaml'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function validate(...args: string[]) {
  const io = memoryIo({}, dir);
  const code = await main(['validate', ...args], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

describe('bdc validate', () => {
  it('exits 0 on valid data (default folder and reference), with a summary', async () => {
    writeFileSync(join(dir, 'data/orders/a.yaml'), VALID);
    expect(await validate(...AS_OF)).toEqual({ code: 0, out: '1 order in 1 file: 0 errors, 0 warnings', err: '' });
  });

  it('exits 0 with warnings only', async () => {
    writeFileSync(join(dir, 'data/orders/a.yaml'), VALID);
    const result = await validate(
      '--as-of',
      '2026-03-10T00:00:00Z',
      `${FIXTURES}invalid/order-unpaid-expired.yaml`,
      '--reference',
      'data/subsidiaries.yaml',
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/order-unpaid-expired\.yaml:5:17: warning ORDER_UNPAID_EXPIRED: /);
  });

  it('exits 1 with every finding in text, hints indented, relative paths', async () => {
    writeFileSync(join(dir, 'data/orders/a.yaml'), VALID.replace('expirationDate:', 'expirationDat:'));
    writeFileSync(join(dir, 'data/orders/b.yaml'), VALID);
    const result = await validate(...AS_OF);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        'data/orders/a.yaml:5:1: error SCHEMA_UNKNOWN_KEY: order: unknown key "expirationDat"',
        '  hint: did you mean "expirationDate"?',
        'data/orders/b.yaml:2:10: error ORDER_ID_DUPLICATE: orderId 218764523 is already used at data/orders/a.yaml:2',
        '  hint: orderIds are unique across the data set: give this order another one',
        '2 orders in 2 files: 2 errors, 0 warnings',
      ].join('\n'),
    );
  });

  it('--format json prints one JSON document', async () => {
    writeFileSync(join(dir, 'data/orders/a.yaml'), VALID.replace('unitPrice: 12.99', 'unitPrice: 12.999'));
    const result = await validate(...AS_OF, '--format', 'json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual({
      orders: 1,
      files: 1,
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: 'data/orders/a.yaml',
          line: 32,
          column: 16,
          severity: 'error',
          code: 'AMOUNT_TOO_MANY_DECIMALS',
          message: 'details.0.unitPrice: 12.999 has 3 decimals; EUR allows at most 2',
          path: 'details.0.unitPrice',
          hint: 'write the amount in EUR with 2 decimals',
        },
      ],
    });
  });

  it('--format github prints workflow commands', async () => {
    writeFileSync(join(dir, 'data/orders/a.yaml'), VALID.replace('  confirmed: true', '  confirmed: false'));
    const result = await validate(...AS_OF, '--format', 'github', 'data/orders/a.yaml');
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      '::error file=data/orders/a.yaml,line=48,col=14,title=RETRACTION_NOT_CONFIRMED::retraction.confirmed: expected true, found false: a withdrawal request must be confirmed%0Ahint: set `confirmed: true` (the customer ticked "Oui, je désire annuler cette commande"), or remove the retraction',
      '1 order in 1 file: 1 error, 0 warnings',
    ]);
  });

  it('--max-file-size refuses larger files', async () => {
    writeFileSync(join(dir, 'data/orders/a.yaml'), VALID);
    const result = await validate(...AS_OF, '--max-file-size', '100');
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /^data\/orders\/a\.yaml:1:1: error FILE_TOO_LARGE: file is \d+ bytes; the limit is 100 bytes$/m,
    );
  });

  it('reports broken reference data as diagnostics (exit 1)', async () => {
    writeFileSync(join(dir, 'data/subsidiaries.yaml'), 'FR:\n  currency: EURO\n');
    const result = await validate(...AS_OF, '--format', 'json');
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.out) as { diagnostics: { file: string; code: string }[] };
    expect(parsed.diagnostics.map((d) => [d.file, d.code])).toContainEqual(['data/subsidiaries.yaml', 'SCHEMA_ENUM']);
  });

  it('exits 2 on bad usage', async () => {
    expect((await validate('--frobnicate')).code).toBe(2);
    expect((await validate('--format', 'xml')).code).toBe(2);
    expect((await validate('--max-file-size', 'lots')).code).toBe(2);
    expect((await validate('--as-of', 'yesterday')).code).toBe(2);
    const missing = await validate(...AS_OF, 'no/such/folder');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or folder: no/such/folder');
    expect((await validate(...AS_OF, '--reference', 'nope.yaml')).code).toBe(2);
  });

  it('--help prints the options and exits 0', async () => {
    const result = await validate('--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: bdc validate [PATH…] [options]');
    expect(result.out).toContain('--follow-symlinks');
  });
});

describe('bdc schema', () => {
  it('prints the committed JSON Schema', async () => {
    const io = memoryIo({}, dir);
    expect(await main(['schema'], io)).toBe(0);
    const committed = readFileSync(new URL('../../../schema/order.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(io.stdout.join('\n'))).toEqual(JSON.parse(committed));
  });
});

describe('bdc validate with very many findings', () => {
  it('30,000 invalid documents in one file: exit 1, the first 1,000 findings, exact counts', async () => {
    const documents = Array.from({ length: 30_000 }, (_, index) => `orderId: ${String(index + 1)}\n`);
    writeFileSync(join(dir, 'data/orders/many.yaml'), documents.join('---\n'));
    const result = await validate(...AS_OF);
    expect(result.code).toBe(1);
    expect(result.err).toBe('');
    const lines = result.out.split('\n');
    expect(lines.filter((line) => line.startsWith('data/orders/many.yaml:'))).toHaveLength(1000);
    expect(lines.slice(-2)).toEqual([
      '… and 149000 more findings not shown (--max-findings N shows up to N, 0 shows all)',
      '30000 orders in 1 file: 150000 errors, 0 warnings',
    ]);
  }, 60_000);

  it('--max-findings N prints N; 0 prints them all', async () => {
    writeFileSync(join(dir, 'data/orders/few.yaml'), 'orderId: 1\n---\norderId: 2\n');
    const two = await validate(...AS_OF, '--max-findings', '2', '--format', 'json');
    expect(two.code).toBe(1);
    expect(JSON.parse(two.out)).toMatchObject({ errors: 10, omitted: 8 });
    const all = await validate(...AS_OF, '--max-findings', '0', '--format', 'json');
    expect((JSON.parse(all.out) as { diagnostics: unknown[] }).diagnostics).toHaveLength(10);
    expect(all.out).not.toContain('omitted');
  });

  it('--max-findings must be a whole number', async () => {
    expect(await validate(...AS_OF, '--max-findings', 'lots')).toEqual({
      code: 2,
      out: '',
      err: 'bdc validate: --max-findings "lots" is not a whole number of findings\n  hint: e.g. --max-findings 100, or 0 to print them all',
    });
  });
});
