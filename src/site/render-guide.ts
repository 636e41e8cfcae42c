/**
 * A checked guide's Markdown → HTML, with its images read safely (guide-images-fs.ts) and
 * every problem as a finding naming the file and line: a refused image (error), an image path
 * with a malformed % escape (warning: a placeholder), or the Markdown pipeline failing for a
 * reason nothing caught before (error, never a crash of the build).
 */
import { dirname } from 'node:path';
import type { Language } from '../domain/enums.ts';
import { error, type Diagnostic } from '../input/diagnostic.ts';
import { diagnosticAt } from '../input/locate-findings.ts';
import { lineIndex } from '../input/yaml/line-index.ts';
import { folderImageResolver } from './guide-images-fs.ts';
import type { GuideReadPolicy } from './guide-read-policy.ts';
import type { GuideSource } from './guide-source.ts';
import type { LiveExamples } from './markup/live-examples.ts';
import { renderGuideMarkdown, type RenderedMarkdown } from './markup/render-markdown.ts';

export interface GuideRendering {
  readonly rendered?: RenderedMarkdown;
  readonly diagnostics: readonly Diagnostic[];
}

export async function renderGuide(
  source: GuideSource,
  lang: Language,
  policy: GuideReadPolicy,
  examples?: LiveExamples,
  /** The deployment base of the site's own links (default `/`). */
  base?: string,
): Promise<GuideRendering> {
  const diagnostics: Diagnostic[] = [];
  const lines = lineIndex(source.text);
  const bodyStart = source.text.length - source.content.length;
  /** Where `src` is written in the body (first occurrence), else the body's first line. */
  const locate = (src: string) => {
    // The Markdown parser percent-encodes a stray `%` (as %25): look for the text as written too.
    const found = [src, src.replaceAll('%25', '%')].map((text) => source.text.indexOf(text, bodyStart)).find((at) => at >= 0);
    return lines.position(found ?? bodyStart);
  };
  const seen = new Set<string>();
  const resolveImage = folderImageResolver(dirname(source.file.path), policy, (src, finding) => {
    const key = `${src}\0${finding.code}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(diagnosticAt(source.shownAs, locate(src), finding));
  });
  try {
    const rendered = await renderGuideMarkdown(source.content, { lang, resolveImage, ...(examples === undefined ? {} : { examples }), ...(base === undefined ? {} : { base }) });
    return { rendered, diagnostics };
  } catch (cause) {
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    const finding = error('GUIDE_MARKDOWN_FAILED', [], `the Markdown could not be turned into a page (${reason.slice(0, 200)})`, 'simplify the guide; report this guide to the bdc team');
    return { diagnostics: [...diagnostics, diagnosticAt(source.shownAs, { line: source.bodyLine + 1, column: 1 }, finding)] };
  }
}
