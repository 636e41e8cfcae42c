/**
 * Remark plugin: links marked `{.external}` and every absolute http(s) link open with
 * rel="noopener noreferrer", carry the `md-external` class, a visible arrow and a label read
 * by screen readers ("(site externe)").
 */
import type { Link, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { addClass, dataOf } from './attribute-markers.ts';
import type { MarkupLabels } from './labels.ts';

function span(className: string, value: string, hidden: boolean): PhrasingContent {
  const properties: Record<string, unknown> = { className: [className] };
  if (hidden) properties['ariaHidden'] = 'true';
  return { type: 'text', value, data: { hName: 'span', hProperties: properties, hChildren: [{ type: 'text', value }] } } as PhrasingContent;
}

export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function remarkExternalLinks(options: { labels: MarkupLabels }) {
  return (tree: Root): void => {
    visit(tree, 'link', (node: Link) => {
      const data = dataOf(node);
      if (data.external !== true && !isExternalUrl(node.url)) return;
      addClass(node, 'md-external');
      data.hProperties ??= {};
      data.hProperties['rel'] = ['noopener', 'noreferrer'];
      node.children.push(span('md-external-icon', '↗', true), span('sr-only', ` ${options.labels.external}`, false));
    });
  };
}
