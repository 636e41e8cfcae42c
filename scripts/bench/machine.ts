/** The machine the figures come from, and the browser that printed. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { findBrowser } from '../../src/render/pdf/find-browser.ts';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly browser: string;
  readonly platform: string;
}

async function browser(): Promise<string> {
  try {
    const path = await findBrowser(process.env);
    const version = execFileSync(path, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return `${version.trim()} (${path})`;
  } catch {
    return 'unknown';
  }
}

export async function machine(): Promise<Machine> {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    browser: await browser(),
    platform: `${process.platform} ${process.arch}`,
  };
}
