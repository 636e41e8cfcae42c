/**
 * The few raw HTML constructs ovh/docs guides use, turned into safe Markdown nodes before the
 * rest is dropped (raw HTML never reaches a page): `<a name="x"></a>` anchors become an empty
 * element with that id (links to `#x` keep working), `<br>` a line break, `<iframe>` a
 * described link to its address (never a frame; only http(s) and relative addresses), and
 * `<!-- … -->` markers nothing.
 */
import type { Html, Link, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { dataOf } from './attribute-markers.ts';
import type { MarkupLabels } from './labels.ts';
import { isSafeUrl } from './safe-urls.ts';

const ATTRIBUTE = /([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const ANCHOR = /^<a\s[^>]*>\s*(?:<\/a>)?$/i;
const ANCHOR_ID = /^[A-Za-z0-9][\w.-]{0,99}$/;
const IFRAME = /<iframe\b[^>]*>/gi;
const BREAK = /^<br\s*\/?>$/i;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!found.has(name)) found.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

function anchor(value: string): PhrasingContent | undefined {
  if (!ANCHOR.test(value.trim())) return undefined;
  const attrs = attributes(value);
  const id = attrs.get('name') ?? attrs.get('id');
  if (id === undefined || !ANCHOR_ID.test(id)) return undefined;
  return { type: 'text', value: '', data: { hName: 'span', hProperties: { id } } };
}

/** An http(s) or relative address a reader may follow (`javascript:`, `data:`… are refused). */
function frameUrl(src: string): string | undefined {
  const url = src.trim();
  if (url === '' || !isSafeUrl(url) || /^mailto:/i.test(url)) return undefined;
  return url.startsWith('//') ? `https:${url}` : url;
}

function frames(value: string, labels: MarkupLabels): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const [tag] of value.matchAll(IFRAME)) {
    const attrs = attributes(tag);
    const url = frameUrl(attrs.get('src') ?? '');
    if (url === undefined) continue;
    const title = (attrs.get('title') ?? '').trim();
    const link: Link = { type: 'link', url, children: [{ type: 'text', value: title === '' ? url : title }] };
    dataOf(link).external = /^https?:/i.test(url);
    if (out.length > 0) out.push({ type: 'break' });
    out.push({ type: 'strong', children: [{ type: 'text', value: `${labels.embedded} ` }] }, link);
  }
  return out;
}

/** What an HTML node becomes: phrasing content in a paragraph, flow content elsewhere. */
function replacement(node: Html, inline: boolean, labels: MarkupLabels): RootContent[] {
  const value = node.value.trim();
  if (BREAK.test(value)) return inline ? [{ type: 'break' }] : [];
  const mark = anchor(value);
  if (mark !== undefined) return [mark];
  const links = frames(value, labels);
  if (links.length === 0) return [];
  if (inline) return links;
  const paragraph: Paragraph = { type: 'paragraph', children: links, data: { hProperties: { className: ['md-embed'] } } };
  return [paragraph];
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

export function remarkRawHtml(options: { labels: MarkupLabels }) {
  return (tree: Root): void => {
    visit(tree, 'html', (node: Html, index, parent: Parents | undefined) => {
      if (parent === undefined || index === undefined) return undefined;
      const nodes = replacement(node, PHRASING_PARENTS.has(parent.type), options.labels);
      (parent.children as RootContent[]).splice(index, 1, ...nodes);
      return [SKIP, index + nodes.length];
    });
  };
}
