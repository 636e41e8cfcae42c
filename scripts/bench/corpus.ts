/**
 * The benchmark's inputs under bench/out/ (gitignored): a generated corpus of N orders (same
 * seed, same files) and a data folder for `bdc build` holding those orders, the shipped
 * reference data and guides.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_OUT = 'bench/out';
export const SEED = 1;

/** bench/out/orders-N, generated unless already there. */
export async function corpus(count: number): Promise<string> {
  const dir = join(BENCH_OUT, `orders-${count}-seed${SEED}`);
  if (!existsSync(dir) || (await readdir(dir)).length === 0) {
    execFileSync(
      process.execPath,
      ['scripts/generate-orders.ts', '--count', String(count), '--seed', String(SEED), '--out', dir],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  }
  return dir;
}

/** A fresh data folder (orders/, subsidiaries.yaml, guides/) for `bdc build --data`. */
export async function dataFolder(count: number): Promise<string> {
  const orders = await corpus(count);
  const dir = join(BENCH_OUT, `data-${count}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(orders, join(dir, 'orders'), { recursive: true });
  await cp('data/subsidiaries.yaml', join(dir, 'subsidiaries.yaml'));
  await cp('data/guides', join(dir, 'guides'), { recursive: true });
  return dir;
}
