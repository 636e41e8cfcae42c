/**
 * `npm run bench`: measures bdc on this machine and prints one table; the figures go to
 * bench/results.json. Corpora are generated (seeded) under bench/out/ (gitignored), in two
 * layouts: one order per file (as repositories hold them) and 40 orders per file; every row of
 * the table names its layout.
 *   node scripts/bench.ts [--skip-10k] [--skip-naive] [--table-only]
 * Takes a few minutes; not part of `npm test`. See BENCHMARKS.md.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import { loadOrders } from '../src/input/load-orders.ts';
import { loadReference } from '../src/input/load-reference.ts';
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { measureBuild, type BuildRuns } from './bench/build.ts';
import { corpus, MANY_PER_FILE, ONE_PER_FILE } from './bench/corpus.ts';
import { measureHtml, measurePdf, PDF_FORMS, shortFormOrders, type PdfRates } from './bench/forms.ts';
import { median } from './bench/median.ts';
import { machine } from './bench/machine.ts';
import { snapshotTool } from './bench/snapshot.ts';
import { renderTable, type Results } from './bench/table.ts';
import { updateBenchmarksDoc } from './bench/update-doc.ts';
import { measureRenderHtml } from './bench/render.ts';
import { measureValidate, type ValidateRate } from './bench/validate.ts';

const AS_OF = '2026-03-10T00:00:00Z';
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    'skip-10k': { type: 'boolean' },
    'skip-naive': { type: 'boolean' },
    'pdf-forms': { type: 'string', default: String(PDF_FORMS) },
    'table-only': { type: 'boolean' },
  },
  strict: true,
});
const log = (text: string): void => {
  process.stderr.write(`bench: ${text}\n`);
};

if (values['table-only'] === true) {
  // Prints the table of bench/results.json again (and puts it into BENCHMARKS.md).
  const table = renderTable(JSON.parse(await readFile('bench/results.json', 'utf8')) as Results);
  process.stdout.write(`${table}\n`);
  await updateBenchmarksDoc('BENCHMARKS.md', table);
  process.exit(0);
}

const asOf = Temporal.Instant.from(AS_OF);
log('generating corpora (bench/out/)');
const small = await corpus(1_000);
const tool = await snapshotTool();
const large = await corpus(10_000);
const largeMany = await corpus(10_000, MANY_PER_FILE);

log('validate, 10,000 orders, fresh process: 1 order per file, then 40 per file');
// The first run after an install also fills Node's compile cache (type-stripped modules);
// every later run is a fresh process that finds it.
const validateFirst = await measureValidate(tool, large, ONE_PER_FILE);
// The machine is shared: the median of three cold runs.
const validateMedian = async (dir: string, perFile: number): Promise<ValidateRate> => {
  const runs: ValidateRate[] = [];
  for (let run = 0; run < 3; run += 1) runs.push(await measureValidate(tool, dir, perFile));
  return median(runs, (run) => run.seconds);
};
const validate = await validateMedian(large, ONE_PER_FILE);
const validateMany = await validateMedian(largeMany, MANY_PER_FILE);

log('bdc render --format html, 1,000 orders, fresh process: 1 order per file, then 40 per file');
const renderHtml = [
  await measureRenderHtml(tool, small, 1_000, ONE_PER_FILE, AS_OF),
  await measureRenderHtml(tool, await corpus(1_000, MANY_PER_FILE), 1_000, MANY_PER_FILE, AS_OF),
];

const reference = await loadReference('data/subsidiaries.yaml');
const loaded = await loadOrders([small], reference, asOf);
const orders = loaded.orders.map(({ order }) => order);
log('HTML forms, 1,000 orders');
const html = measureHtml(orders, asOf);

const pdfCount = Number(values['pdf-forms']);
const shortForms = shortFormOrders(orders, pdfCount);
let pdf: PdfRates | undefined;
if (values['skip-naive'] !== true) {
  log(`PDF, the same ${shortForms.length} orders: project printer, then the naive printers (chromium process, Puppeteer browser)`);
  pdf = await measurePdf(shortForms, asOf);
}

log('bdc build, 1,000 orders, 1 order per file: cold, nothing changed, one order changed');
const build1k = await measureBuild(tool, 1_000, AS_OF, true);
log('bdc build, 1,000 orders, 40 per file: cold');
const build1kMany = await measureBuild(tool, 1_000, AS_OF, false, MANY_PER_FILE);
let build10k: BuildRuns | undefined;
if (values['skip-10k'] !== true) {
  log('bdc build, 10,000 orders, cold');
  build10k = { ...(await measureBuild(tool, 10_000, AS_OF, false)), measuredAt: new Date().toISOString() };
} else {
  build10k = await previous10k();
}

/** With --skip-10k, the 10,000-order figures of the previous full run, dated. */
async function previous10k(): Promise<BuildRuns | undefined> {
  try {
    const previous = JSON.parse(await readFile('bench/results.json', 'utf8')) as {
      date?: string;
      build10k?: BuildRuns | null;
    };
    const runs = previous.build10k ?? undefined;
    return runs === undefined ? undefined : { ...runs, measuredAt: runs.measuredAt ?? previous.date ?? 'unknown' };
  } catch {
    return undefined;
  }
}

const results = {
  date: new Date().toISOString(),
  asOf: AS_OF,
  machine: await machine(),
  validateFirst,
  validate,
  validateMany,
  renderHtml,
  html,
  pdf: pdf ?? null,
  build1k,
  build1kMany,
  build10k: build10k ?? null,
};
await mkdir('bench', { recursive: true });
await writeFileAtomic('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const table = renderTable(results);
process.stdout.write(`${table}\n`);
const documented = await updateBenchmarksDoc('BENCHMARKS.md', table);
log(`figures written to bench/results.json${documented ? ', table to BENCHMARKS.md' : ''}`);
