/**
 * Moves a folder to `target` (which may exist as an empty folder): a rename on the same file
 * system, else a copy followed by removing the source (rename across devices fails: EXDEV).
 */
import { cp, rename, rm, rmdir } from 'node:fs/promises';

export async function moveDirectory(source: string, target: string): Promise<void> {
  try {
    // An empty target is replaced; a non-empty one makes the rename fail, as it should.
    await rmdir(target).catch(() => undefined);
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(source, target, { recursive: true, errorOnExist: false, force: true, preserveTimestamps: true });
    await rm(source, { recursive: true, force: true });
  }
}
