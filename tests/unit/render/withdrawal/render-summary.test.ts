/** renderWithdrawalSummary: the files it writes, and nothing when printing fails. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../../../src/render/pdf/print-options.ts';
import type { PdfPrinter } from '../../../../src/render/pdf/printer.ts';
import { assessRequestedWithdrawal, renderWithdrawalSummary } from '../../../../src/render/withdrawal/index.ts';
import { loadFixtureOrder } from '../../cli/withdraw-helpers.ts';

const NOW = Temporal.Instant.from('2026-06-01T00:00:00Z');
let outDir: string;

function fakePrinter(print: (job: PrintJob) => Promise<Uint8Array>): PdfPrinter {
  return { print, restarts: 0,
    tabsOpened: 0, browserPid: undefined, close: () => Promise.resolve() };
}

beforeEach(() => {
  outDir = join(mkdtempSync(join(tmpdir(), 'bdc-summary-')), 'out');
});
afterEach(() => {
  rmSync(join(outDir, '..'), { recursive: true, force: true });
});

describe('renderWithdrawalSummary', () => {
  it('writes <orderId>-withdrawal.html and .pdf, handing the printer the title and language', async () => {
    const order = await loadFixtureOrder('eligible-fr.yaml');
    const assessment = assessRequestedWithdrawal(order);
    expect(assessment?.eligible).toBe(true);
    if (assessment === undefined) return;
    const jobs: PrintJob[] = [];
    const printer = fakePrinter((job) => {
      jobs.push(job);
      return Promise.resolve(new TextEncoder().encode('%PDF-fake'));
    });
    const written = await renderWithdrawalSummary(order, assessment, NOW, { outDir, formats: ['html', 'pdf'], printer });
    expect(written).toEqual([join(outDir, '900000001-withdrawal.html'), join(outDir, '900000001-withdrawal.pdf')]);
    expect(readdirSync(outDir).sort()).toEqual(['900000001-withdrawal.html', '900000001-withdrawal.pdf']);
    expect(readFileSync(join(outDir, '900000001-withdrawal.pdf'), 'utf8')).toBe('%PDF-fake');
    // No pageWord: the page numbers come from the document's own @page footer, as for the forms.
    expect(jobs.map(({ title, language, pageWord }) => ({ title, language, pageWord }))).toEqual([
      { title: 'Rétractation de la commande 900000001', language: 'fr', pageWord: undefined },
    ]);
    expect(jobs[0]?.html).toBe(readFileSync(join(outDir, '900000001-withdrawal.html'), 'utf8'));
  });

  it('writes nothing at all when the PDF cannot be printed', async () => {
    const order = await loadFixtureOrder('eligible-fr.yaml');
    const assessment = assessRequestedWithdrawal(order);
    if (assessment === undefined) throw new Error('no request');
    const printer = fakePrinter(() => Promise.reject(new Error('browser died')));
    await expect(renderWithdrawalSummary(order, assessment, NOW, { outDir, formats: ['html', 'pdf'], printer })).rejects.toThrow(
      'browser died',
    );
    expect(() => readdirSync(outDir)).toThrow();
  });

  it('has no assessment for an order without a request', async () => {
    expect(assessRequestedWithdrawal(await loadFixtureOrder('no-request.yaml'))).toBeUndefined();
  });
});
