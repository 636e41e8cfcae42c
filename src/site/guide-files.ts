/**
 * Finds guides in the ovh/docs layout: `<guides>/<folder>/guide.<locale>.md`, locale like
 * fr-fr, fr-ca, en-gb, en-asia. Every locale is listed; which ones the site serves, and under
 * which URL, is decided by site-locales.ts (an unserved one is a warning naming its file).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Any `guide.<code>.md`: a code that is not an ovh/docs locale (`guide.fr.md`) is reported, not dropped. */
const GUIDE_FILE = /^guide\.([^.]+)\.md$/;

export interface GuideFile {
  /** The guide's folder name: shared by its translations, and its URL segment. */
  readonly folder: string;
  /** The language of the locale (fr for fr-ca). */
  readonly lang: string;
  /** The ovh/docs locale of the file, e.g. fr-fr. */
  readonly locale: string;
  readonly path: string;
}

/** Every guide file of one folder, by name. Pure: exported for tests. */
export function pickGuideFiles(folder: string, directory: string, names: readonly string[]): GuideFile[] {
  const found: GuideFile[] = [];
  for (const name of [...names].sort()) {
    const match = GUIDE_FILE.exec(name);
    if (match === null) continue;
    const locale = match[1] ?? '';
    found.push({ folder, lang: locale.split('-')[0] ?? '', locale, path: join(directory, name) });
  }
  return found;
}

/** Every guide file to publish, folders in name order; a missing guides folder holds none. */
export async function findGuideFiles(guidesDir: string): Promise<GuideFile[]> {
  let folders: string[];
  try {
    const entries = await readdir(guidesDir, { withFileTypes: true });
    // Links are listed too: where their files resolve is checked when a guide is read.
    folders = entries.filter((entry) => entry.isDirectory() || entry.isSymbolicLink()).map((entry) => entry.name).sort();
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cause;
  }
  const found: GuideFile[] = [];
  for (const folder of folders) {
    const directory = join(guidesDir, folder);
    const names = await readdir(directory).catch((cause: unknown) => {
      if ((cause as NodeJS.ErrnoException).code === 'ENOTDIR' || (cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw cause;
    });
    found.push(...pickGuideFiles(folder, directory, names));
  }
  return found;
}
