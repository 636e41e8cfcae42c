/**
 * Puts cached files in place without copying their bytes: a hard link when the cache and the
 * output share a file system, else a copy. Cached files are read-only, so editing an output
 * in place cannot change the cache behind it (our own writes always replace files).
 */
import { chmod, copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') throw error;
    await copyFile(from, to);
  }
}

/** Links every file under `from` into `to` (created), keeping the tree. */
export async function linkTree(from: string, to: string): Promise<number> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  await mkdir(to, { recursive: true });
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(from.length));
  directories.sort();
  for (const directory of directories) await mkdir(join(to, directory), { recursive: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(from.length));
  await inBatches(files, 64, (file) => linkOrCopy(join(from, file), join(to, file)));
  return files.length;
}

/** Makes every file under `dir` read-only. */
export async function freezeTree(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  await inBatches(files, 64, (file) => chmod(file, 0o444));
}

export async function inBatches<T>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(run));
  }
}
