// Prints forms/s of the pooled printer at several concurrencies (npx node scripts/bench/print-rates.ts 1 2 3 4; 0 = naive).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Temporal } from 'temporal-polyfill';
import { loadReference } from '../../src/input/load-reference.ts';
import { validateOrder } from '../../src/input/validate-order.ts';
import { orderFormDocument } from '../../src/render/order-form/document.ts';
import { measureNaive, measurePooled } from './measure.ts';
import type { PrintJob } from '../../src/render/pdf/print-options.ts';

const asOf = Temporal.Instant.from('2026-03-05T12:00:00Z');
const folder = new URL('../../tests/fixtures/render/', import.meta.url);
const reference = await loadReference(new URL('subsidiaries.yaml', folder).pathname);
const jobs: PrintJob[] = [];
for (let i = 0; i < 50; i += 1) {
  const name = ['eur', 'tnd', 'xof'][i % 3] ?? 'eur';
  const value = parse(readFileSync(new URL(`orders/${name}.yaml`, folder), 'utf8')) as { orderId: number };
  value.orderId += i;
  const { order } = validateOrder(value, reference, asOf);
  if (order === undefined) throw new Error(`${name} is invalid`);
  jobs.push(orderFormDocument(order, asOf).job);
}
const levels = process.argv.slice(2).map(Number);
for (const concurrency of levels.length > 0 ? levels : [1, 2, 3, 4]) {
  if (concurrency === 0) {
    const naive = await measureNaive(jobs, asOf);
    console.log(`naive: ${naive.perSecond.toFixed(1)} forms/s`);
    continue;
  }
  const { withLaunch, printing } = await measurePooled(jobs, asOf, concurrency);
  console.log(
    `concurrency ${concurrency}: ${printing.perSecond.toFixed(1)} forms/s printing, ${withLaunch.perSecond.toFixed(1)} forms/s with launch (${withLaunch.seconds.toFixed(2)} s)`,
  );
}
