/**
 * Builds go to a temporary sibling folder that replaces the target only when complete:
 * a failed or interrupted build leaves the previous output as it was.
 */
import { rename, rm } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { makeScratchFolder } from './scratch-folders.ts';

/**
 * A fresh empty folder beside `target`, on the same file system so the swap is a rename.
 * Named after this process: staging folders of killed builds are removed here (scratch-folders.ts).
 */
export async function stagingDirectory(target: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  return makeScratchFolder(dirname(target), `.${basename(target)}.staging-`);
}

/** Replaces `target` by `staging` (two renames; the old content is removed afterwards). */
export async function swapInto(staging: string, target: string): Promise<void> {
  const retired = `${staging}.retired`;
  let hadTarget = true;
  try {
    await rename(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadTarget = false;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadTarget) await rename(retired, target);
    throw error;
  }
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}
