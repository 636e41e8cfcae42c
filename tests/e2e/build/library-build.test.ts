/**
 * build() called in-process, as a script would (the real browser and Astro): it returns what it
 * wrote and prints nothing; an input with errors throws InvalidInputError and writes nothing.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, InvalidInputError, type BuildResult } from '../../../src/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const AS_OF = '2026-10-01T12:00:00+02:00';

describe('build() from a script', () => {
  let work = '';
  let data = '';

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bdc-library-build-'));
    data = join(work, 'data');
    await mkdir(join(data, 'orders'), { recursive: true });
    await cp(join(ROOT, 'data/subsidiaries.yaml'), join(data, 'subsidiaries.yaml'));
    await cp(join(ROOT, 'data/guides'), join(data, 'guides'), { recursive: true });
    // Three FR orders, each with an eligible withdrawal request of its own.
    await cp(join(ROOT, 'data/orders/fr-withdrawal-eligible.yaml'), join(data, 'orders/fr.yaml'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('returns what it built, prints nothing', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    let result: BuildResult;
    try {
      result = await build({ data, out: join(work, 'dist'), asOf: AS_OF, cache: false, cwd: ROOT, env: process.env });
      expect(stdout).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(result).toMatchObject({ out: join(work, 'dist'), orders: 3, forms: 3, summaries: 3, site: { kind: 'built' }, cache: undefined });
    expect(result.validation).toMatchObject({ orders: 3, files: 1, errors: 0 });
    const ids = ['218700101', '218700102', '218700103'];
    expect((await readdir(join(work, 'dist/orders'))).sort()).toEqual(
      ids.flatMap((id) => [`${id}-withdrawal.html`, `${id}-withdrawal.pdf`, `${id}.html`, `${id}.pdf`]).sort(),
    );
    expect(await readdir(join(work, 'dist'))).toContain('index.html');
  });

  it('throws InvalidInputError with every finding, and writes nothing', async () => {
    await writeFile(join(data, 'orders/broken.yaml'), 'orderId: 1\nsubsidiary: FR\n');
    const error: unknown = await build({ data, out: join(work, 'broken'), asOf: AS_OF, cache: false, cwd: ROOT }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).report.diagnostics.map(({ file, code }) => [file.split('/').at(-1), code])).toContainEqual(['broken.yaml', 'SCHEMA_REQUIRED']);
    expect(await readdir(work)).not.toContain('broken');
  });
});
