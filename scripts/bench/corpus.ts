/**
 * The benchmark's inputs under bench/out/ (gitignored): a generated corpus of N orders (same
 * seed and layout, same files) and a data folder for `bdc build` holding those orders, the
 * shipped reference data and guides. Layout: one order per file (as repositories hold them),
 * or `perFile` orders per file.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_OUT = 'bench/out';
export const SEED = 1;

/** Orders per file of the layout repositories mostly have, and of the other one measured. */
export const ONE_PER_FILE = 1;
export const MANY_PER_FILE = 40;

/** How a table row names a layout. */
export function layoutName(perFile: number): string {
  return perFile === 1 ? '1 order per file' : `${perFile} orders per file`;
}

/** bench/out/orders-N-…, generated unless already there. */
export async function corpus(count: number, perFile: number = ONE_PER_FILE): Promise<string> {
  const dir = join(BENCH_OUT, `orders-${count}-seed${SEED}-${perFile}-per-file`);
  if (!existsSync(dir) || (await readdir(dir)).length === 0) {
    execFileSync(
      process.execPath,
      [
        'scripts/generate-orders.ts',
        '--count',
        String(count),
        '--seed',
        String(SEED),
        '--orders-per-file',
        String(perFile),
        '--out',
        dir,
      ],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  return dir;
}

/** A fresh data folder (orders/, subsidiaries.yaml, guides/) for `bdc build --data`. */
export async function dataFolder(count: number, perFile: number = ONE_PER_FILE): Promise<string> {
  const orders = await corpus(count, perFile);
  const dir = join(BENCH_OUT, `data-${count}-${perFile}-per-file`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(orders, join(dir, 'orders'), { recursive: true });
  await cp('data/subsidiaries.yaml', join(dir, 'subsidiaries.yaml'));
  await cp('data/guides', join(dir, 'guides'), { recursive: true });
  return dir;
}
