import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFERENCE_FILE } from '../../unit/render/fixture-orders.ts';
import { descendants, isAlive, waitFor, writeOrders } from '../faults/support.ts';

const BDC = fileURLToPath(new URL('../../../bin/bdc.js', import.meta.url));

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('bdc render interrupted by %s', (signal, expectedCode) => {
  it(`exits ${expectedCode} and leaves no Chromium, no profile and no partial file`, async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-interrupt-'));
    // Far more than can print before the signal (the printer does ~30 of these 3-page forms a second).
    await writeOrders(folder, 400, 500_000_100);
    const out = join(folder, 'out');
    const child = spawn(process.execPath, [BDC, 'render', folder, '--out', out, '--reference', REFERENCE_FILE], {
      stdio: 'ignore',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1772712000' },
    });
    const exited = new Promise<number | null>((resolve) => {
      child.on('exit', (code) => {
        resolve(code);
      });
    });
    const rootPid = child.pid ?? 0;

    let browsers: { pid: number; cmdline: string }[] = [];
    for (let wait = 0; wait < 200 && browsers.length === 0; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      browsers = descendants(rootPid).filter((process) => process.cmdline.includes('bdc-chromium-'));
    }
    expect(browsers.length).toBeGreaterThan(0);
    // Let a few forms be written, then interrupt mid-batch.
    const pdfs = (): number => (existsSync(out) ? readdirSync(out).filter((name) => name.endsWith('.pdf')).length : 0);
    expect(await waitFor(() => pdfs() >= 2, 90_000)).toBe(true);
    const tree = descendants(rootPid);
    const profile = /--user-data-dir=(\S+)/.exec(browsers[0]?.cmdline ?? '')?.[1] ?? '';
    child.kill(signal);
    expect(await exited).toBe(expectedCode);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tree.filter(({ pid }) => isAlive(pid))).toEqual([]);
    expect(profile).toMatch(/bdc-chromium-/);
    expect(existsSync(profile)).toBe(false);
    const written = existsSync(out) ? readdirSync(out) : [];
    expect(written.filter((name) => !/^\d+\.(html|pdf)$/.test(name))).toEqual([]);
  });
});
