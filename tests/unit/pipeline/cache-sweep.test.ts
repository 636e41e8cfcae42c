/** The cache's temporary folders left by killed builds are removed; live builds' are kept. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openBuildCache } from '../../../src/pipeline/cache/build-cache.ts';
import { deadPid } from '../../support/dead-pid.ts';

let dir = '';
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});


it('sweeps the temporary folders of dead builds only', async () => {
  dir = await mkdtemp(join(tmpdir(), 'bdc-sweep-'));
  const dead = join(dir, 'tmp', `${deadPid()}-0a1b2c`);
  const alive = join(dir, 'tmp', `${process.pid}-0a1b2c`);
  await mkdir(join(dead, 'inner'), { recursive: true });
  await mkdir(alive, { recursive: true });
  await openBuildCache(dir).sweep();
  expect([existsSync(dead), existsSync(alive)]).toStrictEqual([false, true]);
});

it('does nothing when the cache does not exist yet', async () => {
  dir = join(tmpdir(), 'bdc-sweep-missing');
  await expect(openBuildCache(dir).sweep()).resolves.toBeUndefined();
  expect(existsSync(dir)).toBe(false);
});
