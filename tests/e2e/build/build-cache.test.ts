/**
 * `bdc build` with its cache, as CI runs it (a child process, the real browser and Astro):
 * cached and uncached builds are byte-identical, a build with nothing changed renders nothing,
 * one changed order is the only one rendered again (documents, and its pages on the site), and `--shard i/n` builds cover every order
 * exactly once and merge into the full build.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NODE = join(ROOT, 'node_modules/.bin/node');
const run = promisify(execFile);

/** Every file under `folder`, relative, sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

interface Built {
  readonly stderr: string;
  readonly files: Map<string, Buffer>;
}

describe('bdc build with its cache', () => {
  let work = '';
  let data = '';
  let cache = '';
  const built = new Map<string, Built>();

  async function build(name: string, ...extra: string[]): Promise<Built> {
    const out = join(work, name);
    const { stderr } = await run(
      NODE,
      ['bin/bdc.js', 'build', '--data', data, '--out', out, '--as-of', '2026-03-10T00:00:00Z', ...extra],
      {
        cwd: ROOT,
        env: { ...process.env, CI: '1' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const files = new Map(
      await Promise.all((await filesUnder(out)).map(async (file) => [file, await readFile(join(out, file))] as const)),
    );
    const result = { stderr, files };
    built.set(name, result);
    return result;
  }

  function differing(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
    const names = new Set([...a.keys(), ...b.keys()]);
    return [...names].filter((name) => a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) !== true).sort();
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bdc-build-cache-'));
    data = join(work, 'data');
    cache = join(work, 'cache');
    await mkdir(data);
    await cp(join(ROOT, 'data/orders'), join(data, 'orders'), { recursive: true });
    await cp(join(ROOT, 'data/guides'), join(data, 'guides'), { recursive: true });
    await cp(join(ROOT, 'data/subsidiaries.yaml'), join(data, 'subsidiaries.yaml'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('gives the same bytes without a cache, filling it, and from it', async () => {
    const uncached = await build('uncached', '--no-cache');
    const cold = await build('cold', '--cache-dir', cache);
    const warm = await build('warm', '--cache-dir', cache);
    const orders = Number(/bdc build: (\d+) orders,/.exec(cold.stderr)?.[1]);
    expect(orders).toBeGreaterThan(10);
    expect(cold.stderr).toContain(`bdc build: 0 of ${orders} orders' documents reused from the cache`);
    expect(warm.stderr).toContain(`bdc build: ${orders} of ${orders} orders' documents reused from the cache`);
    expect(uncached.files.size).toBeGreaterThan(orders * 2);
    expect([...uncached.files.keys()].filter((file) => /^orders\/\d+\.pdf$/.test(file))).toHaveLength(orders);
    expect(cold.stderr).toContain('bdc build: the site built\n');
    expect(warm.stderr).toContain('bdc build: the site reused from the cache');
    expect(differing(uncached.files, cold.files)).toStrictEqual([]);
    expect(differing(uncached.files, warm.files)).toStrictEqual([]);
  });

  it('renders again only the order that changed, and only its pages and the order list on the site', async () => {
    const file = join(data, 'orders', 'fr-withdrawal-eligible.yaml');
    const text = await readFile(file, 'utf8');
    const orderId = /^orderId: (\d+)$/m.exec(text)?.[1] ?? '';
    const changed = text.replace(/^( {2}name: )(.+)$/m, '$1$2-Changed');
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    const after = await build('after', '--cache-dir', cache);
    const warm = built.get('warm');
    if (warm === undefined) throw new Error('the warm build did not run');
    const orders = Number(/bdc build: (\d+) orders,/.exec(after.stderr)?.[1]);
    expect(after.stderr).toContain(`bdc build: ${orders - 1} of ${orders} orders' documents reused from the cache`);
    const changedDocuments = differing(warm.files, after.files).filter((name) => name.startsWith('orders/'));
    expect(changedDocuments).toStrictEqual([
      `orders/${orderId}-withdrawal.html`,
      `orders/${orderId}-withdrawal.pdf`,
      `orders/${orderId}.html`,
      `orders/${orderId}.pdf`,
    ]);
    // The site: that order's pages and the pages that list orders are built again, the other
    // order pages come from the previous build, and the search index is written again.
    expect(after.stderr).toContain(`bdc build: the site built again for 1 of ${orders} orders`);
    const changedPages = differing(warm.files, after.files).filter((name) => !name.startsWith('orders/') && !name.startsWith('pagefind/'));
    expect(changedPages).toContain(`commandes/${orderId}/index.html`);
    expect(changedPages).toContain(`en/orders/${orderId}/index.html`);
    const otherOrderPages = changedPages.filter((name) => /^(commandes|en\/orders)\/\d+\//.test(name) && !name.includes(orderId));
    expect(otherOrderPages).toStrictEqual([]);
    const uncached = await build('after-uncached', '--no-cache');
    expect(differing(uncached.files, after.files)).toStrictEqual([]);
  });

  it('splits the documents over --shard i/3 with every order in exactly one shard; shard 1 builds the site', async () => {
    const full = built.get('after');
    if (full === undefined) throw new Error('the full build did not run');
    const shards = [];
    for (const index of [1, 2, 3])
      shards.push(await build(`shard-${index}`, '--shard', `${index}/3`, '--cache-dir', cache));
    const documentsOf = (files: Map<string, Buffer>): string[] =>
      [...files.keys()].filter((name) => name.startsWith('orders/'));
    const all = shards.flatMap(({ files }) => documentsOf(files));
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toStrictEqual(documentsOf(full.files).sort());
    expect(shards.map(({ files }) => files.has('index.html'))).toStrictEqual([true, false, false]);
    const merged = new Map(shards.flatMap(({ files }) => [...files]));
    expect(differing(merged, full.files)).toStrictEqual([]);
  });
});
