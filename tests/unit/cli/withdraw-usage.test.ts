/** `bdc withdraw`: bad usage exits 2 with a message and a hint; invalid input exits 1. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { memoryIo } from '../../../src/cli/io.ts';
import { AS_OF, FIXTURES, REFERENCE, withdraw } from './withdraw-helpers.ts';

describe('bdc withdraw usage', () => {
  it('needs --at when the order has no retraction request', async () => {
    const run = await withdraw('no-request.yaml');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        'bdc withdraw: order 900000003 has no retraction request to assess',
        '  hint: give the request time with --at 2026-03-09T18:30:00+01:00, or add retraction.requestedAt to the order',
      ].join('\n'),
    );
    expect(run.stdout).toBe('');
  });

  it('asks for --order when the file holds several orders, and uses it', async () => {
    const several = await withdraw('several.yaml', '--at', '2026-03-09T18:30:00+01:00');
    expect(several.code).toBe(2);
    expect(several.stderr).toBe(
      [
        'bdc withdraw: tests/fixtures/withdrawal/several.yaml holds 2 orders; expected one',
        '  hint: pick one with --order ID (valid ones: 900000003, 900000005)',
      ].join('\n'),
    );

    const picked = await withdraw('several.yaml', '--order', '900000005', '--at', '2026-03-09T18:30:00+01:00');
    expect(picked.code).toBe(0);
    expect(picked.stdout.split('\n')[0]).toBe('Order 900000005 (FR): withdrawal ELIGIBLE');

    const missing = await withdraw('several.yaml', '--order', '42', '--at', '2026-03-09T18:30:00+01:00');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('holds no order 42');
  });

  it.each([
    [['--format', 'xml'], '--format "xml" is not one of text, json'],
    [['--at', 'yesterday'], '--at "yesterday" is not a date-time with an offset'],
    [['--order', 'abc'], '--order "abc" is not an order number'],
    [['--colour'], 'unknown option --colour'],
    [['extra.yaml'], 'expected one order file, got 2'],
  ])('refuses %j with exit 2', async (options, message) => {
    const run = await withdraw('eligible-fr.yaml', ...options);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('  hint: ');
    expect(run.stdout).toBe('');
  });

  it('refuses a missing order file or reference file with exit 2', async () => {
    const io = memoryIo({});
    expect(await main(['withdraw', 'tests/fixtures/withdrawal/nope.yaml', '--reference', 'tests/fixtures/withdrawal/subsidiaries.yaml'], io)).toBe(2);
    expect(await main(['withdraw', 'tests/fixtures/withdrawal/eligible-fr.yaml', '--reference', 'nope.yaml'], io)).toBe(2);
    expect(await main(['withdraw'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('bdc withdraw: no order file given');
    expect(io.stderr.join('\n')).toContain('--reference: no such file');
  });

  it('refuses an --out that is a file with exit 2, before printing anything, and leaves the file as it was', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-withdraw-out-'));
    const file = join(folder, 'notes.txt');
    await writeFile(file, 'mine\n');
    // No browser at all: the refusal comes before the printer is looked for.
    const io = memoryIo({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' });
    expect(await main(['withdraw', `${FIXTURES}/eligible-fr.yaml`, '--reference', REFERENCE, '--as-of', AS_OF, '--out', file], io)).toBe(2);
    expect(io.stderr).toEqual([`bdc withdraw: --out ${relative(process.cwd(), file)} is a file, not a folder`, '  hint: give a folder (it is created if missing)']);
    expect(io.stdout).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe('mine\n');
  });

  it('prints the diagnostics of an invalid order as `bdc validate` does, exit 1', async () => {
    const run = await withdraw('invalid.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'tests/fixtures/withdrawal/invalid.yaml:14:16: error AMOUNT_TOO_MANY_DECIMALS: details.0.unitPrice: 12.999 has 3 decimals; EUR allows at most 2',
        '  hint: write the amount in EUR with 2 decimals',
        '1 order in 1 file: 1 error, 0 warnings',
      ].join('\n'),
    );
  });

  it('documents its options with --help, exit 0', async () => {
    const io = memoryIo({});
    expect(await main(['withdraw', '--help'], io)).toBe(0);
    const help = io.stdout.join('\n');
    for (const option of ['--at', '--order', '--out', '--format', '--reference', '--as-of']) expect(help).toContain(option);
  });
});

describe('bdc withdraw on a valid order with warnings', () => {
  it('prints the warnings on stderr, keeps stdout for the verdict', async () => {
    // Never paid: nothing was paid (0.00); not eligible, so no refund at all (null); it expired on 16 March.
    const run = await withdraw('unpaid-expired.yaml', '--at', '2026-03-05T12:00:00+01:00', '--format', 'json');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/withdrawal\/unpaid-expired\.yaml:5:\d+: warning ORDER_UNPAID_EXPIRED: /);
    const body = JSON.parse(run.stdout) as { reasons: { code: string }[]; paid: string; refund: string | null };
    expect(body.reasons.map((reason) => reason.code)).toEqual(['WITHDRAWAL_UNPAID']);
    expect([body.paid, body.refund]).toEqual(['0.00', null]);
  });

  it('a request dated before the order has its own reason, not "unpaid"', async () => {
    // The order is dated 2 March 2026 10:15 Paris; one minute earlier it did not exist.
    const run = await withdraw('unpaid-expired.yaml', '--at', '2026-03-02T10:14:00+01:00', '--format', 'json');
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as { reasons: { code: string }[]; refund: string | null; refundDueDate: string | null };
    expect(body.reasons.map((reason) => reason.code)).toEqual(['WITHDRAWAL_REQUEST_BEFORE_ORDER']);
    expect([body.refund, body.refundDueDate]).toEqual([null, null]);
  });
});
