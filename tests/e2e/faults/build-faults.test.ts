/**
 * `bdc build` (run as CI runs it, a child process) under faults: SIGINT while printing and
 * SIGTERM while the site builds (exit 130 / 143, no process left, no staging folder, lock or
 * temporary file left, the previous output byte for byte as it was), a second build started on
 * the same output (refused at once, naming the first one's pid), and an output folder that
 * cannot be written (a clean error, the previous output intact).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CAN_MOUNT, mountTmpfs, unmount } from './mounts.ts';
import { browserOf, descendants, filesUnder, isAlive, pdfParses, ROOT, spawnBdc, tempFolder, waitFor } from './support.ts';

let folder = '';
let data = '';

/** Every file of a folder with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
  );
}

function build(out: string, ...extra: string[]) {
  return spawnBdc(['build', '--data', data, '--out', out, '--no-cache', ...extra]);
}

/** What an interrupted or failed build may leave beside its output: nothing. */
function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((name) => name.includes('.staging-') || name.startsWith('.bdc-') || name.endsWith('.lock') || name.endsWith('.tmp'));
}

beforeAll(async () => {
  folder = await tempFolder('build');
  data = join(folder, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true });
});

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) unmount(dir);
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe.each([
  ['SIGINT', 130, 'while printing', (pid: number) => browserOf(pid) !== undefined],
  ['SIGTERM', 143, 'while the site builds', (pid: number) => descendants(pid).some(({ cmdline }) => cmdline.includes('astro-build-child'))],
] as const)('bdc build interrupted by %s (%i) %s', (signal, expectedCode, _phase, reached) => {
  it('leaves the previous output as it was, and no process, staging folder, lock or temporary file', async () => {
    const parent = join(folder, signal);
    await mkdir(parent);
    const out = join(parent, 'dist');
    const first = build(out);
    expect(await first.exited, first.stderr()).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before)).toContain('orders/218700101.pdf');

    const second = build(out);
    const pid = second.child.pid ?? 0;
    expect(await waitFor(() => reached(pid), 60_000)).toBe(true);
    const tree = descendants(pid);
    second.child.kill(signal);
    expect(await second.exited).toBe(expectedCode);

    expect(await waitFor(() => tree.every(({ pid: each }) => !isAlive(each)), 5_000)).toBe(true);
    expect(leftovers(parent)).toEqual([]);
    expect(snapshot(out)).toEqual(before);
    expect(await pdfParses(join(out, 'orders', '218700101.pdf'))).toBe(true);
  });
});

describe('an incremental site build interrupted by SIGTERM', () => {
  it('leaves the previous output and no scratch folder, and the next build is incremental', async () => {
    const parent = join(folder, 'incremental');
    await mkdir(parent);
    const out = join(parent, 'dist');
    const ownData = join(parent, 'data');
    cpSync(data, ownData, { recursive: true });
    const cached = (): ReturnType<typeof spawnBdc> => spawnBdc(['build', '--data', ownData, '--out', out, '--cache-dir', join(parent, 'cache')]);
    const first = cached();
    expect(await first.exited, first.stderr()).toBe(0);
    const before = snapshot(out);
    const file = join(ownData, 'orders', 'fr-withdrawal-eligible.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {2}name: )(.+)$/m, '$1$2-Changed'));

    const second = cached();
    const pid = second.child.pid ?? 0;
    expect(await waitFor(() => descendants(pid).some(({ cmdline }) => cmdline.includes('astro-build-child')), 60_000)).toBe(true);
    const tree = descendants(pid);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(143);
    expect(await waitFor(() => tree.every(({ pid: each }) => !isAlive(each)), 5_000)).toBe(true);
    expect(leftovers(parent)).toEqual([]);
    expect(snapshot(out)).toEqual(before);

    const third = cached();
    expect(await third.exited, third.stderr()).toBe(0);
    expect(third.stderr()).toMatch(/bdc build: the site built again for 1 of \d+ orders/);
  });
});

describe('two builds on the same output folder', () => {
  it('refuses the second at once, naming the first, which completes', async () => {
    const parent = join(folder, 'lock');
    await mkdir(parent);
    const out = join(parent, 'dist');
    const first = build(out);
    expect(await waitFor(() => existsSync(`${out}.lock`), 30_000)).toBe(true);
    const second = build(out);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toBe(
      `bdc build: another bdc build (pid ${first.child.pid ?? 0}) is writing ${out}; wait for it to finish, or delete ${out}.lock if that process is not bdc\n`,
    );
    expect(await first.exited, first.stderr()).toBe(0);
    expect(leftovers(parent)).toEqual([]);
    expect(await pdfParses(join(out, 'orders', '218700101.pdf'))).toBe(true);
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    const parent = join(folder, 'stale');
    await mkdir(parent);
    const out = join(parent, 'dist');
    writeFileSync(`${out}.lock`, '999999999\n');
    const run = build(out);
    expect(await run.exited, run.stderr()).toBe(0);
    expect(leftovers(parent)).toEqual([]);
  });
});

describe('bdc build into a folder it cannot write', () => {
  it('names the path when a file stands where the output folder should be', async () => {
    const parent = join(folder, 'notdir');
    await mkdir(parent);
    writeFileSync(join(parent, 'plain-file'), 'not a folder\n');
    const out = join(parent, 'plain-file', 'dist');
    const run = build(out);
    expect(await run.exited).toBe(3);
    expect(run.stderr()).toBe(
      `bdc build: ENOTDIR: not a directory, stat '${out}'\n  hint: check that the path exists, is writable, and that the disk has free space\n`,
    );
  });

  // A small disk mounted elsewhere: the site build fails with ENOSPC, or with EXDEV where Astro
  // renames its prerender output from the project folder into the output (SECURITY.md, limits).
  it.skipIf(!CAN_MOUNT)('fails on a small disk elsewhere and keeps the previous output, no leftovers', async () => {
    const parent = join(folder, 'full');
    await mkdir(parent);
    expect(mountTmpfs(parent, '512k')).toBe(true);
    mounted.push(parent);
    const out = join(parent, 'dist');
    await mkdir(join(out, 'orders'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous site\n');
    // A previous build's output carries its marker (else --out is refused: src/io/output-folder.ts).
    writeFileSync(join(out, '.bdc-output'), '');
    const before = snapshot(out);
    const run = build(out);
    expect(await run.exited).toBe(3);
    expect(run.stderr()).toMatch(/ENOSPC|EXDEV|No space left on device/);
    expect(run.stderr()).toContain('bdc build: ');
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(parent)).toEqual([]);
    expect(descendants(run.child.pid ?? 0)).toEqual([]);
  });
});
