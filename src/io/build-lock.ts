/**
 * One build at a time per output folder: an exclusive lock file beside it (`<out>.lock`)
 * holding the owner's pid. A lock whose process is gone is stale and taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { processAlive } from './process-alive.ts';

export class LockedError extends Error {
  override readonly name = 'LockedError';
}

async function tryCreate(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Takes the lock or throws LockedError naming the holder; returns the release function. */
export async function acquireBuildLock(outDir: string): Promise<() => Promise<void>> {
  const lockPath = `${outDir.replace(/\/+$/, '')}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await tryCreate(lockPath)) return () => rm(lockPath, { force: true });
    const holder = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && processAlive(holder)) {
      throw new LockedError(
        `another bdc build (pid ${holder}) is writing ${outDir}; wait for it to finish, or delete ${lockPath} if that process is not bdc`,
      );
    }
    await rm(lockPath, { force: true });
  }
  throw new LockedError(`could not take the lock ${lockPath}`);
}
