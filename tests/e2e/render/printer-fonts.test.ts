/**
 * Symbols and emoji in an order print with the package's fonts only: the PDF embeds Noto Sans,
 * a Noto symbol font and Noto Emoji, never a font of the machine (DejaVu, Liberation…), and
 * the same input gives the same bytes. The browser is found as the product finds it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { orderFormDocument } from '../../../src/render/order-form/document.ts';
import { withPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { AS_OF, fixtureOrder, ORDER_IDS } from '../../unit/render/fixture-orders.ts';
import { pdfPages, squeeze } from './poppler.ts';

const run = promisify(execFile);

/** The fonts `pdffonts` lists, without their subset prefix (`ABCDEF+`). */
async function embeddedFonts(file: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => (line.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
}

const SHIPPED = new Set(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansSymbols2-Regular', 'NotoSansSymbols-Regular', 'NotoSansMath-Regular', 'NotoEmoji-Regular']);

describe('the fonts of a printed order', () => {
  it('are only the shipped Noto fonts, for ✓, →, €, ★ and emoji too, and the bytes are reproducible', async () => {
    const order = await fixtureOrder(ORDER_IDS.eur);
    const [first, ...rest] = order.details;
    if (first === undefined) throw new Error('the fixture has no line');
    const symbols = { ...order, details: [{ ...first, description: 'Sauvegarde ✓ → 5 € ★ ∑ 🚀 😀' }, ...rest] };
    const { job } = orderFormDocument(symbols, AS_OF);
    const [pdf, again] = await withPdfPrinter({ asOf: AS_OF, handleSignals: false }, (printer) => Promise.all([printer.print(job), printer.print(job)]));
    expect(Buffer.from(pdf).equals(Buffer.from(again))).toBe(true);
    const file = join(await mkdtemp(join(tmpdir(), 'bdc-printer-fonts-')), 'form.pdf');
    await writeFile(file, pdf);

    const fonts = await embeddedFonts(file);
    expect(fonts.filter((font) => !SHIPPED.has(font))).toEqual([]);
    expect(fonts, fonts.join(' ')).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoEmoji-Regular']));
    // ✓, ★, ∑ come from a shipped symbol font (which one is the CSS list's and the fonts' business).
    expect(fonts.some((font) => /^NotoSans(Symbols2?|Math)-Regular$/.test(font)), fonts.join(' ')).toBe(true);
    expect(squeeze((await pdfPages(file)).join('\n'))).toContain('Sauvegarde ✓ → 5 € ★ ∑ 🚀 😀');
  });
});
