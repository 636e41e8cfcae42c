import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/io/atomic-write.ts';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-atomic-'));
    const file = join(folder, '1.html');
    await writeFileAtomic(file, 'old');
    await writeFileAtomic(file, new Uint8Array([104, 105]));
    expect(await readFile(file, 'utf8')).toBe('hi');
    expect(await readdir(folder)).toEqual(['1.html']);
  });

  it('rejects when the folder is missing, writing nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-atomic-'));
    await expect(writeFileAtomic(join(folder, 'missing', '1.html'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });
});
