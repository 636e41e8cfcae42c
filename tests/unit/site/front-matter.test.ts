import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from '../../../src/site/front-matter.ts';

const holder = globalThis as { bdcFrontMatterRan?: number };

describe('parseFrontMatter', () => {
  it('reads YAML front matter and the body', () => {
    const parsed = parseFrontMatter("---\ntitle: 'Gérer mes commandes'\norder: 2\nhidden: false\n---\n\n## Objectif\n", 'guide.fr-fr.md');
    expect(parsed.data).toEqual({ title: 'Gérer mes commandes', order: 2, hidden: false });
    expect(parsed.content).toBe('\n## Objectif\n');
  });

  it('keeps dates as text (YAML core schema, no implicit Date)', () => {
    expect(parseFrontMatter('---\nupdated: 2026-03-02\n---\n', 'g.md').data).toEqual({ updated: '2026-03-02' });
  });

  it.each(['js', 'javascript', 'JS', 'coffee'])('refuses ---%s front matter without running it', (language) => {
    delete holder.bdcFrontMatterRan;
    const text = `---${language}\n{ title: (globalThis.bdcFrontMatterRan = 1, 'pwned') }\n---\nbody\n`;
    expect(() => parseFrontMatter(text, 'data/guides/x/guide.fr-fr.md')).toThrow(FrontMatterError);
    expect(() => parseFrontMatter(text, 'data/guides/x/guide.fr-fr.md')).toThrow(
      /^data\/guides\/x\/guide\.fr-fr\.md: cannot read the front matter: front matter written in (JavaScript|CoffeeScript) is refused: it would run code$/,
    );
    expect(holder.bdcFrontMatterRan).toBeUndefined();
  });

  it('rejects front matter that is not a mapping', () => {
    expect(() => parseFrontMatter('---\n- a\n- b\n---\n', 'g.md')).toThrow('g.md: cannot read the front matter: front matter must be a YAML mapping (key: value lines)');
  });

  it('rejects duplicate keys', () => {
    expect(() => parseFrontMatter('---\ntitle: a\ntitle: b\n---\n', 'g.md')).toThrow(FrontMatterError);
  });

  it('never fills gray-matter’s cache, so each call sees its own text', () => {
    const text = '---\ntitle: Cached?\n---\nbody\n';
    const first = parseFrontMatter(text, 'g.md');
    (first.data as Record<string, unknown>)['title'] = 'changed by a caller';
    expect(parseFrontMatter(text, 'g.md').data).toEqual({ title: 'Cached?' });
    expect(Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache)).not.toContain(text);
  });

  it('accepts a file without front matter', () => {
    expect(parseFrontMatter('# Title\n', 'g.md')).toEqual({ data: {}, content: '# Title\n' });
  });
});
