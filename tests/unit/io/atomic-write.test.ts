import { mkdtemp, open, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
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

  it('flushes each file to disk unless told not to (a staging folder published whole), atomic either way', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-atomic-'));
    const probe = await open(join(folder, 'probe'), 'w');
    const fileHandle = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const sync = vi.spyOn(fileHandle, 'sync');
    try {
      await writeFileAtomic(join(folder, '1.html'), 'flushed');
      expect(sync).toHaveBeenCalledTimes(1);
      await writeFileAtomic(join(folder, '2.html'), 'not flushed', { flush: false });
      expect(sync).toHaveBeenCalledTimes(1);
    } finally {
      sync.mockRestore();
    }
    expect(await readFile(join(folder, '2.html'), 'utf8')).toBe('not flushed');
    expect((await readdir(folder)).sort()).toEqual(['1.html', '2.html', 'probe']);
  });

  it('rejects when the folder is missing, writing nothing', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-atomic-'));
    await expect(writeFileAtomic(join(folder, 'missing', '1.html'), 'x')).rejects.toThrow(/ENOENT/);
    expect(await readdir(folder)).toEqual([]);
  });
});
