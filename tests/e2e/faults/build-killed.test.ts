/**
 * `bdc build` killed with SIGKILL (no handler runs) while it prints and builds the site: its
 * processes do not run on (the site build and the browser stop once orphaned), and the next
 * build removes what the killed one left (staging folders beside the output, the site build's
 * work folder, the browser's profile) and takes over its lock.
 */
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOf, descendants, isAlive, pdfParses, ROOT, spawnBdc, tempFolder, waitFor } from './support.ts';

let folder = '';
let privateTmp = '';
const savedTmp = process.env['TMPDIR'];

beforeAll(async () => {
  folder = await tempFolder('killed');
  cpSync(join(ROOT, 'data'), join(folder, 'data'), { recursive: true });
  // The browser's profile goes to the children's temporary folder: a private one, to look into.
  privateTmp = join(folder, 'tmp');
  await mkdir(privateTmp);
  process.env['TMPDIR'] = privateTmp;
});

afterAll(() => {
  if (savedTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = savedTmp;
  rmSync(folder, { recursive: true, force: true });
});

/** Scratch entries named after `pid` (scratch-folders.ts: `<prefix><pid>.<start>-…`). */
function ownedBy(dir: string, prefix: string, pid: number): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.startsWith(`${prefix}${String(pid)}.`));
}

describe('bdc build killed with SIGKILL', () => {
  it('leaves no process running, and the next build removes its leftovers and succeeds', async () => {
    const parent = join(folder, 'out');
    await mkdir(parent);
    const out = join(parent, 'dist');
    const args = ['build', '--data', join(folder, 'data'), '--out', out, '--no-cache'];
    const killed = spawnBdc(args);
    const pid = killed.child.pid ?? 0;
    const building = (): boolean =>
      browserOf(pid) !== undefined && descendants(pid).some(({ cmdline }) => cmdline.includes('astro-build-child'));
    expect(await waitFor(building, 90_000), killed.stderr()).toBe(true);
    const tree = descendants(pid);
    killed.child.kill('SIGKILL');
    await killed.exited;

    // Orphaned, the site build and the browser stop on their own.
    expect(await waitFor(() => tree.every(({ pid: each }) => !isAlive(each)), 10_000), JSON.stringify(tree.filter(({ pid: each }) => isAlive(each)))).toBe(true);
    // What it left: staging folders, the site build's work folder, the browser profile, the lock.
    const cache = join(ROOT, 'node_modules', '.cache');
    expect(ownedBy(parent, '.dist.staging-', pid).length).toBeGreaterThan(0);
    expect(ownedBy(cache, 'bdc-site-build-', pid)).toHaveLength(1);
    expect(ownedBy(privateTmp, 'bdc-chromium-', pid)).toHaveLength(1);
    expect(existsSync(`${out}.lock`)).toBe(true);

    const next = spawnBdc(args);
    expect(await next.exited, next.stderr()).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(['dist']);
    expect(ownedBy(cache, 'bdc-site-build-', pid)).toEqual([]);
    expect(readdirSync(privateTmp).filter((name) => name.startsWith('bdc-'))).toEqual([]);
    expect(await pdfParses(join(out, 'orders', '218700101.pdf'))).toBe(true);
  }, 240_000);
});
