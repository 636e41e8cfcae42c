/**
 * A frozen copy of the tool under bench/out/tool/ (its node_modules linked, not copied): the
 * builds measured run from it, so the cache fingerprint cannot change between the cold and the
 * warm build because someone edits the work tree meanwhile, and Astro's scratch files stay in it.
 */
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BENCH_OUT } from './corpus.ts';

const COPIED = [
  'bin',
  'src',
  'templates',
  'public',
  'astro.config.mjs',
  // The package's own data: the shipped holiday calendars every reference file builds on.
  'data/holidays.yaml',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** The snapshot's folder (absolute). */
export async function snapshotTool(): Promise<string> {
  const root = resolve(BENCH_OUT, 'tool');
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  for (const entry of COPIED) {
    if (existsSync(entry)) await cp(entry, join(root, entry), { recursive: true });
  }
  await symlink(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
