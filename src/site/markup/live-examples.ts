/**
 * Rehype plugin: an image whose source is `bdc:<name>` (`![The order list](bdc:order-list)`) is
 * replaced by the live illustration of that name, in a figure captioned with the alt text. An
 * unknown name is left to the images plugin, which shows it as a described placeholder.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export type LiveExamples = Readonly<Record<string, Element>>;

const LIVE = /^bdc:([a-z][a-z-]*)$/;

export function rehypeLiveExamples(options: { examples: LiveExamples }) {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined || node.tagName !== 'p') return undefined;
      const images = node.children.filter((child): child is Element => child.type === 'element');
      const [image] = images;
      const others = node.children.filter((child) => child.type !== 'element' && !(child.type === 'text' && child.value.trim() === ''));
      if (images.length !== 1 || image?.tagName !== 'img' || others.length > 0) return undefined;
      const src = image.properties['src'];
      const name = typeof src === 'string' ? LIVE.exec(src)?.[1] : undefined;
      const example = name === undefined ? undefined : options.examples[name];
      if (example === undefined) return undefined;
      const altValue = image.properties['alt'];
      const alt = typeof altValue === 'string' ? altValue : '';
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['bdc-live', `bdc-live--${name ?? ''}`] },
        children: [structuredClone(example), { type: 'element', tagName: 'figcaption', properties: { className: ['bdc-caption'] }, children: [{ type: 'text', value: alt }] }],
      };
      return 'skip';
    });
  };
}
