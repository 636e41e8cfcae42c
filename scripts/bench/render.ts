/**
 * `bdc render --format html` of a generated corpus in a fresh process (cold), as a user runs
 * it: reading and validating every file, then an HTML order form per order, written. The file
 * layout matters here (reading), unlike the in-process HTML measure (forms.ts).
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runChild } from './child.ts';
import { BENCH_OUT } from './corpus.ts';

export interface RenderRate {
  readonly orders: number;
  readonly ordersPerFile: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly peakRssBytes: number | null;
}

/** `tool`: the folder of the bdc being measured (see snapshot.ts). */
export async function measureRenderHtml(
  tool: string,
  dir: string,
  orders: number,
  ordersPerFile: number,
  asOf: string,
): Promise<RenderRate> {
  const out = resolve(BENCH_OUT, `render-${orders}-${ordersPerFile}-per-file`);
  await rm(out, { recursive: true, force: true });
  const run = await runChild(
    process.execPath,
    [
      join(tool, 'bin/bdc.js'),
      'render',
      resolve(dir),
      '--out',
      out,
      '--format',
      'html',
      '--as-of',
      asOf,
      '--reference',
      resolve('data/subsidiaries.yaml'),
    ],
    { cwd: tool, env: { ...process.env, CI: '1' }, tree: false, pollMs: 100 },
  );
  if (run.exitCode !== 0)
    throw new Error(`bdc render ${dir} failed (exit ${String(run.exitCode)}):\n${run.stderr.slice(-2000)}`);
  await rm(out, { recursive: true, force: true });
  return { orders, ordersPerFile, seconds: run.seconds, perSecond: orders / run.seconds, peakRssBytes: run.peakRssBytes };
}
