/**
 * Edge: one guide file → its checked front matter and Markdown body, or every finding that
 * stops it, each with the file, line and a hint: a folder name unfit for an address, the file
 * refused (read-guide-text.ts), front
 * matter that cannot be read or breaks the schema (`updated: 2026-02-30` included), a body
 * nested deeper than the Markdown parser can take (markdown-depth.ts).
 */
import { error, type Diagnostic } from '../input/diagnostic.ts';
import { diagnosticAt } from '../input/locate-findings.ts';
import { parseFrontMatter } from './front-matter.ts';
import type { GuideFile } from './guide-files.ts';
import { checkGuideFrontMatter, FRONT_MATTER_HINT, type GuideFrontMatter } from './guide-front-matter.ts';
import { shownPath, type GuideReadPolicy } from './guide-read-policy.ts';
import { markdownTooDeep } from './markdown-depth.ts';
import { readGuideText } from './read-guide-text.ts';

export interface GuideSource {
  readonly file: GuideFile;
  /** The file as printed in findings. */
  readonly shownAs: string;
  /** The whole file's text (for digests and to locate findings). */
  readonly text: string;
  readonly front: GuideFrontMatter;
  /** The Markdown body, after the front matter. */
  readonly content: string;
  /** Lines of the file before the body (the front matter's). */
  readonly bodyLine: number;
}

export interface GuideRead {
  readonly source?: GuideSource;
  readonly diagnostics: readonly Diagnostic[];
}

function linesBefore(text: string, offset: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

/** The line of `key:` in the front matter (which starts on line 2), else 1. */
function keyLine(text: string, key: string): number {
  if (key === '') return 1;
  const lines = text.split('\n');
  const index = lines.findIndex((line, at) => at > 0 && (line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`)));
  return index < 0 ? 1 : index + 1;
}

/** A guide folder's name becomes its URL segment and entry id: plain ovh/docs names only. */
const FOLDER_NAME = /^[a-z0-9][a-z0-9._-]{0,127}$/i;

export async function readGuideSource(file: GuideFile, policy: GuideReadPolicy): Promise<GuideRead> {
  const shownAs = shownPath(policy, file.path);
  if (!FOLDER_NAME.test(file.folder)) {
    const finding = error(
      'GUIDE_FOLDER_NAME',
      [],
      'the guide’s folder name is not a plain name (letters, digits, dot, dash, underscore; at most 128): it would be part of the page’s address',
      'rename the folder like the ovh/docs ones, e.g. manage-orders',
    );
    return { diagnostics: [diagnosticAt(shownAs, { line: 1, column: 1 }, finding)] };
  }
  const read = await readGuideText(file.path, policy);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const { text } = read;
  let parsed;
  try {
    parsed = parseFrontMatter(text, shownAs);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.replace(`${shownAs}: `, '') : String(cause);
    const finding = error('GUIDE_FRONT_MATTER_UNREADABLE', [], reason, 'front matter is YAML between two --- lines, with no code');
    return { diagnostics: [diagnosticAt(shownAs, { line: 1, column: 1 }, finding)] };
  }
  const checked = checkGuideFrontMatter(parsed.data);
  if (!checked.ok) {
    const diagnostics = checked.problems.map((problem) => {
      const code = problem.key === 'updated' ? 'GUIDE_FRONT_MATTER_DATE' : 'GUIDE_FRONT_MATTER_INVALID';
      return diagnosticAt(shownAs, { line: keyLine(text, problem.key), column: 1 }, error(code, [problem.key], problem.message, FRONT_MATTER_HINT));
    });
    return { diagnostics };
  }
  const content = parsed.content;
  const bodyLine = text.endsWith(content) ? linesBefore(text, text.length - content.length) : 0;
  const deep = markdownTooDeep(content);
  if (deep !== undefined) {
    const finding = error('GUIDE_TOO_DEEP', [], deep.message, 'nest quotes and lists a few levels only; split the text');
    return { diagnostics: [diagnosticAt(shownAs, { line: bodyLine + deep.line, column: deep.column }, finding)] };
  }
  return { source: { file, shownAs, text, front: checked.value, content, bodyLine }, diagnostics: [] };
}
