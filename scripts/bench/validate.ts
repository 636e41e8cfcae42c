/** `bdc validate` of a generated corpus in a fresh process (cold): orders per second, wall time. */
import { join, resolve } from 'node:path';
import { runChild } from './child.ts';

export interface ValidateRate {
  readonly orders: number;
  /** The corpus's layout (absent in results written before layouts were measured: 40). */
  readonly ordersPerFile?: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly peakRssBytes: number | null;
}

/** `tool`: the folder of the bdc being measured (see snapshot.ts). */
export async function measureValidate(tool: string, dir: string, ordersPerFile: number): Promise<ValidateRate> {
  const run = await runChild(
    process.execPath,
    [
      join(tool, 'bin/bdc.js'),
      'validate',
      resolve(dir),
      '--reference',
      resolve('data/subsidiaries.yaml'),
      '--format',
      'json',
    ],
    {
      cwd: tool,
      env: { ...process.env, CI: '1' },
      // Its workers are threads: no descendants to read, and the least polling while it runs.
      tree: false,
      pollMs: 100,
    },
  );
  if (run.exitCode !== 0)
    throw new Error(`bdc validate ${dir} failed (exit ${String(run.exitCode)}):\n${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout) as { orders: number; errors: number };
  if (report.errors !== 0) throw new Error(`bdc validate ${dir}: ${report.errors} errors in a generated corpus`);
  return {
    orders: report.orders,
    ordersPerFile,
    seconds: run.seconds,
    perSecond: report.orders / run.seconds,
    peakRssBytes: run.peakRssBytes,
  };
}
