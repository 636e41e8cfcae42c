/**
 * The layout holds in every language (tests/fixtures/layout/huge-amounts.yaml: 99,999,999.99 × 7,
 * 5,291 × 99,999,999.99, German compounds, an 18-month period). Read back with pdftotext: the
 * column headers ("Durée", "Laufzeit") and every amount come out whole, never split inside a
 * word or a digit group. Figures are worked out in the fixture's comment; the deductions:
 * 699,999,999.93 × 8/549 = 10,200,364.2975 → 10,200,364.30; 529,099,999,947.09 × 8/31 =
 * 136,541,935,470.2184 → 136,541,935,470.22; TTC × 1.2 = 163,850,322,564.264 → 163,850,322,564.26;
 * refund 634,919,999,936.51 − 163,850,322,564.26 = 471,069,677,372.25.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/domain/enums.ts';
import { loadOrders } from '../../../src/input/load-orders.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { withPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { renderOrderForms } from '../../../src/render/render-orders.ts';
import { assessRequestedWithdrawal, renderWithdrawalSummary } from '../../../src/render/withdrawal/render-summary.ts';
import { pdfPages, squeeze } from '../render/poppler.ts';

const AS_OF = Temporal.Instant.from('2026-03-05T12:00:00Z');
const ORDER_ID = 999000001;
let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'bdc-layout-'));
  const reference = await loadReference('data/subsidiaries.yaml');
  const result = await loadOrders(['tests/fixtures/layout/huge-amounts.yaml'], reference, AS_OF);
  const order = result.orders[0]?.order;
  if (order === undefined) throw new Error(`layout fixture invalid: ${JSON.stringify(result.diagnostics)}`);
  const assessment = assessRequestedWithdrawal(order);
  if (assessment?.eligible !== true) throw new Error('layout fixture: the withdrawal should be eligible');
  await withPdfPrinter({ asOf: AS_OF, env: process.env, handleSignals: false }, async (printer) => {
    for (const language of ['fr', 'de'] satisfies Language[]) {
      const outDir = join(out, language);
      const report = await renderOrderForms([order], { outDir, formats: new Set(['pdf']), asOf: AS_OF, printer, language });
      expect(report.failures).toEqual([]);
      await renderWithdrawalSummary(order, assessment, AS_OF, { outDir, formats: ['pdf'], printer, language });
    }
  });
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function text(language: Language, file: string): Promise<string> {
  return squeeze((await pdfPages(join(out, language, file))).join('\n'));
}

describe('layout with long words and long amounts', () => {
  it('fr order form: "Durée" whole, amounts whole, VAT base on one line with its amount', async () => {
    const page = await text('fr', `${ORDER_ID}.pdf`);
    expect(page).toMatch(/# Description Durée Qté Prix unitaire HT Total HT/);
    for (const amount of ['99 999 999,99 €', '699 999 999,93 €', '529 099 999 947,09 €', '-699 999 999,93 €']) expect(page).toContain(amount);
    expect(page).toContain('Total HT 529 099 999 947,09 €');
    expect(page).toContain('TVA 20 % sur 529 099 999 947,09 € 105 819 999 989,42 €');
    expect(page).toContain('Total TTC 634 919 999 936,51 €');
  });

  it('de order form: "Laufzeit" and the period words whole, amounts whole', async () => {
    const page = await text('de', `${ORDER_ID}.pdf`);
    expect(page).toMatch(/# Beschreibung Laufzeit Menge Einzelpreis netto Gesamt netto/);
    expect(page).toMatch(/\bMonate\b/);
    expect(page).toMatch(/\b1 Monat\b/);
    for (const amount of ['99.999.999,99 €', '699.999.999,93 €', '529.099.999.947,09 €', '-699.999.999,93 €']) expect(page).toContain(amount);
    expect(page).toContain('MwSt. 20 % auf 529.099.999.947,09 € 105.819.999.989,42 €');
    expect(page).toContain('Gesamtbetrag brutto 634.919.999.936,51 €');
  });

  it('de withdrawal summary: headers and amounts whole, the refund worked out by hand', async () => {
    const page = await text('de', `${ORDER_ID}-withdrawal.pdf`);
    for (const word of ['Laufzeit', 'Zeitraum', 'Genutzte', 'Abzug netto']) expect(page).toContain(word);
    // The description column keeps its width: the words of a description come out whole in the
    // table (the model form, after it, lists the services again).
    const table = page.slice(0, page.indexOf('Muster-Widerrufsformular'));
    for (const word of ['Objektspeicher', 'georedundanter', 'Datensicherungsreplikation']) expect(table).toMatch(new RegExp(`\\b${word}\\b`));
    expect(page).toContain('699.999.999,93 € 549 8 10.200.364,30 €');
    expect(page).toContain('529.099.999.947,09 € 31 8 136.541.935.470,22 €');
    expect(page).toContain('Abzug für genutzte Tage brutto 163.850.322.564,26 €');
    expect(page).toContain('Erstattungsbetrag brutto 471.069.677.372,25 €');
  });

  it('fr withdrawal summary: "Durée" whole and the refund in one piece', async () => {
    const page = await text('fr', `${ORDER_ID}-withdrawal.pdf`);
    expect(page).toMatch(/Service Durée Total HT/);
    expect(page).toContain('Montant remboursé TTC 471 069 677 372,25 €');
  });
});
