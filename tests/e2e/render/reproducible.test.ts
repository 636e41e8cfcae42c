import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/render.ts';
import { withPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import { AS_OF, loadFixtureOrders, ORDER_IDS, REFERENCE_FILE, RENDER_FIXTURES } from '../../unit/render/fixture-orders.ts';

async function renderTo(concurrency: string): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'bdc-repro-'));
  const io = memoryIo({ SOURCE_DATE_EPOCH: '1772712000' }, RENDER_FIXTURES);
  expect(await run(['orders', '--out', out, '--reference', REFERENCE_FILE, '--concurrency', concurrency], io)).toBe(0);
  return out;
}

describe('two renders of the same orders', () => {
  it('give byte-identical HTML and PDF files, whatever the tabs and their history', async () => {
    // One tab (each form printed after the others) against three (fresh tabs, other order).
    const first = await renderTo('1');
    const second = await renderTo('3');
    const files = (await readdir(first)).sort();
    expect(files).toHaveLength(8);
    expect((await readdir(second)).sort()).toEqual(files);
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(first, file)), readFile(join(second, file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });
});

describe('a printing tab', () => {
  it('is replaced after 100 documents, and the document printed on the new tab is the same', async () => {
    const job = {
      html: '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bon de commande</title></head><body><p>Bon de commande</p></body></html>',
      title: 'Bon de commande',
      language: 'fr',
    };
    const tabs: number[] = [];
    const printed = await withPdfPrinter({ asOf: Temporal.Instant.from('2026-03-05T12:00:00Z'), concurrency: 1, handleSignals: false }, async (printer) => {
      const pdfs: Uint8Array[] = [];
      for (let index = 0; index < 102; index += 1) {
        pdfs.push(await printer.print(job));
        tabs.push(printer.tabsOpened);
      }
      return pdfs;
    });
    expect(tabs.slice(0, 100)).toEqual(Array.from({ length: 100 }, () => 1));
    expect(tabs.slice(100)).toEqual([2, 2]);
    expect(Buffer.from(printed[101] ?? []).equals(Buffer.from(printed[0] ?? []))).toBe(true);
  });
});

describe('a form printed on a tab that held a form in another language', () => {
  it('swaps the language with the body and gives the same bytes as on a fresh tab', async () => {
    const order = (await loadFixtureOrders(['orders'])).get(ORDER_IDS.eur);
    if (order === undefined) throw new Error('no eur order');
    const fr = orderFormDocument(order, AS_OF, 'fr').job;
    const en = orderFormDocument(order, AS_OF, 'en').job;
    const print = (jobs: readonly (typeof fr)[]): Promise<Uint8Array[]> =>
      withPdfPrinter({ asOf: AS_OF, concurrency: 1, handleSignals: false }, async (printer) => {
        const pdfs: Uint8Array[] = [];
        for (const job of jobs) pdfs.push(await printer.print(job));
        return pdfs;
      });
    const [freshFr, freshEn] = [(await print([fr]))[0], (await print([en]))[0]];
    const [, enAfterFr, frAfterEn] = await print([fr, en, fr]);
    expect(Buffer.from(enAfterFr ?? []).equals(Buffer.from(freshEn ?? []))).toBe(true);
    expect(Buffer.from(frAfterEn ?? []).equals(Buffer.from(freshFr ?? []))).toBe(true);
    expect(Buffer.from(enAfterFr ?? []).toString('latin1')).toContain('/Lang (en)');
  });
});
