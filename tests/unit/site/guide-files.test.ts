import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGuideFiles, pickGuideFiles } from '../../../src/site/guide-files.ts';

describe('pickGuideFiles', () => {
  it('maps fr-* to French and en-* to English, preferring fr-fr and en-gb', () => {
    const picked = pickGuideFiles('orders', '/g/orders', ['guide.fr-ca.md', 'guide.fr-fr.md', 'guide.en-ie.md', 'guide.en-gb.md', 'guide.de-de.md', 'notes.md']);
    expect(picked).toEqual([
      { folder: 'orders', lang: 'en', locale: 'en-gb', path: '/g/orders/guide.en-gb.md' },
      { folder: 'orders', lang: 'fr', locale: 'fr-fr', path: '/g/orders/guide.fr-fr.md' },
    ]);
  });

  it('falls back to another region of the language, first by name', () => {
    expect(pickGuideFiles('x', '/g/x', ['guide.en-us.md', 'guide.en-ie.md', 'guide.fr-ca.md'])).toEqual([
      { folder: 'x', lang: 'en', locale: 'en-ie', path: '/g/x/guide.en-ie.md' },
      { folder: 'x', lang: 'fr', locale: 'fr-ca', path: '/g/x/guide.fr-ca.md' },
    ]);
  });
});

describe('findGuideFiles', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bdc-guides-'));
    await mkdir(join(dir, 'b-second'));
    await mkdir(join(dir, 'a-first'));
    await writeFile(join(dir, 'a-first', 'guide.fr-fr.md'), '---\ntitle: A\n---\n');
    await writeFile(join(dir, 'b-second', 'guide.en-gb.md'), '---\ntitle: B\n---\n');
    await writeFile(join(dir, 'README.md'), 'not a guide');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists folders in name order', async () => {
    expect((await findGuideFiles(dir)).map((file) => `${file.folder}/${file.locale}`)).toEqual(['a-first/fr-fr', 'b-second/en-gb']);
  });

  it('finds nothing in a missing folder', async () => {
    expect(await findGuideFiles(join(dir, 'missing'))).toEqual([]);
  });
});
