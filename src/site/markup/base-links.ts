/**
 * Remark plugin: a guide's links to paths of the site (`/etats-des-commandes/`) get the
 * deployment base (`/docs/etats-des-commandes/`), so a site published under a sub-path keeps
 * working. Protocol-relative (`//host`), relative and absolute URLs are left alone.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../routes.ts';

export function remarkBaseLinks(options: { base: string }) {
  return (tree: Root): void => {
    if (options.base === '/' || options.base === '') return;
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('/') && !node.url.startsWith('//')) node.url = withBase(options.base, node.url);
    });
  };
}
