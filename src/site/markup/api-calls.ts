/**
 * The body of an ovh/docs `> [!api]` callout: lines `@api {v1} /section METHOD /path` (or the
 * older `@api {METHOD} /path`) become a list of calls, each `METHOD /path` as code.
 */
import type { Blockquote, BlockContent, DefinitionContent, List, ListItem } from 'mdast';
import { toString } from './text-of.ts';

type Flow = BlockContent | DefinitionContent;

const NEW_FORM = /^@api\s+\{[^}]*\}\s+\S+\s+([A-Z]+)\s+(\S+)/;
const OLD_FORM = /^@api\s+\{([A-Za-z]+)\}\s+(\S+)/;

/** `GET /me/order` from one `@api …` line; undefined for any other line. */
export function apiCall(line: string): string | undefined {
  const text = line.trim();
  const match = NEW_FORM.exec(text) ?? OLD_FORM.exec(text);
  if (match === null) return undefined;
  return `${(match[1] ?? '').toUpperCase()} ${match[2] ?? ''}`;
}

function callList(calls: readonly string[]): List {
  const items: ListItem[] = calls.map((call) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: call }] }] }));
  return { type: 'list', ordered: false, spread: false, children: items, data: { hProperties: { className: ['md-api'] } } };
}

/** Replaces each paragraph made only of `@api` lines by the list of its calls. */
export function toApiCalls(quote: Blockquote): void {
  quote.children = quote.children.map((child): Flow => {
    if (child.type !== 'paragraph') return child;
    const lines = toString(child).split('\n').filter((line) => line.trim() !== '');
    const calls = lines.map(apiCall);
    if (calls.length === 0 || calls.some((call) => call === undefined)) return child;
    return callList(calls as string[]);
  });
}
