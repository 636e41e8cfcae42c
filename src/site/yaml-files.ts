/** The YAML files under a folder, at any depth (none when it does not exist: the build reports that). */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function yamlFilesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}
