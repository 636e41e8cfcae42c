/**
 * `bdc render` into an output folder that cannot be written (a file where a folder should be,
 * a read-only file system, a full disk): a clean error per line (no stack), exit 3, the files
 * already there untouched, no temporary file left, no Chromium left.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REFERENCE_FILE } from '../../unit/render/fixture-orders.ts';
import { CAN_MOUNT, mountTmpfs, remountReadOnly, unmount } from './mounts.ts';
import { AS_OF, descendants, filesUnder, spawnBdc, tempFolder, writeOrders } from './support.ts';

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) unmount(dir);
});

/** A folder of orders and an output folder holding an earlier output. */
async function setUp(name: string, count: number): Promise<{ folder: string; orders: string; out: string; ids: number[] }> {
  const folder = await tempFolder(name);
  const orders = join(folder, 'orders');
  await mkdir(orders);
  const ids = await writeOrders(orders, count, 820_000_000, 'eur');
  return { folder, orders, out: join(folder, 'out'), ids };
}

async function writeEarlier(out: string): Promise<void> {
  await writeFile(join(out, '1.html'), 'earlier output\n');
}

async function render(orders: string, out: string, format: string) {
  const bdc = spawnBdc(['render', orders, '--out', out, '--reference', REFERENCE_FILE, '--as-of', AS_OF, '--format', format]);
  const code = await bdc.exited;
  return { code, lines: bdc.stderr().trimEnd().split('\n'), pid: bdc.child.pid ?? 0 };
}

describe('bdc render into a folder it cannot write', () => {
  it('names the path when a file stands where the output folder should be', async () => {
    const { folder, orders } = await setUp('notdir', 1);
    await writeFile(join(folder, 'plain-file'), 'not a folder\n');
    const out = join(folder, 'plain-file', 'out');
    const { code, lines } = await render(orders, out, 'html');
    expect(code).toBe(3);
    expect(lines).toEqual([
      `bdc render: ENOTDIR: not a directory, stat '${out}'`,
      '  hint: check that the path exists, is writable, and that the disk has free space',
    ]);
    expect(await readFile(join(folder, 'plain-file'), 'utf8')).toBe('not a folder\n');
  });

  it.skipIf(!CAN_MOUNT)('reports each form on a read-only file system and leaves the earlier output as it was', async () => {
    const { orders, out, ids } = await setUp('readonly', 2);
    await mkdir(out);
    expect(mountTmpfs(out, '1m')).toBe(true);
    mounted.push(out);
    await writeEarlier(out);
    expect(remountReadOnly(out)).toBe(true);
    const { code, lines } = await render(orders, out, 'html');
    expect(code).toBe(3);
    expect(lines.slice(0, -1).map((line) => line.replace(/'[^']*'/, "'…'"))).toEqual(
      ids.map((id) => `bdc render: order ${id} not rendered: EROFS: read-only file system, open '…'`),
    );
    expect(lines.at(-1)).toBe(`bdc render: 0 of 2 order forms written to ${out}`);
    expect(filesUnder(out)).toEqual(['1.html']);
    expect(await readFile(join(out, '1.html'), 'utf8')).toBe('earlier output\n');
  });

  it.skipIf(!CAN_MOUNT)('reports each form on a full disk, leaves no temporary file and no browser', async () => {
    const { orders, out, ids } = await setUp('full', 2);
    await mkdir(out);
    expect(mountTmpfs(out, '64k')).toBe(true);
    mounted.push(out);
    await writeEarlier(out);
    const { code, lines, pid } = await render(orders, out, 'html,pdf');
    expect(code).toBe(3);
    expect(lines.slice(0, -1)).toEqual(ids.map((id) => `bdc render: order ${id} not rendered: ENOSPC: no space left on device, write`));
    expect(lines.at(-1)).toBe(`bdc render: 0 of 2 order forms written to ${out}`);
    expect(filesUnder(out)).toEqual(['1.html']);
    expect(await readFile(join(out, '1.html'), 'utf8')).toBe('earlier output\n');
    expect(descendants(pid)).toEqual([]);
  });
});
