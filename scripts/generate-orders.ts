/**
 * Writes a synthetic corpus of valid orders:
 *   npx node scripts/generate-orders.ts --count N [--seed S] [--out DIR] [--orders-per-file K]
 * One order per file by default, as repositories hold them (`--orders-per-file K`: K orders per
 * file, as YAML documents; `--per-file` is the same option). Same count, seed and layout:
 * byte-identical files. Default DIR: bench/out/orders-N.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadReference } from '../src/input/load-reference.ts';
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { bundleFiles, generateOrders } from './synthetic/generate.ts';

export { bundleFiles, generateOrders } from './synthetic/generate.ts';

const USAGE = 'usage: npx node scripts/generate-orders.ts --count N [--seed S] [--out DIR] [--orders-per-file K] [--reference FILE]';

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw new Error(`--${name} must be a non-negative integer, got "${text}"\n${USAGE}`);
  return value;
}

/** Orders per file from `--orders-per-file` or its alias `--per-file` (default 1). */
export function ordersPerFile(given: string | undefined, alias: string | undefined): number {
  if (given !== undefined && alias !== undefined && given !== alias)
    throw new Error(`--orders-per-file ${given} and --per-file ${alias} disagree: give one\n${USAGE}`);
  const text = given ?? alias;
  return text === undefined ? 1 : Math.max(1, positiveInteger(text, 'orders-per-file'));
}

export async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'orders-per-file': { type: 'string' },
      /** The same as --orders-per-file (its earlier name). */
      'per-file': { type: 'string' },
      reference: { type: 'string', default: 'data/subsidiaries.yaml' },
    },
  });
  if (values.count === undefined) throw new Error(`--count is required\n${USAGE}`);
  const count = positiveInteger(values.count, 'count');
  const seed = positiveInteger(values.seed, 'seed');
  const perFile = ordersPerFile(values['orders-per-file'], values['per-file']);
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
