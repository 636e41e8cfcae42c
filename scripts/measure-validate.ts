/**
 * Measures validation throughput in one process (one core), fast path vs exact parser:
 *   npx node scripts/generate-orders.ts --count 2000 --out tmp/orders-2000
 *   npx node scripts/measure-validate.ts tmp/orders-2000 [--reference data/subsidiaries.yaml]
 * Each mode runs once, cold for the files it reads (the OS cache aside). Not a test: it prints.
 */
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { loadOrders } from '../src/input/load-orders.ts';
import { loadReference } from '../src/input/load-reference.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { reference: { type: 'string', default: 'data/subsidiaries.yaml' } },
});
const reference = await loadReference(values.reference);
const asOf = Temporal.Instant.from('2026-03-10T00:00:00Z');
const paths = positionals.length > 0 ? positionals : ['data/orders'];

for (const fastPath of [true, false]) {
  const start = performance.now();
  const result = await loadOrders(paths, reference, asOf, { fastPath });
  const seconds = (performance.now() - start) / 1000;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  process.stdout.write(
    `${fastPath ? 'fast path' : 'exact    '}: ${result.documents} orders in ${result.files} files, ${errors} errors, ${seconds.toFixed(2)} s, ${Math.round(result.documents / seconds)} orders/s\n`,
  );
}
