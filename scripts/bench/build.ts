/**
 * `bdc build` measured as a user runs it, in a fresh process: cold (no output, empty cache),
 * again with nothing changed, then with one order changed; wall time and peak memory.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BuildTimings } from '../../src/pipeline/phase-timings.ts';
import { runChild, type ChildRun } from './child.ts';
import { BENCH_OUT, dataFolder, ONE_PER_FILE } from './corpus.ts';

export interface BuildRun {
  readonly seconds: number;
  readonly peakRssBytes: number | null;
  readonly peakTreePssBytes: number | null;
  readonly peakDescendantRssBytes: number | null;
  /** CPU seconds by kind of process (child.ts); absent in results written before it was measured. */
  readonly cpuSecondsByProcess?: Readonly<Record<string, number>> | null;
  /** The build's phases, wall and CPU (cold builds; BDC_BUILD_TIMINGS, src/pipeline/phase-timings.ts). */
  readonly timings?: BuildTimings;
}

export interface BuildRuns {
  readonly orders: number;
  /** The data's layout (absent in results written before layouts were measured: 40). */
  readonly ordersPerFile?: number;
  /** Sampled (memory and CPU by process, read from /proc every 50–200 ms) with phase timings. */
  readonly cold: BuildRun;
  /**
   * The same cold build again with no sampling of the tree (the sampler takes ~4 s of CPU over a
   * 30 s build, ~6 % of a 2-core machine): the wall time a user sees. Absent for the 10,000-order
   * build and in results written before it was measured.
   */
  readonly coldUnsampled?: BuildRun;
  readonly unchanged?: BuildRun;
  readonly oneChanged?: BuildRun;
  /** When these figures were measured (a --skip-10k run carries the previous ones over). */
  readonly measuredAt?: string;
}

function checked(run: ChildRun, what: string): BuildRun {
  if (run.exitCode !== 0) throw new Error(`${what} failed (exit ${String(run.exitCode)}):\n${run.stderr.slice(-4000)}`);
  return {
    seconds: run.seconds,
    peakRssBytes: run.peakRssBytes,
    peakTreePssBytes: run.peakTreePssBytes,
    peakDescendantRssBytes: run.peakDescendantRssBytes,
    cpuSecondsByProcess: run.cpuSecondsByProcess,
  };
}

/** Changes one order's customer name (a change every output of that order depends on). */
async function changeOneOrder(ordersDir: string): Promise<void> {
  const [first] = (await readdir(ordersDir)).filter((name) => name.endsWith('.yaml')).sort();
  if (first === undefined) throw new Error(`no order file in ${ordersDir}`);
  const file = join(ordersDir, first);
  const text = await readFile(file, 'utf8');
  const changed = text.replace(/^( {2}name: )(.+)$/m, '$1$2 Jr');
  if (changed === text) throw new Error(`no customer name to change in ${file}`);
  await writeFile(file, changed);
}

/** `tool`: the folder of the bdc being measured (see snapshot.ts). */
export async function measureBuild(
  tool: string,
  count: number,
  asOf: string,
  incremental: boolean,
  ordersPerFile: number = ONE_PER_FILE,
): Promise<BuildRuns> {
  const data = resolve(await dataFolder(count, ordersPerFile));
  const out = resolve(BENCH_OUT, `dist-${count}-${ordersPerFile}-per-file`);
  const cache = resolve(BENCH_OUT, `cache-${count}-${ordersPerFile}-per-file`);
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const timingsFile = resolve(BENCH_OUT, `timings-${count}-${ordersPerFile}-per-file.json`);
  const build = (timings?: string, sampled = true): Promise<ChildRun> =>
    runChild(
      process.execPath,
      [join(tool, 'bin/bdc.js'), 'build', '--data', data, '--out', out, '--as-of', asOf, '--cache-dir', cache],
      {
        cwd: tool,
        env: { ...process.env, CI: '1', ...(timings === undefined ? {} : { BDC_BUILD_TIMINGS: timings }) },
        ...(sampled ? {} : { tree: false, pollMs: 1_000 }),
      },
    );
  await rm(timingsFile, { force: true });
  const coldRun = checked(await build(timingsFile), `bdc build of ${count} orders (cold)`);
  const cold: BuildRun = { ...coldRun, timings: JSON.parse(await readFile(timingsFile, 'utf8')) as BuildTimings };
  if (count > 1_000) return { orders: count, ordersPerFile, cold };
  await rm(out, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  const coldUnsampled = checked(await build(undefined, false), `bdc build of ${count} orders (cold, unsampled)`);
  if (!incremental) return { orders: count, ordersPerFile, cold, coldUnsampled };
  const unchanged = checked(await build(), `bdc build of ${count} orders (nothing changed)`);
  await changeOneOrder(join(data, 'orders'));
  const oneChanged = checked(await build(), `bdc build of ${count} orders (one order changed)`);
  return { orders: count, ordersPerFile, cold, coldUnsampled, unchanged, oneChanged };
}
