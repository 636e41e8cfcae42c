/**
 * Atomic file writes: the data goes to a temporary file in the same folder, is flushed, then
 * renamed over the target. A reader (or an interrupted run) never sees a truncated file, and
 * temporary files still in flight when the process exits (SIGINT, SIGTERM) are removed.
 * `flush: false` skips the flush to disk, for files written into a private staging folder
 * that is published whole afterwards (`bdc build`'s documents): still never seen truncated.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const inFlight = new Set<string>();
let exitHookInstalled = false;

function removeInFlight(): void {
  for (const temporary of inFlight) rmSync(temporary, { force: true });
  inFlight.clear();
}

export interface AtomicWriteOptions {
  /** Flush the data to disk before the rename (default true). */
  readonly flush?: boolean;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  if (!exitHookInstalled) {
    process.once('exit', removeInFlight);
    exitHookInstalled = true;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  inFlight.add(temporary);
  try {
    const handle = await open(temporary, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      if (options.flush !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    inFlight.delete(temporary);
  }
}
