import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/render.ts';
import { ORDER_IDS, REFERENCE_FILE, RENDER_FIXTURES } from '../../unit/render/fixture-orders.ts';
import { pdfInfo, pdfPages, squeeze } from './poppler.ts';

let out = '';
let exitCode = -1;
const io = memoryIo({}, RENDER_FIXTURES);

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'bdc-render-e2e-'));
  exitCode = await run(['orders', '--out', out, '--reference', REFERENCE_FILE, '--as-of', '2026-03-05T12:00:00Z'], io);
});

async function text(orderId: number): Promise<string> {
  return squeeze((await pdfPages(join(out, `${orderId}.pdf`))).join('\n'));
}

describe('bdc render prints real PDFs', () => {
  it('writes an HTML and a PDF per order and exits 0', async () => {
    expect(exitCode).toBe(0);
    expect((await readdir(out)).sort()).toEqual(
      ['218764523', '300000101', '400000202', '500000065'].flatMap((id) => [`${id}.html`, `${id}.pdf`]),
    );
    expect(io.stderr.at(-1)).toBe(`bdc render: 4 of 4 order forms written to ${out}`);
  });

  it('EUR: number, lines, and 1257.83 HT + 251.57 VAT (20 % of 1257.83 = 251.566) = 1509.40 TTC', async () => {
    const page = await text(ORDER_IDS.eur);
    expect(page).toContain('Bon de commande 218764523');
    for (const description of [
      'VPS Comfort',
      'Remise de bienvenue -50 % le premier mois',
      'Nom de domaine martin-écologie.fr',
      "Serveur dédié Advance-1 (frais d'installation)",
    ]) {
      expect(page).toContain(description);
    }
    expect(page).toMatch(/Total HT 1 257,83 €/);
    expect(page).toMatch(/TVA 20 % sur 1 257,83 € 251,57 €/);
    expect(page).toMatch(/Total TTC 1 509,40 €/);
    expect(page).toContain('2 mars 2026 à 10:15');
    expect(page).toContain('page 1 / 1');
  });

  it('TND, 3 decimals: 3 × 10.250 + 7.125 = 37.875 HT; 19 % = 7.19625 → 7.196; TTC 45.071', async () => {
    const page = await text(ORDER_IDS.tnd);
    expect(page).toContain('300000101');
    expect(page).toContain('VPS Starter');
    expect(page).toContain('Licence Windows Server');
    expect(page).toMatch(/30,750 TND/);
    expect(page).toMatch(/Total HT 37,875 TND/);
    expect(page).toMatch(/TVA 19 % sur 37,875 TND 7,196 TND/);
    expect(page).toMatch(/Total TTC 45,071 TND/);
  });

  it('XOF, no decimals: 4500 + 7999 - 1000 = 11499 HT; 18 % = 2069.82 → 2070; TTC 13569', async () => {
    const page = await text(ORDER_IDS.xof);
    expect(page).toContain('400000202');
    for (const description of ['Hébergement Web Pro', 'Nom de domaine diop-boutique.sn', 'Bon de réduction partenaire']) {
      expect(page).toContain(description);
    }
    expect(page).toMatch(/Total HT 11 499 F CFA/);
    expect(page).toMatch(/TVA 18 % sur 11 499 F CFA 2 070 F CFA/);
    expect(page).toMatch(/Total TTC 13 569 F CFA/);
  });

  it('65 lines: 4 A4 pages, numbered "page N / 4", the table header repeated on each', async () => {
    const file = join(out, `${ORDER_IDS.long}.pdf`);
    const info = await pdfInfo(file);
    expect(info['Pages']).toBe('4');
    expect(info['Page size']).toMatch(/^594\.96 x 841\.92 pts \(A4\)/);
    const pages = (await pdfPages(file)).map(squeeze);
    expect(pages).toHaveLength(4);
    pages.forEach((page, index) => {
      expect(page).toContain(`Order form 500000065 page ${index + 1} / 4`);
      expect(page).toMatch(/# Description Period Qty Unit price excl\. VAT Total excl\. VAT/);
    });
    const all = pages.join('\n');
    for (let line = 1; line <= 65; line += 1) {
      expect(all).toContain(`Public Cloud instance b3-8 #${String(line).padStart(2, '0')}`);
    }
    // 1 + 2 + … + 65 = 2145.00; VAT 20 % = 429.00; TTC 2574.00
    expect(pages[3]).toMatch(/Total excl\. VAT £2,145\.00/);
    expect(pages[3]).toMatch(/VAT 20% on £2,145\.00 £429\.00/);
    expect(pages[3]).toMatch(/Total incl\. VAT £2,574\.00/);
  });

  it('describes the PDF: title, language, producer, as-of dates, tagged, fonts embedded', async () => {
    const info = await pdfInfo(join(out, `${ORDER_IDS.eur}.pdf`));
    expect(info).toMatchObject({
      Title: 'Bon de commande 218764523',
      Producer: 'bdc',
      Creator: 'bdc',
      Tagged: 'yes',
      CreationDate: 'Thu Mar  5 12:00:00 2026 UTC',
      ModDate: 'Thu Mar  5 12:00:00 2026 UTC',
    });
    const document = await PDFDocument.load(await readFile(join(out, `${ORDER_IDS.eur}.pdf`)), { updateMetadata: false });
    expect(document.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr');
    expect(document.catalog.has(PDFName.of('StructTreeRoot'))).toBe(true);
  });
});
