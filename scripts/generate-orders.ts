/**
 * Writes a synthetic corpus of valid orders:
 *   npx node scripts/generate-orders.ts --count N [--seed S] [--out DIR] [--per-file K]
 * Same count and seed: byte-identical files. Default DIR: bench/out/orders-N.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadReference } from '../src/input/load-reference.ts';
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { bundleFiles, generateOrders } from './synthetic/generate.ts';

export { bundleFiles, generateOrders } from './synthetic/generate.ts';

const USAGE = 'usage: npx node scripts/generate-orders.ts --count N [--seed S] [--out DIR] [--per-file K] [--reference FILE]';

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new Error(`--${name} must be a non-negative integer, got "${text}"\n${USAGE}`);
  return value;
}

export async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'per-file': { type: 'string', default: '40' },
      reference: { type: 'string', default: 'data/subsidiaries.yaml' },
    },
  });
  if (values.count === undefined) throw new Error(`--count is required\n${USAGE}`);
  const count = positiveInteger(values.count, 'count');
  const seed = positiveInteger(values.seed, 'seed');
  const perFile = Math.max(1, positiveInteger(values['per-file'], 'per-file'));
  const out = path.resolve(values.out ?? `bench/out/orders-${count}`);
  const reference = await loadReference(values.reference);
  const texts = generateOrders(count, seed, [...reference.values()]);
  const schemaPath = path.relative(out, path.resolve('schema/order.schema.json')).split(path.sep).join('/');
  await mkdir(out, { recursive: true });
  const files = bundleFiles(texts, perFile, schemaPath);
  for (const file of files) await writeFileAtomic(path.join(out, file.name), file.text);
  process.stdout.write(`wrote ${count} orders in ${files.length} files to ${path.relative(process.cwd(), out) || '.'}\n`);
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((cause: unknown) => {
    process.stderr.write(`${cause instanceof Error ? cause.message : String(cause)}\n`);
    process.exitCode = 1;
  });
}
