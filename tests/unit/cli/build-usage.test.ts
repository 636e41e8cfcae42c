import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';

describe('bdc build with a bad BDC_SEARCH_PAGES_PER_BUNDLE', () => {
  it('stops before building anything, with exit code 2, what was found and a hint', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bdc-build-usage-'));
    try {
      const io = memoryIo({ BDC_SEARCH_PAGES_PER_BUNDLE: 'lots' });
      expect(await main(['build', '--out', join(work, 'dist'), '--no-cache'], io)).toBe(2);
      expect(io.stderr).toEqual([
        'bdc build: BDC_SEARCH_PAGES_PER_BUNDLE "lots" is not a positive whole number of pages',
        '  hint: unset it, or set it to a number of pages such as 4000',
      ]);
      expect(await readdir(work)).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
