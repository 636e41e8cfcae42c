/**
 * Guide Markdown → HTML: CommonMark + GFM tables, the ovh/docs markup extensions (attribute
 * markers, callouts, FAQ, tabs, API calls, `///` blocks, anchors, embedded frames as links),
 * headings with ids. Any other raw HTML in a guide is dropped (never passed through), so a
 * hostile guide cannot inject markup or scripts.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Language } from '../../domain/enums.ts';
import { remarkAttributeMarkers } from './attribute-markers.ts';
import { remarkBaseLinks } from './base-links.ts';
import { remarkCallouts } from './callouts.ts';
import { remarkDetailsBlocks, separateBlockFences } from './details-blocks.ts';
import { remarkRawHtml } from './raw-html.ts';
import { remarkExternalLinks } from './external-links.ts';
import { remarkSafeUrls } from './safe-urls.ts';
import { rehypeGuideImages, type ImageResolver } from './guide-images.ts';
import { rehypeHeadings, type GuideHeading } from './headings.ts';
import { markupLabels } from './labels.ts';
import { rehypeLiveExamples, type LiveExamples } from './live-examples.ts';

export interface RenderedMarkdown {
  readonly html: string;
  readonly headings: readonly GuideHeading[];
}

export interface RenderOptions {
  readonly lang: Language;
  /** Resolves relative images; default: none is shipped (every one is a placeholder). */
  readonly resolveImage?: ImageResolver;
  /** Live illustrations named by `bdc:<name>` images; default: none. */
  readonly examples?: LiveExamples;
  /** The deployment base added to links to site paths (`/docs/`); default `/`. */
  readonly base?: string;
}

export async function renderGuideMarkdown(markdown: string, options: RenderOptions): Promise<RenderedMarkdown> {
  const labels = markupLabels(options.lang);
  const headings: GuideHeading[] = [];
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRawHtml, { labels })
    .use(remarkAttributeMarkers)
    .use(remarkSafeUrls)
    .use(remarkBaseLinks, { base: options.base ?? '/' })
    .use(remarkExternalLinks, { labels })
    .use(remarkDetailsBlocks, { labels })
    .use(remarkCallouts, { labels })
    .use(remarkRehype)
    .use(rehypeLiveExamples, { examples: options.examples ?? {} })
    .use(rehypeGuideImages, { labels, resolveImage: options.resolveImage ?? (() => undefined) })
    .use(rehypeHeadings, { collect: headings })
    .use(rehypeStringify)
    .process(separateBlockFences(markdown));
  return { html: String(file), headings };
}
