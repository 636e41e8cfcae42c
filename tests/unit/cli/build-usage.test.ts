import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
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

describe('bdc build with a bad --base, --site or site config file', () => {
  it.each([
    [['--base', '/../up/'], 'bdc build: --base: expected a path of plain segments (letters, digits, . _ ~ -), received "/../up/"'],
    [['--site', 'help.example.com'], 'bdc build: --site: expected an absolute http(s) URL without query or fragment, received "help.example.com"'],
  ])('stops before building anything, with exit code 2 and a hint (%j)', async (flags, message) => {
    const work = await mkdtemp(join(tmpdir(), 'bdc-build-usage-'));
    try {
      const io = memoryIo({});
      expect(await main(['build', '--out', join(work, 'dist'), '--no-cache', ...flags], io)).toBe(2);
      expect(io.stderr[0]).toBe(message);
      expect(io.stderr[1]).toMatch(/^ {2}hint: /);
      expect(await readdir(work)).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it('names the config file of the data folder and its key', async () => {
    const work = await mkdtemp(join(tmpdir(), 'bdc-build-usage-'));
    try {
      await mkdir(join(work, 'data'));
      await writeFile(join(work, 'data', 'subsidiaries.yaml'), 'FR: {}\n');
      await writeFile(join(work, 'data', 'bdc.config.yaml'), 'base: /docs/\nsite: ftp://files.example\n');
      const io = memoryIo({}, work);
      expect(await main(['build', '--out', join(work, 'dist'), '--data', join(work, 'data'), '--no-cache'], io)).toBe(2);
      expect(io.stderr[0]).toBe('bdc build: data/bdc.config.yaml: site: expected an absolute http(s) URL without query or fragment, received "ftp://files.example"');
      expect(await readdir(work)).toEqual(['data']);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
