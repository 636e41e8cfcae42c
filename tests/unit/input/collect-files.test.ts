import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../../src/input/collect-files.ts';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'bdc-collect-'));
  await mkdir(join(root, 'orders', 'nested'), { recursive: true });
  for (const name of ['orders/a.yaml', 'orders/B.yml', 'orders/nested/c.yaml', 'orders/skip.txt']) await writeFile(join(root, name), 'x: 1\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('collectFiles', () => {
  it.each([
    ['the folder itself', 'orders'],
    ['its parent', '.'],
    ['a folder inside it', 'orders/nested'],
    ['a folder beside it', 'elsewhere'],
  ])('prints each file relative to the working folder when it is %s', async (_, cwdInRoot) => {
    const cwd = join(root, cwdInRoot === 'orders' ? 'orders' : cwdInRoot);
    const { files } = await collectFiles([join(root, 'orders')], { cwd, followSymlinks: false });
    expect(files.map(({ path }) => relative(root, path))).toEqual(['orders/B.yml', 'orders/a.yaml', 'orders/nested/c.yaml']);
    for (const file of files) expect(file.shownAs).toBe(relative(cwd, file.path));
  });
});
