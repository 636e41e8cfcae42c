/** Rehype plugin: gives h2–h6 stable ids (GitHub-style slugs) and reports them for the table of contents. */
import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface GuideHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

const HEADING = /^h([2-6])$/;

export function rehypeHeadings(options: { collect: GuideHeading[] }) {
  return (tree: Root): void => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      const depth = HEADING.exec(node.tagName)?.[1];
      if (depth === undefined) return;
      const textContent = toString(node).trim();
      const existing = node.properties['id'];
      const slug = typeof existing === 'string' && existing !== '' ? existing : slugger.slug(textContent);
      node.properties['id'] = slug;
      options.collect.push({ depth: Number(depth), slug, text: textContent });
    });
  };
}
