import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findGuideFiles, pickGuideFiles } from '../../../src/site/guide-files.ts';

describe('pickGuideFiles', () => {
  it('lists every guide.<code>.md of a folder, by name, with its language', () => {
    const picked = pickGuideFiles('orders', '/g/orders', ['guide.fr-ca.md', 'guide.fr-fr.md', 'guide.en-asia.md', 'guide.lt-lt.md', 'notes.md', 'guide.fr.md']);
    expect(picked).toEqual([
      { folder: 'orders', lang: 'en', locale: 'en-asia', path: '/g/orders/guide.en-asia.md' },
      { folder: 'orders', lang: 'fr', locale: 'fr-ca', path: '/g/orders/guide.fr-ca.md' },
      { folder: 'orders', lang: 'fr', locale: 'fr-fr', path: '/g/orders/guide.fr-fr.md' },
      { folder: 'orders', lang: 'fr', locale: 'fr', path: '/g/orders/guide.fr.md' },
      { folder: 'orders', lang: 'lt', locale: 'lt-lt', path: '/g/orders/guide.lt-lt.md' },
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
