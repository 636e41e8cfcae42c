// Forms/s of the printers on the bench's forms (the first 200 of at most 8 lines of the 1,000-order corpus, 1 order per file):
//   npx node scripts/bench/print-rates.ts [LEVEL…]   LEVEL: a pool's concurrency (1 2 3 4 by default), 0 = naive Puppeteer, cli = naive chromium process
// Time it under the shared lock: flock /tmp/bdc-timing.lock npx node scripts/bench/print-rates.ts 3
import { Temporal } from 'temporal-polyfill';
import { loadOrders } from '../../src/input/load-orders.ts';
import { loadReference } from '../../src/input/load-reference.ts';
import { orderFormDocument } from '../../src/render/order-form/document.ts';
import { findSystemBrowser } from '../../src/render/pdf/find-browser.ts';
import { corpus } from './corpus.ts';
import { NAIVE_FORMS, PDF_FORMS, shortFormOrders } from './forms.ts';
import { measureNaive, measurePooled } from './measure.ts';
import { printWithChromiumCli } from './print-chromium-cli.ts';

const asOf = Temporal.Instant.from('2026-03-10T00:00:00Z');
const reference = await loadReference('data/subsidiaries.yaml');
const loaded = await loadOrders([await corpus(1_000)], reference, asOf);
const jobs = shortFormOrders(
  loaded.orders.map(({ order }) => order),
  PDF_FORMS,
).map((order) => orderFormDocument(order, asOf).job);
const levels = process.argv.slice(2);
for (const level of levels.length > 0 ? levels : ['1', '2', '3', '4']) {
  if (level === 'cli') {
    const chromium = await findSystemBrowser();
    if (chromium === undefined) console.log('naive chromium process: not measured: no system Chromium');
    else {
      const seconds = await printWithChromiumCli(jobs.slice(0, NAIVE_FORMS), chromium);
      console.log(
        `naive chromium process (${chromium}, ${NAIVE_FORMS} forms): ${(NAIVE_FORMS / seconds).toFixed(1)} forms/s`,
      );
    }
  } else if (level === '0') {
    const naive = await measureNaive(jobs.slice(0, NAIVE_FORMS), asOf);
    console.log(`naive Puppeteer (${NAIVE_FORMS} forms): ${naive.perSecond.toFixed(1)} forms/s`);
  } else {
    const { withLaunch, printing } = await measurePooled(jobs, asOf, Number(level));
    console.log(
      `concurrency ${level} (${jobs.length} forms): ${printing.perSecond.toFixed(1)} forms/s printing, ${withLaunch.perSecond.toFixed(1)} forms/s with launch (${withLaunch.seconds.toFixed(2)} s)`,
    );
  }
}
