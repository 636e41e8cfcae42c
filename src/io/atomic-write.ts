/**
 * Atomic file writes: the data goes to a temporary file in the same folder, is flushed, then
 * renamed over the target. A reader (or an interrupted run) never sees a truncated file, and
 * temporary files still in flight when the process exits (SIGINT, SIGTERM) are removed. A
 * killed process (SIGKILL) removes nothing: its temporaries are named after it
 * (`.bdc-tmp-<pid>.<start time>-…`, as scratch folders are), and `sweepAbandonedTemporaries`
 * removes those of owners that are gone before a command writes into a folder again.
 * `flush: false` skips the flush to disk, for files written into a private staging folder
 * that is published whole afterwards (`bdc build`'s documents): still never seen truncated.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { currentProcess } from './process-identity.ts';
import { sweepScratchFolders } from './scratch-folders.ts';

const TEMPORARY_PREFIX = '.bdc-tmp-';
let owner: string | undefined;

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
  owner ??= ((me) => `${String(me.pid)}.${me.started}`)(currentProcess());
  const temporary = join(dirname(path), `${TEMPORARY_PREFIX}${owner}-${randomBytes(6).toString('hex')}.${basename(path)}`);
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

/** Removes the temporaries that killed writers left in `folder`; never a live writer's. */
export async function sweepAbandonedTemporaries(folder: string): Promise<void> {
  await sweepScratchFolders(folder, TEMPORARY_PREFIX);
}
