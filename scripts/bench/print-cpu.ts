// Where a printed form's CPU goes: ours (this Node process) against each kind of Chromium process (browser, renderer,
// GPU…), read from /proc/<pid>/stat over a second pass of the bench's forms on a running printer (Linux only). CPU
// time, not wall time: it needs no timing lock, and holds on a busy machine.
//   npx node scripts/bench/print-cpu.ts [FORMS]      (default: the bench's 200 forms)
import { readFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import { loadOrders } from '../../src/input/load-orders.ts';
import { loadReference } from '../../src/input/load-reference.ts';
import { orderFormDocument } from '../../src/render/order-form/document.ts';
import { withPdfPrinter } from '../../src/render/pdf/printer.ts';
import { corpus } from './corpus.ts';
import { cpuTicks, descendants, TICKS_PER_SECOND } from './proc.ts';
import { PDF_FORMS, shortFormOrders } from './forms.ts';

/** Each process of the browser's tree (the browser itself included): its kind (`--type`) and CPU so far, in ms. */
function tree(browser: number): Map<number, { readonly kind: string; readonly cpuMs: number }> {
  const found = new Map<number, { readonly kind: string; readonly cpuMs: number }>();
  for (const pid of [browser, ...descendants(browser)]) {
    const ticks = cpuTicks(pid);
    if (ticks === undefined) continue;
    let kind = 'browser';
    try {
      kind = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${String(pid)}/cmdline`, 'latin1'))?.[1] ?? 'browser';
    } catch {
      // Gone meanwhile.
    }
    found.set(pid, { kind, cpuMs: (ticks * 1000) / TICKS_PER_SECOND });
  }
  return found;
}

const asOf = Temporal.Instant.from('2026-03-10T00:00:00Z');
const reference = await loadReference('data/subsidiaries.yaml');
const loaded = await loadOrders([await corpus(1_000)], reference, asOf);
const jobs = shortFormOrders(
  loaded.orders.map(({ order }) => order),
  Number(process.argv[2] ?? PDF_FORMS),
).map((order) => orderFormDocument(order, asOf).job);

await withPdfPrinter({ asOf, handleSignals: false }, async (printer) => {
  await Promise.all(jobs.map((job) => printer.print(job))); // warm: tabs open, heads loaded
  const pid = printer.browserPid;
  if (pid === undefined) throw new Error('no browser process');
  const before = tree(pid);
  const ours = process.cpuUsage();
  const started = performance.now();
  await Promise.all(jobs.map((job) => printer.print(job)));
  const wall = performance.now() - started;
  const { user, system } = process.cpuUsage(ours);
  const perKind = new Map<string, number>();
  for (const [child, { kind, cpuMs }] of tree(pid))
    perKind.set(kind, (perKind.get(kind) ?? 0) + cpuMs - (before.get(child)?.cpuMs ?? 0));
  const perForm = (ms: number): string => `${(ms / jobs.length).toFixed(1)} ms`;
  console.log(`${jobs.length} forms on a running printer: ${perForm(wall)} of wall time per form`);
  console.log(`  ours (Node): ${perForm((user + system) / 1000)} of CPU per form`);
  for (const [kind, ms] of [...perKind].sort((a, b) => b[1] - a[1]))
    console.log(`  Chromium ${kind}: ${perForm(ms)} of CPU per form`);
});
