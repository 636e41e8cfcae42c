/**
 * Finds guides in the ovh/docs layout: `<guides>/<folder>/guide.<locale>.md`, locale like
 * fr-fr, fr-ca, en-gb, en-ie. fr-* files go to the French site, en-* to the English one; when a
 * language has several files the preferred region wins (fr-fr, en-gb), else the first by name.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../domain/enums.ts';

const GUIDE_FILE = /^guide\.([a-z]{2})-([a-z]{2})\.md$/;
const PREFERRED_REGION: Readonly<Record<Language, string>> = { fr: 'fr', en: 'gb', de: 'de', es: 'es', it: 'it', pl: 'pl', pt: 'pt' };

export interface GuideFile {
  /** The guide's folder name: shared by its translations, and its URL segment. */
  readonly folder: string;
  readonly lang: Language;
  /** The ovh/docs locale of the file, e.g. fr-fr. */
  readonly locale: string;
  readonly path: string;
}

function siteLanguage(code: string): Language | undefined {
  return code === 'fr' || code === 'en' ? code : undefined;
}

/** Chooses one file per (folder, language). Pure: exported for tests. */
export function pickGuideFiles(folder: string, directory: string, names: readonly string[]): GuideFile[] {
  const byLang = new Map<Language, GuideFile>();
  for (const name of [...names].sort()) {
    const match = GUIDE_FILE.exec(name);
    const lang = siteLanguage(match?.[1] ?? '');
    if (match === null || lang === undefined) continue;
    const candidate: GuideFile = { folder, lang, locale: `${match[1] ?? ''}-${match[2] ?? ''}`, path: join(directory, name) };
    const current = byLang.get(lang);
    const preferred = match[2] === PREFERRED_REGION[lang];
    if (current === undefined || (preferred && !current.locale.endsWith(`-${PREFERRED_REGION[lang]}`))) byLang.set(lang, candidate);
  }
  return [...byLang.values()];
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
