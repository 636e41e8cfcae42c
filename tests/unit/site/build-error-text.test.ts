import { describe, expect, it } from 'vitest';
import { buildErrorText } from '../../../src/site/build-error-text.ts';

describe('the site build error text', () => {
  it('gives the name and message, without the stack, and causes it does not already quote', () => {
    const inner = new Error('front matter written in JavaScript is refused');
    const outer = new Error('guide.fr-fr.md: cannot read the front matter: front matter written in JavaScript is refused', { cause: inner });
    expect(buildErrorText(outer, false)).toBe('Error: guide.fr-fr.md: cannot read the front matter: front matter written in JavaScript is refused');
    const wrapped = new TypeError('the content layer failed', { cause: new RangeError('no such guide') });
    expect(buildErrorText(wrapped, false)).toBe('TypeError: the content layer failed\n  cause: RangeError: no such guide');
  });

  it('adds where Astro says it happened and its hint', () => {
    const error = Object.assign(new Error('Could not parse the page'), { hint: 'close the tag', loc: { file: 'src/pages/index.astro', line: 12, column: 3 } });
    expect(buildErrorText(error, false)).toBe('Error: Could not parse the page\n  at src/pages/index.astro:12:3\n  hint: close the tag');
  });

  it('gives the stack with BDC_DEBUG, and anything thrown that is not an Error as text', () => {
    const error = new Error('boom');
    expect(buildErrorText(error, true)).toBe(error.stack);
    expect(buildErrorText('plain', false)).toBe('plain');
  });
});
