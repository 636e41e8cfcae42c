/**
 * Remark plugin for the ovh/docs attribute markers written right after an inline element:
 * `Button`{.action}, [link](url){.external}, ![alt](img.png){.thumbnail}. The marker text is
 * removed and its classes go on the element before it (`md-action`, `md-external`…), so no
 * `{.x}` is ever left in the page.
 */
import type { Nodes, Parents, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const MARKER = /^\{((?:\s*\.[A-Za-z][\w-]*)+)\s*\}/;
const MARKABLE = new Set(['inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'emphasis', 'strong']);

/** Node data the plugins share: `external` is read by the external-links plugin. */
export interface MarkedData {
  hName?: string;
  hProperties?: Record<string, unknown>;
  external?: boolean;
}

export function markerClasses(text: string): { classes: string[]; length: number } | undefined {
  const match = MARKER.exec(text);
  if (match === null) return undefined;
  const classes = (match[1] ?? '').split('.').map((part) => part.trim()).filter((part) => part !== '');
  return { classes, length: match[0].length };
}

export function dataOf(node: Nodes): MarkedData {
  const holder = node as { data?: MarkedData };
  holder.data ??= {};
  return holder.data;
}

export function addClass(node: Nodes, className: string): void {
  const data = dataOf(node);
  data.hProperties ??= {};
  const current = data.hProperties['className'];
  const list = Array.isArray(current) ? current.filter((item): item is string => typeof item === 'string') : [];
  if (!list.includes(className)) list.push(className);
  data.hProperties['className'] = list;
}

function applyClasses(node: Nodes, classes: readonly string[]): void {
  for (const name of classes) {
    addClass(node, `md-${name}`);
    if (name === 'action' && node.type === 'inlineCode') dataOf(node).hName = 'span';
    if (name === 'external') dataOf(node).external = true;
  }
}

export function remarkAttributeMarkers() {
  return (tree: Root): void => {
    visit(tree, 'text', (node: Text, index, parent: Parents | undefined) => {
      if (parent === undefined || index === undefined || index === 0) return;
      const previous = parent.children[index - 1];
      if (previous === undefined || !MARKABLE.has(previous.type)) return;
      const marker = markerClasses(node.value);
      if (marker === undefined) return;
      applyClasses(previous, marker.classes);
      node.value = node.value.slice(marker.length);
    });
  };
}
