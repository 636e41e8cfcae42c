/** The plain text of a Markdown node (text, code and their children), without markup. */
import type { Nodes } from 'mdast';

export function toString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return node.children.map((child) => toString(child)).join('');
  return '';
}
