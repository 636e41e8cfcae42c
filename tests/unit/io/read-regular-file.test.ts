import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadScratch, readRegularFile, readRegularFileSync } from '../../../src/io/read-regular-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'bdc-read-regular-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('readRegularFile', () => {
  it('reads a small regular file whole', async () => {
    const path = join(folder, 'small.txt');
    writeFileSync(path, 'héllo');
    const read = await readRegularFile(path, 100);
    expect(read.kind).toBe('read');
    expect(read.kind === 'read' && new TextDecoder().decode(read.bytes)).toBe('héllo');
  });

  it('refuses a file above the limit unread, with its size', async () => {
    const path = join(folder, 'big.txt');
    writeFileSync(path, 'x'.repeat(101));
    expect(await readRegularFile(path, 100)).toEqual({ kind: 'too-large', size: 101 });
    expect((await readRegularFile(path, 101)).kind).toBe('read');
  });

  it('refuses a named pipe at once, with no writer (no hang)', async () => {
    const path = join(folder, 'pipe');
    execFileSync('mkfifo', [path]);
    expect(await readRegularFile(path, 100)).toEqual({ kind: 'not-regular' });
  });

  it('refuses devices and folders, through a link too', async () => {
    expect(await readRegularFile('/dev/zero', 100)).toEqual({ kind: 'not-regular' });
    symlinkSync('/dev/zero', join(folder, 'zero.png'));
    expect(await readRegularFile(join(folder, 'zero.png'), 100)).toEqual({ kind: 'not-regular' });
    expect(await readRegularFile(folder, 100)).toEqual({ kind: 'not-regular' });
  });

  it('reads at most the limit + 1 bytes of a file whose size is not known ahead (/proc)', async () => {
    const read = await readRegularFile('/proc/self/status', 10);
    expect(read).toEqual({ kind: 'too-large', size: 11 });
  });

  it('lets a missing file fail as an operating-system error', async () => {
    await expect(readRegularFile(join(folder, 'missing'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reads a /proc file whole, past its first buffer, when it is under the limit', async () => {
    // fstat says 0 for /proc files: the buffer grows as the file is read (smaps: tens of KiB).
    const read = await readRegularFile('/proc/self/smaps', 1024 * 1024);
    expect(read.kind).toBe('read');
    const text = read.kind === 'read' ? new TextDecoder().decode(read.bytes) : '';
    expect(text.length).toBeGreaterThan(16 * 1024);
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('readRegularFileSync', () => {
  it('reads exactly the bytes of files of every size around the limit', () => {
    for (const size of [0, 1, 99, 100]) {
      const path = join(folder, `sized-${size}.txt`);
      writeFileSync(path, 'y'.repeat(size));
      const read = readRegularFileSync(path, 100);
      expect(read.kind === 'read' && read.bytes.length).toBe(size);
    }
    writeFileSync(join(folder, 'sized-101.txt'), 'y'.repeat(101));
    expect(readRegularFileSync(join(folder, 'sized-101.txt'), 100)).toEqual({ kind: 'too-large', size: 101 });
  });

  it('refuses a named pipe, a device and a folder at once', () => {
    const path = join(folder, 'pipe-sync');
    execFileSync('mkfifo', [path]);
    expect(readRegularFileSync(path, 100)).toEqual({ kind: 'not-regular' });
    expect(readRegularFileSync('/dev/zero', 100)).toEqual({ kind: 'not-regular' });
    expect(readRegularFileSync(folder, 100)).toEqual({ kind: 'not-regular' });
  });

  it('reads at most the limit + 1 bytes of a file whose size is not known ahead (/proc)', () => {
    expect(readRegularFileSync('/proc/self/status', 10)).toEqual({ kind: 'too-large', size: 11 });
    // Larger than the first buffer: the buffer grows up to the limit + 1, no further.
    expect(readRegularFileSync('/proc/self/smaps', 20_000)).toEqual({ kind: 'too-large', size: 20_001 });
  });

  it('reads the same bytes into a reusable scratch buffer, whatever the size, the limit and the file before', () => {
    const scratch = new ReadScratch();
    const limit = 200_000;
    for (const size of [0, 1, 5000, 65_535, 65_536, 65_537, 150_000, limit, limit + 1, 3]) {
      const path = join(folder, `scratch-${size}.txt`);
      const text = Array.from({ length: size }, (_, index) => String.fromCharCode(97 + (index % 26))).join('');
      writeFileSync(path, text);
      const read = readRegularFileSync(path, limit, scratch);
      expect(read, String(size)).toEqual(readRegularFileSync(path, limit));
      if (read.kind === 'read') expect(new TextDecoder().decode(read.bytes)).toBe(text);
    }
    // A file whose size is not known ahead is read until a read gives 0, into the scratch too.
    const status = readRegularFileSync('/proc/self/status', limit, scratch);
    expect(status.kind === 'read' && new TextDecoder().decode(status.bytes)).toMatch(/^Name:[\s\S]*VmRSS/);
  });
});
