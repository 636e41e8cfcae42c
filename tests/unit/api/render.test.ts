/** render(): writes the order forms and returns what it wrote, with the input's findings. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, UsageError } from '../../../src/index.ts';
import { REFERENCE_FILE, RENDER_FIXTURES } from '../render/fixture-orders.ts';

describe('render() (HTML only: no browser needed)', () => {
  it('returns the written paths, skips invalid orders and reports them', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-render-api-'));
    try {
      const valid = await readFile(join(RENDER_FIXTURES, 'orders', 'eur.yaml'), 'utf8');
      await writeFile(join(folder, 'a.yaml'), valid);
      await writeFile(join(folder, 'b.yaml'), valid.replace('orderId: 218764523', 'orderId: 7').replace('unitPrice: "12.99"', 'unitPrice: "12.999"'));
      const progress: [number, number][] = [];
      const result = await render({
        paths: ['.'],
        out: 'out',
        format: ['html'],
        reference: REFERENCE_FILE,
        asOf: '2026-03-05T12:00:00Z',
        cwd: folder,
        env: {},
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(result).toMatchObject({ written: [join(folder, 'out', '218764523.html')], orders: 1, failures: [], restarts: 0 });
      expect(result.validation).toMatchObject({ orders: 2, files: 2, errors: 1, warnings: 0 });
      expect(result.validation.diagnostics.map(({ file, line, code }) => [file, line, code])).toEqual([['b.yaml', 26, 'AMOUNT_TOO_MANY_DECIMALS']]);
      expect(progress).toEqual([[1, 1]]);
      expect(await readdir(join(folder, 'out'))).toEqual(['218764523.html']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('renders only the shard asked for', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bdc-render-shard-'));
    try {
      const result = await render({
        paths: ['orders'],
        out,
        format: ['html'],
        shard: { index: 1, count: 2 },
        reference: REFERENCE_FILE,
        asOf: '2026-03-05T12:00:00Z',
        cwd: RENDER_FIXTURES,
      });
      // orderId mod 2 = 0: only 400000202 of the four fixtures.
      expect(result.written).toEqual([join(out, '400000202.html')]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it.each([
    [{ format: ['html', 'docx'] as never }, 'format "docx" is not html or pdf'],
    [{ concurrency: 0 }, 'concurrency 0 is not a whole number from 1 to 99'],
    [{ concurrency: 2.5 }, 'concurrency 2.5 is not a whole number from 1 to 99'],
    [{ shard: '3/2' }, '--shard "3/2" is not i/n with 1 <= i <= n'],
  ])('refuses %j with a UsageError before reading anything', async (bad, message) => {
    const error: unknown = await render({ out: 'never', cwd: '/nonexistent', ...bad }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect(error).toMatchObject({ message, kind: 'usage' });
  });
});
