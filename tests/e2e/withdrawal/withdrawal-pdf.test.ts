/**
 * `bdc withdraw --out`: the summary printed by the shared printer, read back with
 * `pdftotext -layout`. Figures of eligible-fr.yaml and tnd-en.yaml are worked out in
 * tests/unit/cli/withdraw-text.test.ts and withdraw-json.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { memoryIo } from '../../../src/cli/io.ts';

const FIXTURES = 'tests/fixtures/withdrawal';
const ARGS = ['--reference', `${FIXTURES}/subsidiaries.yaml`, '--as-of', '2026-06-01T00:00:00Z'];

let root: string;

async function withdrawTo(fixture: string, folder: string): Promise<number> {
  return main(['withdraw', `${FIXTURES}/${fixture}`, ...ARGS, '--out', join(root, folder)], memoryIo({}));
}

/** The PDF's text with runs of spaces collapsed (layout columns vary with the font metrics). */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \u00a0\u202f]+/g, ' ');
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bdc-withdrawal-'));
  expect(await withdrawTo('eligible-fr.yaml', 'fr')).toBe(0);
  expect(await withdrawTo('eligible-fr.yaml', 'fr-again')).toBe(0);
  expect(await withdrawTo('tnd-en.yaml', 'en')).toBe(0);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('withdrawal summary PDF', () => {
  it('writes exactly the HTML and the PDF, nothing temporary', () => {
    expect(readdirSync(join(root, 'fr')).sort()).toEqual(['900000001-withdrawal.html', '900000001-withdrawal.pdf']);
  });

  it('prints the refund, its due date, the day counts and the legal note (fr)', () => {
    const text = pdfText(join(root, 'fr', '900000001-withdrawal.pdf'));
    expect(text).toMatch(/Montant payé TTC 24,58 €/);
    expect(text).toMatch(/Montant remboursé TTC 11,79 €/);
    expect(text).toMatch(/Remboursement au plus tard le 8 avril 2026/);
    expect(text).toContain('délai légal de remboursement à 14 jours');
    // VPS Comfort: 1 mois, 12,99 € HT, 31 days in the period, 8 consumed, 3,35 € deducted.
    expect(text).toMatch(/1 VPS Comfort 1 mois 12,99 € 31 8 3,35 €/);
    expect(text).toContain("L'annulation s'applique à l'ensemble des produits de la commande.");
    expect(text).toContain('Elle prend effet immédiatement.');
  });

  it('pre-fills the model form: addressee, ordered and received on, consumer, date (fr)', () => {
    const text = pdfText(join(root, 'fr', '900000001-withdrawal.pdf'));
    const form = text.slice(text.indexOf('Formulaire de rétractation'));
    expect(form).toContain('Annexe à l’article R221-1 du Code de la consommation');
    expect(form).toMatch(/À l’attention de\s+OVH SAS\s+2 rue Kellermann\s+59100 Roubaix\s+France\s+retractation@ovhcloud\.example/);
    expect(form).toContain('Je/Nous vous notifie/notifions par la présente ma/notre rétractation du contrat');
    expect(form).toMatch(/Commandé le Reçu le\s+2 mars 2026 2 mars 2026/);
    expect(form).toMatch(/Nom du \(des\) consommateur\(s\)\s+Dominique Martin/);
    expect(form).toMatch(/Adresse du \(des\) consommateur\(s\)\s+12 rue des Lilas\s+59100 Roubaix\s+France/);
    expect(form).toMatch(/Date\s+9 mars 2026/);
  });

  it('prints English and TND with three decimals', () => {
    const text = pdfText(join(root, 'en', '900000010-withdrawal.pdf'));
    expect(text).toMatch(/Amount refunded incl\. VAT TND 140\.050/);
    expect(text).toMatch(/Refund due by 9 June 2026/);
    expect(text).toContain('I/We hereby give notice that I/We withdraw from my/our contract');
    expect(text).toMatch(/To\s+OVH Tunisie SARL\s+Rue du Lac Windermere\s+1053 Tunis\s+Tunisia/);
    expect(text).toMatch(/Ordered on Received on\s+4 May 2026 4 May 2026/);
    expect(text).toMatch(/Name of consumer\(s\)\s+Sami Ben Ali/);
  });

  it('is tagged, titled, in the order language, and byte-identical from run to run', async () => {
    const bytes = readFileSync(join(root, 'fr', '900000001-withdrawal.pdf'));
    expect(bytes.equals(readFileSync(join(root, 'fr-again', '900000001-withdrawal.pdf')))).toBe(true);
    expect(
      readFileSync(join(root, 'fr', '900000001-withdrawal.html')).equals(
        readFileSync(join(root, 'fr-again', '900000001-withdrawal.html')),
      ),
    ).toBe(true);
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(document.getTitle()).toBe('Rétractation de la commande 900000001');
    expect(document.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(fr)');
    expect(document.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(document.getPageCount()).toBe(2);
  });

  it('writes nothing for a withdrawal that is not eligible', async () => {
    expect(await withdrawTo('company.yaml', 'company')).toBe(1);
    expect(() => readdirSync(join(root, 'company'))).toThrow();
  });
});
