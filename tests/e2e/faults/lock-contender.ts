/**
 * A build-lock contender for build-lock.test.ts: for each line `<folder>` on stdin, tries to
 * take the lock of `<folder>/dist` and answers `held`, `refused` or `overlap` (it took the
 * lock while another contender held it). While holding, it marks `<folder>/holding` (a folder
 * only one can create), yields to the others a few times, then removes the mark and releases.
 */
import { mkdir, rmdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { setImmediate as yieldOnce } from 'node:timers/promises';
import { acquireBuildLock, LockedError } from '../../../src/io/build-lock.ts';

async function contend(folder: string): Promise<string> {
  let release;
  try {
    release = await acquireBuildLock(`${folder}/dist`);
  } catch (error) {
    if (error instanceof LockedError) return 'refused';
    throw error;
  }
  let answer = 'held';
  try {
    await mkdir(`${folder}/holding`);
  } catch {
    answer = 'overlap';
  }
  for (let turn = 0; turn < 20; turn += 1) await yieldOnce();
  if (answer === 'held') await rmdir(`${folder}/holding`);
  await release();
  return answer;
}

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(`${await contend(line)}\n`);
}
