/**
 * build() called in-process, as a script would (the real browser and Astro): it returns what it
 * wrote and prints nothing; an input with errors throws InvalidInputError and writes nothing;
 * an unreachable remote browser is one line on the command line (exit 3).
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
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

  it('returns what it built, prints nothing (run from another folder than the tool\'s)', async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    let result: BuildResult;
    try {
      result = await build({ data: 'data', out: 'dist', asOf: AS_OF, cache: false, cwd: work, env: process.env });
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
    const error: unknown = await build({ data: 'data', out: 'broken', asOf: AS_OF, cache: false, cwd: work }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).report.diagnostics.map(({ file, code }) => [file, code])).toContainEqual(['data/orders/broken.yaml', 'SCHEMA_REQUIRED']);
    expect(await readdir(work)).not.toContain('broken');
  });

  it('bdc build with an unreachable remote browser: one line and a hint, exit 3, nothing written', async () => {
    await rm(join(data, 'orders/broken.yaml'), { force: true });
    const io = memoryIo({}, work);
    const endpoint = 'ws://127.0.0.1:9/';
    expect(await main(['build', '--data', 'data', '--out', 'remote', '--no-cache', '--as-of', AS_OF, '--browser-ws-endpoint', endpoint], io)).toBe(3);
    expect(io.stderr).toEqual([
      `bdc build: cannot reach the browser at ${endpoint}`,
      '  hint: start the remote Chrome (--remote-debugging-port) and pass its DevTools WebSocket URL, or drop --browser-ws-endpoint to launch a local one',
    ]);
    expect((await readdir(work)).sort()).toEqual(['data', 'dist']);
  });
});
