/**
 * The `/// details | Title` … `///` blocks of ovh/docs (Python-Markdown "blocks" syntax): a
 * collapsible `<details>` whose summary is the title; `/// warning | Title` (any callout type)
 * a titled note. Blocks nest; one left open ends with its container. The source is prepared
 * first (`separateBlockFences`) so every `///` line is a paragraph of its own.
 */
import type { Blockquote, Paragraph, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { addClass, dataOf } from './attribute-markers.ts';
import { toCallout } from './callouts.ts';
import { CALLOUT_TYPES, type MarkupLabels } from './labels.ts';

const FENCE_LINE = /^ {0,3}(\/{3,})(?:[ \t]+([A-Za-z][\w-]*)[ \t]*(?:\|[ \t]*(.*))?)?[ \t]*$/;
const OPTION_LINE = /^[ \t]+[A-Za-z][\w-]*:[ \t]*\S.*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Puts blank lines around every `///` line outside fenced code and drops the indented
 * `key: value` options under an opener (`type: warning`, `open: true`), so the Markdown parser
 * sees each fence line as its own paragraph.
 */
export function separateBlockFences(markdown: string): string {
  const out: string[] = [];
  let code: string | undefined;
  let afterOpener = false;
  for (const line of markdown.split(/\r?\n/)) {
    const fence = CODE_FENCE.exec(line)?.[1];
    if (code !== undefined) {
      if (fence !== undefined && fence[0] === code[0] && fence.length >= code.length) code = undefined;
      out.push(line);
      continue;
    }
    if (afterOpener && OPTION_LINE.test(line)) continue;
    afterOpener = false;
    if (fence !== undefined) {
      code = fence;
      out.push(line);
      continue;
    }
    const block = FENCE_LINE.exec(line);
    if (block === null) {
      out.push(line);
      continue;
    }
    out.push('', line.trim(), '');
    afterOpener = block[2] !== undefined;
  }
  return out.join('\n');
}

interface Opener {
  readonly slashes: number;
  readonly kind: string;
  readonly title: PhrasingContent[];
}

function onlyText(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const first = node.children[0];
  return first?.type === 'text' ? first.value : undefined;
}

function readOpener(node: RootContent): Opener | 'close' | undefined {
  const text = onlyText(node);
  if (text === undefined) return undefined;
  const line = text.split('\n')[0] ?? '';
  const match = /^(\/{3,})(?:[ \t]+([A-Za-z][\w-]*)[ \t]*(?:\|[ \t]*)?)?/.exec(line);
  if (match === null) return undefined;
  const paragraph = node as Paragraph;
  if (match[2] === undefined) return paragraph.children.length === 1 && text.trim() === match[1] ? 'close' : undefined;
  const rest = text.slice(match[0].length);
  const title: PhrasingContent[] = [...(rest === '' ? [] : [{ type: 'text' as const, value: rest }]), ...paragraph.children.slice(1)];
  return { slashes: (match[1] ?? '').length, kind: match[2].toLowerCase(), title };
}

function block(opener: Opener, children: RootContent[], labels: MarkupLabels): Blockquote {
  const quote = { type: 'blockquote', children } as Blockquote;
  const callout = CALLOUT_TYPES.find((type) => type === opener.kind);
  if (opener.kind !== 'details' && callout !== undefined) {
    toCallout(quote, callout, labels, opener.title.length === 0 ? undefined : opener.title);
    return quote;
  }
  const summary: Paragraph = { type: 'paragraph', children: opener.title.length === 0 ? [{ type: 'text', value: labels.details }] : opener.title };
  dataOf(summary).hName = 'summary';
  quote.children = [summary, ...quote.children];
  dataOf(quote).hName = 'details';
  addClass(quote, 'md-details');
  return quote;
}

/** Rebuilds one container's children with its `///` blocks folded. */
function fold(children: readonly RootContent[], labels: MarkupLabels): RootContent[] | undefined {
  const stack: { opener: Opener; children: RootContent[] }[] = [];
  const top: RootContent[] = [];
  let changed = false;
  const sink = (): RootContent[] => stack.at(-1)?.children ?? top;
  const closeTop = (): void => {
    const open = stack.pop();
    if (open !== undefined) sink().push(block(open.opener, open.children, labels));
  };
  for (const child of children) {
    const read = readOpener(child);
    if (read === undefined) {
      sink().push(child);
      continue;
    }
    changed = true;
    if (read !== 'close') {
      stack.push({ opener: read, children: [] });
      continue;
    }
    // A closer ends the innermost block (a lone `///` with nothing open is dropped).
    closeTop();
  }
  while (stack.length > 0) closeTop();
  return changed ? top : undefined;
}

export function remarkDetailsBlocks(options: { labels: MarkupLabels }) {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return;
      const parent = node as Parents;
      const folded = fold(parent.children as RootContent[], options.labels);
      if (folded !== undefined) (parent as { children: RootContent[] }).children = folded;
    });
  };
}
