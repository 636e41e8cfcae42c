/**
 * Rehype plugin for guide images. Relative images (`images/order01.png`) are looked up with
 * `resolveImage`; one that is not shipped, and any other source (remote, absolute, unknown
 * scheme: the site is self-contained and its CSP allows only its own images), becomes a
 * described placeholder (its alt text shown), never a broken image. A paragraph holding only
 * an image becomes a figure.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { MarkupLabels } from './labels.ts';

/** Returns the URL to use for a relative image, or undefined when it is not available. */
export type ImageResolver = (src: string) => string | undefined;

function isRelative(src: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function placeholder(alt: string, labels: MarkupLabels, tagName: 'figure' | 'span'): Element {
  const inner = tagName === 'figure' ? 'figcaption' : 'span';
  return {
    type: 'element',
    tagName,
    properties: { className: ['md-missing-image'] },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['md-missing-image__icon'], ariaHidden: 'true' }, children: [text('▧')] },
      {
        type: 'element',
        tagName: inner,
        properties: { className: ['md-missing-image__caption'] },
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [text(`${labels.missingImage} : `)] },
          text(alt === '' ? '—' : alt),
        ],
      },
    ],
  };
}

function onlyImage(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [single] = meaningful;
  return meaningful.length === 1 && single?.type === 'element' && single.tagName === 'img' ? single : undefined;
}

function altOf(image: Element): string {
  const alt = image.properties['alt'];
  return typeof alt === 'string' ? alt : '';
}

export function rehypeGuideImages(options: { labels: MarkupLabels; resolveImage: ImageResolver }) {
  /** Rewrites an image in place; true when it must be replaced by a placeholder. */
  const isMissing = (image: Element): boolean => {
    const src = image.properties['src'];
    if (typeof src !== 'string' || src === '' || !isRelative(src)) return true;
    const resolved = options.resolveImage(src);
    if (resolved === undefined) return true;
    image.properties['src'] = resolved;
    image.properties['loading'] = 'lazy';
    return false;
  };
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (parent === undefined || index === undefined) return;
      if (node.tagName === 'p') {
        const image = onlyImage(node);
        if (image === undefined) return;
        const replacement = isMissing(image)
          ? placeholder(altOf(image), options.labels, 'figure')
          : { type: 'element' as const, tagName: 'figure', properties: { className: ['md-figure'] }, children: [image] };
        parent.children[index] = replacement;
        return 'skip';
      }
      if (node.tagName === 'img' && isMissing(node)) {
        parent.children[index] = placeholder(altOf(node), options.labels, 'span');
      }
      return undefined;
    });
  };
}
