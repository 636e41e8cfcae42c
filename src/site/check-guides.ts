/**
 * The guides' pre-flight, run by `bdc build` before anything is built: every guide the site
 * would publish is read, checked and rendered (images included) exactly as the site's loader
 * does, and every finding is returned, so a pipe, a huge file, a link to a secret or a
 * malformed guide is reported in seconds, with its file and line, and nothing is written.
 */
import { resolve } from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../input/diagnostic.ts';
import { formatDiagnostics } from '../input/format-diagnostics.ts';
import { findGuideFiles } from './guide-files.ts';
import { guideReadPolicy } from './guide-read-policy.ts';
import { readGuideSource } from './guide-source.ts';
import { renderGuide } from './render-guide.ts';
import { textLanguage } from './site-locales.ts';

export interface GuidesCheck {
  /** Guide files found. */
  readonly guides: number;
  readonly diagnostics: readonly Diagnostic[];
}

export async function checkGuides(guidesDir: string, options: { followSymlinks: boolean; cwd: string }): Promise<GuidesCheck> {
  const policy = await guideReadPolicy(guidesDir, options);
  const files = await findGuideFiles(resolve(options.cwd, guidesDir));
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const read = await readGuideSource(file, policy);
    diagnostics.push(...read.diagnostics);
    if (read.source === undefined) continue;
    diagnostics.push(...(await renderGuide(read.source, textLanguage(file.lang), policy)).diagnostics);
  }
  return { guides: files.length, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** The findings as `bdc validate` prints them (one line each and its hint), without its order summary. */
export function guideFindingsText(diagnostics: readonly Diagnostic[]): string {
  return formatDiagnostics(diagnostics, 'text', { orders: 0, files: 0 }).split('\n').slice(0, -1).join('\n');
}
