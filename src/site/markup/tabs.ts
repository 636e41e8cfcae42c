/**
 * The ovh/docs `> [!tabs]` block: `> **Tab name**` (or a heading) followed by its `>>` content.
 * Without JavaScript every tab is shown, one titled section after the other, in order.
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent } from 'mdast';
import { addClass, dataOf } from './attribute-markers.ts';

type Flow = BlockContent | DefinitionContent;

function titleOf(node: Flow): Paragraph | undefined {
  if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const children: PhrasingContent[] = only?.type === 'strong' ? only.children : node.children;
  const title: Paragraph = { type: 'paragraph', children };
  addClass(title, 'md-tab__title');
  return title;
}

function tab(title: Paragraph | undefined, body: Flow[]): Blockquote {
  const section: Blockquote = { type: 'blockquote', children: title === undefined ? body : [title, ...body], data: { hName: 'section' } };
  addClass(section, 'md-tab');
  return section;
}

/** Turns the body of a `[!tabs]` quote into one section per tab. */
export function toTabs(quote: Blockquote): void {
  const tabs: Flow[] = [];
  let title: Paragraph | undefined;
  let loose: Flow[] = [];
  for (const child of quote.children) {
    if (child.type === 'blockquote') {
      tabs.push(tab(title ?? undefined, [...loose, ...child.children]));
      title = undefined;
      loose = [];
      continue;
    }
    const next = title === undefined && loose.length === 0 ? titleOf(child) : undefined;
    if (next !== undefined) title = next;
    else loose.push(child);
  }
  if (title !== undefined || loose.length > 0) tabs.push(tab(title, loose));
  quote.children = tabs;
  dataOf(quote).hName = 'div';
  addClass(quote, 'md-tabs');
}
