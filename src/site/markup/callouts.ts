/**
 * Remark plugin for the ovh/docs callouts: a blockquote opening with `[!primary]` (alert,
 * warning, hint, note, success, secondary, info; GitHub's tip, important and caution too)
 * becomes a styled note whose body is the rest of the blockquote; `[!faq]` becomes
 * question/answer pairs (faq.ts), `[!tabs]` one section per tab (tabs.ts), `[!api]` a note
 * listing API calls (api-calls.ts). Other types render as a plain note.
 */
import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { toApiCalls } from './api-calls.ts';
import { addClass, dataOf } from './attribute-markers.ts';
import { faqItems } from './faq.ts';
import { CALLOUT_TYPES, type CalloutType, type MarkupLabels } from './labels.ts';
import { toTabs } from './tabs.ts';

const OPENER = /^\s*\[!([A-Za-z]+)\][ \t]*\r?\n?/;
type Kind = CalloutType | 'faq' | 'tabs' | 'api';
const ALIASES: Readonly<Record<string, CalloutType>> = { tip: 'hint', important: 'alert', caution: 'warning' };

function toKind(value: string): Kind {
  const lower = value.toLowerCase();
  if (lower === 'faq' || lower === 'tabs' || lower === 'api') return lower;
  return CALLOUT_TYPES.find((type) => type === lower) ?? ALIASES[lower] ?? 'note';
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

function title(text: string | PhrasingContent[], className: string): Paragraph {
  const children: PhrasingContent[] = typeof text === 'string' ? [{ type: 'text', value: text }] : text;
  return { type: 'paragraph', children, data: { hProperties: { className: [className] } } };
}

function toFaq(quote: Blockquote, labels: MarkupLabels): void {
  quote.children = [title(labels.faq, 'md-callout__title'), ...faqItems(quote.children)];
  const data = dataOf(quote);
  data.hName = 'section';
  addClass(quote, 'md-callout');
  addClass(quote, 'md-faq');
}

/** Makes a quote a titled note of a kind; the title is the kind's label unless given. */
export function toCallout(quote: Blockquote, kind: CalloutType, labels: MarkupLabels, heading?: PhrasingContent[]): void {
  quote.children.unshift(title(heading ?? labels.callouts[kind], 'md-callout__title'));
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
      else if (kind === 'tabs') toTabs(node);
      else if (kind === 'api') {
        toApiCalls(node);
        toCallout(node, 'info', options.labels, [{ type: 'text', value: options.labels.api }]);
        addClass(node, 'md-callout--api');
      } else toCallout(node, kind, options.labels);
    });
  };
}
