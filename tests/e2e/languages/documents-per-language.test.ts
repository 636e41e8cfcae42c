/**
 * Each shipped consumer withdrawal of DE, ES, IT, PL and PT (data/orders/withdrawal-<lang>.yaml)
 * prints its order form and withdrawal summary in its country's language, cites its country's
 * law (data/subsidiaries.yaml), and declares the language in `<html lang>` and the PDF's /Lang.
 * Read back with pdftotext: key phrases of the language are there, and no French or English
 * word of the dictionaries is left over.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/domain/enums.ts';
import type { Order } from '../../../src/domain/order.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { dictionaryFor } from '../../../src/render/i18n/index.ts';
import { withPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { renderOrderForms } from '../../../src/render/render-orders.ts';
import { assessRequestedWithdrawal, renderWithdrawalSummary } from '../../../src/render/withdrawal/render-summary.ts';
import { pdfPages, squeeze } from '../render/poppler.ts';
import { dictionaryWords } from './dictionary-words.ts';

const run = promisify(execFile);
const AS_OF = Temporal.Instant.from('2026-11-26T11:00:00Z');
const LANGUAGES = ['de', 'es', 'it', 'pl', 'pt'] as const satisfies readonly Language[];

/**
 * What each document must say, hand-written (not read from the dictionaries under test).
 * Totals by hand: DE 12.99 + 2.50 + 5.00 = 20.49, 19 % = 3.8931 → 3.89, 24.38; ES 17.99, 21 % =
 * 3.7779 → 3.78, 21.77; IT 12.99 − 6.50 + 5.00 = 11.49, 22 % = 2.5278 → 2.53, 14.02; PL 159 + 480
 * + 20 = 659.00 zł, 23 % = 151.57, 810.57; PT 17.99, 23 % = 4.1377 → 4.14, 22.13.
 */
const EXPECTED: Readonly<Record<(typeof LANGUAGES)[number], { orderId: number; form: readonly string[]; summary: readonly string[] }>> = {
  de: {
    orderId: 218700150,
    form: ['Bestellschein 218700150', 'Bestellpositionen', 'Laufzeit', '1 Monat', 'Gesamtbetrag brutto 24,38 €', 'Widerrufsrecht: bis 22. Juni 2026 um 23:59', 'Storniert'],
    summary: ['Muster-Widerrufsformular', 'Hiermit widerrufe(n) ich/wir', 'Erstattungsbetrag brutto', 'Ende der Widerrufsfrist', 'Dienst nicht genutzt'],
  },
  es: {
    orderId: 218700151,
    form: ['Hoja de pedido 218700151', 'Detalle del pedido', 'Duración', '1 mes', 'Total con IVA 21,77 €', 'Derecho de desistimiento: hasta el 25 de mayo de 2026', 'Cancelado'],
    summary: ['Modelo de formulario de desistimiento', 'Por la presente le comunico/comunicamos', 'Importe reembolsado con IVA', 'Demasiado caro'],
  },
  it: {
    orderId: 218700152,
    form: ['Modulo d’ordine 218700152', 'Dettaglio dell’ordine', 'Durata', '1 mese', 'Totale IVA inclusa 14,02 €', 'Diritto di recesso: fino al 21 settembre 2026', 'Annullato'],
    summary: ['Modulo di recesso tipo', 'Con la presente io/noi notifichiamo il recesso', 'Importo rimborsato IVA inclusa', 'Prestazioni'],
  },
  pl: {
    orderId: 218700153,
    form: ['Formularz zamówienia 218700153', 'Szczegóły zamówienia', '3 miesiące', '2 lata', 'Razem brutto 810,57 zł', 'Prawo odstąpienia od umowy: do 19 października 2026', 'Anulowane'],
    summary: ['Wzór formularza odstąpienia od umowy', 'Ja/My niniejszym informuję/informujemy', 'Kwota zwrotu brutto', 'Oferta konkurencji', '14 dni'],
  },
  pt: {
    orderId: 218700154,
    form: ['Nota de encomenda 218700154', 'Detalhe da encomenda', 'Duração', '1 mês', 'Total com IVA 22,13 €', 'Direito de livre resolução: até 20 de julho de 2026', 'Cancelada'],
    summary: ['Modelo de formulário de livre resolução', 'Pela presente comunico/comunicamos', 'Montante reembolsado com IVA', 'Fiabilidade'],
  },
};

let out = '';
const orders = new Map<Language, Order>();

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'bdc-languages-'));
  const reference = await loadReference('data/subsidiaries.yaml');
  const files = LANGUAGES.map((lang) => `data/orders/withdrawal-${lang}.yaml`);
  const result = await loadOrders(files, reference, AS_OF);
  expect(result.diagnostics).toEqual([]);
  for (const { order } of result.orders) orders.set(order.language, order);
  await withPdfPrinter({ asOf: AS_OF, env: process.env, handleSignals: false }, async (printer) => {
    const report = await renderOrderForms([...orders.values()], { outDir: out, formats: new Set(['html', 'pdf']), asOf: AS_OF, printer });
    expect(report.failures).toEqual([]);
    for (const order of orders.values()) {
      const assessment = assessRequestedWithdrawal(order);
      expect(assessment?.eligible).toBe(true);
      if (assessment !== undefined) await renderWithdrawalSummary(order, assessment, AS_OF, { outDir: out, formats: ['html', 'pdf'], printer });
    }
  });
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** The PDF's text, lower-cased (headings are upper-cased by the CSS), spaces collapsed. */
async function pdfText(file: string): Promise<string> {
  return squeeze((await pdfPages(join(out, file))).join('\n')).toLowerCase();
}

/** The PDF's text in reading order (not layout), lines joined: a sentence split over lines reads whole. */
async function pdfReadingText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(out, file), '-']);
  return stdout.replace(/\s+/g, ' ');
}

async function pdfLang(file: string): Promise<string> {
  const document = await PDFDocument.load(await readFile(join(out, file)), { updateMetadata: false });
  return document.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText();
}

/** French and English words of the dictionaries that the language's own dictionary and the order's data do not use. */
function leftoverWords(lang: Language, order: Order, law: string): string[] {
  const own = new Set([dictionaryFor(lang), order, law].flatMap(dictionaryWords));
  return [...new Set([dictionaryFor('fr'), dictionaryFor('en')].flatMap(dictionaryWords))].filter((word) => !own.has(word));
}

describe.each(LANGUAGES)('documents in %s', (lang) => {
  const expected = EXPECTED[lang];
  const formFile = `${expected.orderId}.pdf`;
  const summaryFile = `${expected.orderId}-withdrawal.pdf`;

  function orderOf(): Order {
    const order = orders.get(lang);
    if (order === undefined) throw new Error(`no shipped order in ${lang}`);
    return order;
  }

  it('is the subsidiary language of a shipped order', () => {
    expect(orderOf().subsidiary.language).toBe(lang);
  });

  it('declares the language in <html lang> and the PDF /Lang', async () => {
    for (const html of [`${expected.orderId}.html`, `${expected.orderId}-withdrawal.html`]) {
      expect(await readFile(join(out, html), 'utf8')).toContain(`<html lang="${lang}">`);
    }
    expect(await pdfLang(formFile)).toBe(lang);
    expect(await pdfLang(summaryFile)).toBe(lang);
  });

  it('prints the order form and the summary in the language, citing the country’s law', async () => {
    const law = orderOf().subsidiary.withdrawal?.legalReference;
    expect(law).toBeDefined();
    const form = await pdfText(formFile);
    const summary = await pdfText(summaryFile);
    for (const phrase of expected.form) expect(form).toContain(squeeze(phrase.toLowerCase()));
    for (const phrase of expected.summary) expect(summary).toContain(squeeze(phrase.toLowerCase()));
    for (const file of [formFile, summaryFile]) {
      const text = await pdfReadingText(file);
      expect(text, file).toContain(law);
      expect(text, file).not.toContain('Code de la consommation');
    }
  });

  it('leaves no French or English word of the dictionaries', async () => {
    const order = orderOf();
    const leftovers = leftoverWords(lang, order, order.subsidiary.withdrawal?.legalReference ?? '');
    expect(leftovers.length).toBeGreaterThan(100);
    for (const file of [formFile, summaryFile]) {
      const words = new Set(dictionaryWords(await pdfText(file)));
      expect(leftovers.filter((word) => words.has(word)), file).toEqual([]);
    }
  });
});
