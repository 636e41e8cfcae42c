import { describe, expect, it } from 'vitest';
import { renderTable, type Results } from '../../../scripts/bench/table.ts';

const run = { seconds: 40, peakRssBytes: 2 ** 29, peakTreePssBytes: 2 ** 30, peakDescendantRssBytes: 2 ** 29 };
const results: Results = {
  date: '2026-11-30T20:00:00.000Z',
  machine: { cpu: 'CPU', cores: 2, memoryGiB: 8, node: 'v24', browser: 'Chromium', platform: 'linux x64' },
  validateFirst: { orders: 10_000, ordersPerFile: 1, seconds: 1.25, perSecond: 8000, peakRssBytes: null },
  validate: { orders: 10_000, ordersPerFile: 1, seconds: 0.8, perSecond: 12_500, peakRssBytes: null },
  validateMany: { orders: 10_000, ordersPerFile: 40, seconds: 0.8, perSecond: 12_500, peakRssBytes: null },
  renderHtml: [
    { orders: 1000, ordersPerFile: 1, seconds: 2, perSecond: 500, peakRssBytes: null },
    { orders: 1000, ordersPerFile: 40, seconds: 2, perSecond: 500, peakRssBytes: null },
  ],
  html: { forms: 1000, seconds: 0.1, perSecond: 10_000 },
  pdf: null,
  build1k: { orders: 1000, ordersPerFile: 1, cold: run, unchanged: run, oneChanged: run },
  build1kMany: { orders: 1000, ordersPerFile: 40, cold: run },
  build10k: { orders: 10_000, ordersPerFile: 1, cold: run },
};

function rowsOf(table: string): string[] {
  return table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| measure'));
}

describe('the bench table', () => {
  it('names the layout of every row, and holds each layout to its own validation target', () => {
    const rows = rowsOf(renderTable(results));
    expect(rows.length).toBeGreaterThan(8);
    for (const row of rows) expect(row).toMatch(/1 order per file|40 orders per file/);
    expect(rows).toContain('| validate 10,000 orders, 1 order per file, cold process (median of 3) | 12,500 orders/s (0.80 s) | >= 10,000 orders/s | yes |');
    expect(rows).toContain('| validate 10,000 orders, 40 orders per file, cold process (median of 3) | 12,500 orders/s (0.80 s) | >= 15,000 orders/s | NO |');
    expect(rows).toContain('| bdc build 1,000 orders, 40 orders per file, cold | 40.0 s | <= 60 s | yes |');
    expect(rows.filter((row) => row.startsWith('| bdc render --format html, 1,000 orders, '))).toHaveLength(2);
  });

  it('holds the one-order-per-file build to 30 s and shows a cold build\'s phases, wall and CPU, with the tree\'s CPU', () => {
    const timings = {
      wallMs: 31_250,
      treeCpuMs: 55_000,
      phases: [
        { phase: 'reading and validation', process: 'bdc', startMs: 0, wallMs: 600, cpuMs: 700 },
        { phase: 'documents: printing (any print in flight)', process: 'bdc', startMs: 1000, wallMs: 29_000, cpuMs: null },
        { phase: 'site: page rendering', process: 'site', startMs: 12_000, wallMs: 10_000, cpuMs: 9_500 },
      ],
    };
    const cpuSecondsByProcess = { bdc: 13.7, astro: 17, chromium: 44.1, pagefind: 5.2, other: 3.1 };
    const rows = rowsOf(renderTable({ ...results, build1k: { ...results.build1k, cold: { ...run, timings, cpuSecondsByProcess } } }));
    expect(rows).toContain('| bdc build 1,000 orders, 1 order per file, cold | 40.0 s | <= 30 s | NO |');
    expect(rows).toContain('| build 1,000 cold, 1 order per file: reading and validation (bdc; from 0.0 s) | 0.6 s (CPU 0.7 s) |  |  |');
    expect(rows).toContain('| build 1,000 cold, 1 order per file: documents: printing (any print in flight) (bdc; from 1.0 s) | 29.0 s |  |  |');
    expect(rows).toContain('| build 1,000 cold, 1 order per file: site: page rendering (Astro child; from 12.0 s) | 10.0 s (CPU 9.5 s) |  |  |');
    expect(rows).toContain('| build 1,000 cold, 1 order per file: CPU by process, bdc / Astro child / Chromium / Pagefind / other = total (wall 31.3 s) | 13.7 / 17.0 / 44.1 / 5.2 / 3.1 = 83.1 s |  |  |');
  });

  it('holds the build to the wall time of the unsampled cold run, and shows the sampled run beside it', () => {
    const rows = rowsOf(renderTable({ ...results, build1k: { ...results.build1k, coldUnsampled: { ...run, seconds: 28.4 } } }));
    expect(rows).toContain('| bdc build 1,000 orders, 1 order per file, cold | 28.4 s | <= 30 s | yes |');
    expect(rows).toContain('| bdc build 1,000 orders, 1 order per file, cold, sampled (memory and CPU read from /proc every 50–200 ms; the profile below) | 40.0 s |  |  |');
    expect(rows.some((row) => row.includes('(4.0× the sampled 1,000 build)'))).toBe(false);
    expect(rows.some((row) => row.includes('(1.0× the sampled 1,000 build)'))).toBe(true);
  });

  it('names the layout of results written before layouts were measured (40 orders per file)', () => {
    const earlier = (run: { orders: number; seconds: number; perSecond: number; peakRssBytes: number | null }) => ({
      orders: run.orders,
      seconds: run.seconds,
      perSecond: run.perSecond,
      peakRssBytes: run.peakRssBytes,
    });
    const old: Results = {
      date: results.date,
      machine: results.machine,
      validateFirst: earlier(results.validateFirst),
      validate: earlier(results.validate),
      html: results.html,
      pdf: null,
      build1k: { orders: 1000, cold: run, unchanged: run, oneChanged: run },
      build10k: null,
    };
    const rows = rowsOf(renderTable(old));
    for (const row of rows) expect(row).toMatch(/40 orders per file/);
  });

  it('shows the project printer against both naive printers, each ratio without a target', () => {
    const pdf = {
      forms: 200,
      pages: { min: 1, max: 2 },
      project: { seconds: 3.2, perSecond: 62.5 },
      printingPerSecond: 70,
      naive: { forms: 50, seconds: 12.5, perSecond: 4 },
      ratio: 15.625,
      naiveCli: { browser: '/usr/bin/chromium', forms: 50, seconds: 25, perSecond: 2 },
      ratioCli: 31.25,
    };
    const rows = rowsOf(renderTable({ ...results, pdf })).filter((row) => row.startsWith('| PDF'));
    expect(rows).toEqual([
      '| PDF, project printer (200 forms from 1 order per file, 1–2 pages, launch included; printing alone; median of 3 runs) | 62.5 forms/s (70.0 forms/s) | >= 55 forms/s | yes |',
      '| PDF, naive printer (a): a `chromium --headless --print-to-pdf` process per form, /usr/bin/chromium (the first 50 of the same forms, 1 order per file, one after the other) | 2.0 forms/s |  |  |',
      '| PDF, naive printer (b): a new Puppeteer browser per form (the first 50 of the same forms, 1 order per file) | 4.0 forms/s |  |  |',
      '| PDF, project / naive (a) chromium process per form (1 order per file, launch included) | 31.3× |  |  |',
      '| PDF, project / naive (b) Puppeteer browser per form (1 order per file, launch included) | 15.6× |  |  |',
    ]);
    const { forms, pages, project, printingPerSecond, naive, ratio } = pdf;
    const notMeasured = { forms, pages, project, printingPerSecond, naive, ratio, naiveCli: { notMeasured: 'no system Chromium' } };
    const without = rowsOf(renderTable({ ...results, pdf: notMeasured }));
    expect(without).toContain('| PDF, naive printer (a): a `chromium --headless --print-to-pdf` process per form (1 order per file) | not measured: no system Chromium |  |  |');
    expect(without.filter((row) => row.includes('naive (a)'))).toEqual([]);
  });
});
