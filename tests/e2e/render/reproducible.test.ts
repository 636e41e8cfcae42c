import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/render.ts';
import { REFERENCE_FILE, RENDER_FIXTURES } from '../../unit/render/fixture-orders.ts';

async function renderTo(concurrency: string): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'bdc-repro-'));
  const io = memoryIo({ SOURCE_DATE_EPOCH: '1772712000' }, RENDER_FIXTURES);
  expect(await run(['orders', '--out', out, '--reference', REFERENCE_FILE, '--concurrency', concurrency], io)).toBe(0);
  return out;
}

describe('two renders of the same orders', () => {
  it('give byte-identical HTML and PDF files, whatever the tabs and their history', async () => {
    // One tab (each form printed after the others) against three (fresh tabs, other order).
    const first = await renderTo('1');
    const second = await renderTo('3');
    const files = (await readdir(first)).sort();
    expect(files).toHaveLength(8);
    expect((await readdir(second)).sort()).toEqual(files);
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });
});
