/**
 * Content hashes of files and folders, for cache keys: every regular file under the given
 * paths, in a stable (sorted) order, each hashed with its path relative to `root`. A missing
 * path counts as absent (it hashes differently from an empty one).
 */
import { createHash, type Hash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

async function filesUnder(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return [];
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) return [];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Feeds `hash` with every file under `paths` (relative to `root`): name, length, bytes. */
export async function hashPaths(hash: Hash, root: string, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const files = (await filesUnder(join(root, path))).sort();
    hash.update(`${path}\0${files.length}\0`);
    const contents = await Promise.all(files.map((file) => readFile(file)));
    files.forEach((file, index) => {
      const content = contents[index] ?? Buffer.alloc(0);
      hash.update(`${relative(root, file).split(sep).join('/')}\0${content.length}\0`);
      hash.update(content);
    });
  }
}

export function sha256(): Hash {
  return createHash('sha256');
}
