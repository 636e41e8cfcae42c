/**
 * Remark plugin for the ovh/docs callouts: a blockquote opening with `[!primary]` (alert,
 * warning, hint, note, success, secondary, info) becomes a styled note whose body is the rest
 * of the blockquote; `[!faq]` becomes a question list (a `dl`: each paragraph a question, each
 * nested `>>` blockquote its answer). Other types (`[!api]`…) render as a plain note.
 */
import type { Blockquote, BlockContent, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { addClass, dataOf } from './attribute-markers.ts';
import { CALLOUT_TYPES, type CalloutType, type MarkupLabels } from './labels.ts';

const OPENER = /^\s*\[!([A-Za-z]+)\][ \t]*\r?\n?/;
type Kind = CalloutType | 'faq';

function toKind(value: string): Kind {
  const lower = value.toLowerCase();
  if (lower === 'faq') return 'faq';
  return CALLOUT_TYPES.find((type) => type === lower) ?? 'note';
}

/** Reads and removes the `[!type]` opener; undefined when the quote has none. */
function takeOpener(quote: Blockquote): Kind | undefined {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  const match = OPENER.exec(text.value);
  const written = match?.[1];
  if (match === null || written === undefined) return undefined;
  text.value = text.value.slice(match[0].length);
  if (text.value === '') first.children.shift();
  if (first.children.length === 0) quote.children.shift();
  return toKind(written);
}

function title(text: string, className: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }], data: { hProperties: { className: [className] } } };
}

function toFaq(quote: Blockquote, labels: MarkupLabels): void {
  const items: BlockContent[] = quote.children.map((child): BlockContent => {
    if (child.type === 'blockquote') {
      dataOf(child).hName = 'dd';
      return child;
    }
    if (child.type === 'paragraph') dataOf(child).hName = 'dt';
    return child as BlockContent;
  });
  const list: Blockquote = { type: 'blockquote', children: items, data: { hName: 'dl' } };
  quote.children = [title(labels.faq, 'md-callout__title'), list];
  const data = dataOf(quote);
  data.hName = 'section';
  addClass(quote, 'md-callout');
  addClass(quote, 'md-faq');
}

function toCallout(quote: Blockquote, kind: CalloutType, labels: MarkupLabels): void {
  quote.children.unshift(title(labels.callouts[kind], 'md-callout__title'));
  const data = dataOf(quote);
  data.hName = 'div';
  data.hProperties ??= {};
  data.hProperties['role'] = 'note';
  addClass(quote, 'md-callout');
  addClass(quote, `md-callout--${kind}`);
}

export function remarkCallouts(options: { labels: MarkupLabels }) {
  return (tree: Root): void => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const kind = takeOpener(node);
      if (kind === undefined) return;
      if (kind === 'faq') toFaq(node, options.labels);
      else toCallout(node, kind, options.labels);
    });
  };
}
