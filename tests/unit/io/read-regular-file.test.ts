import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../src/io/read-regular-file.ts';

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
});
