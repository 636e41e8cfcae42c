import { PDFDocument } from 'pdf-lib';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { finalizePdf } from '../../../../src/render/pdf/finalize-pdf.ts';
import { chromiumTitle, patchChromiumPdf } from '../../../../src/render/pdf/patch-chromium-pdf.ts';
import { pdfDate, type PdfMetadata } from '../../../../src/render/pdf/pdf-metadata.ts';

const metadata: PdfMetadata = {
  title: 'Bon de commande 218764523',
  language: 'fr',
  date: Temporal.Instant.from('2026-03-05T12:00:00Z'),
  contentKey: '<html>…</html>',
};

/** A PDF laid out as Skia writes it (Info first, plain structure ids, classic xref and trailer). */
function skiaLikePdf(firstNodeId: number, secondNodeId = firstNodeId, title = '(Bon de commande 218764523)'): Uint8Array {
  const objects = [
    `<</Title ${title}\n/Creator (Mozilla/5.0 \\(X11\\) HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261126083402+00'00')\n/ModDate (D:20261126083402+00'00')>>`,
    `<</Type /Catalog\n/StructTreeRoot 3 0 R\n/Lang (fr)>>`,
    `<</Type /StructTreeRoot\n/K [4 0 R 5 0 R]>>`,
    `<</Type /StructElem\n/S /P\n/ID (node${String(firstNodeId + 10).padStart(8, '0')})>>`,
    `<</Type /StructElem\n/S /P\n/ID (node${String(secondNodeId).padStart(8, '0')})>>`,
  ];
  let text = '%PDF-1.4\n%\u00d3\u00eb\u00e9\u00e1\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

function xrefIsValid(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf).toString('latin1');
  const start = Number(/startxref\n(\d+)/.exec(text)?.[1]);
  const entries = text.slice(start).split('\n').slice(3, 8);
  return entries.every((entry, index) => text.startsWith(`${index + 1} 0 obj`, Number(entry.slice(0, 10))));
}

describe('patchChromiumPdf', () => {
  it('rewrites dates, creator and producer in place, keeping every offset', () => {
    const patched = patchChromiumPdf(skiaLikePdf(87), metadata);
    expect(patched).toBeDefined();
    const text = Buffer.from(patched ?? new Uint8Array()).toString('latin1');
    expect(text).toContain("/CreationDate (D:20260305120000+00'00')\n/ModDate (D:20260305120000+00'00')>>");
    expect(text).toMatch(/\/Creator \(bdc\) +\n\/Producer \(bdc\) +\n/);
    expect(text).not.toContain('Skia');
    expect(xrefIsValid(patched ?? new Uint8Array())).toBe(true);
  });

  it('numbers structure ids by rank and adds a content-derived /ID: tab history does not matter', () => {
    const early = patchChromiumPdf(skiaLikePdf(87), metadata);
    const late = patchChromiumPdf(skiaLikePdf(123456), metadata);
    expect(Buffer.from(late ?? []).equals(Buffer.from(early ?? [1]))).toBe(true);
    const text = Buffer.from(early ?? []).toString('latin1');
    expect(text).toContain('/ID (node00000002)>>\nendobj\n5 0 obj');
    expect(text).toMatch(/\/Info 1 0 R\n\/ID \[<([0-9A-F]{32})> <\1>\]>>\nstartxref/);
    const other = patchChromiumPdf(skiaLikePdf(87), { ...metadata, contentKey: 'other' });
    expect(Buffer.from(other ?? []).equals(Buffer.from(early ?? []))).toBe(false);
  });

  it('patches a PDF whose title Skia wrote in UTF-16 hex (a title beyond ASCII) in place too', () => {
    const title = 'Modulo d’ordine 218764523';
    expect(chromiumTitle(title)).toBe('<FEFF004D006F00640075006C006F002000642019006F007200640069006E00650020003200310038003700360034003500320033>');
    const patched = patchChromiumPdf(skiaLikePdf(87, 87, chromiumTitle(title)), { ...metadata, title });
    expect(patched).toBeDefined();
    const text = Buffer.from(patched ?? new Uint8Array()).toString('latin1');
    expect(text).toContain(`/Title ${chromiumTitle(title) ?? ''}\n`);
    expect(text).toMatch(/\/Creator \(bdc\) +\n\/Producer \(bdc\) +\n/);
    expect(xrefIsValid(patched ?? new Uint8Array())).toBe(true);
    // Another title than the one Chromium printed: left to the rewrite.
    expect(patchChromiumPdf(skiaLikePdf(87, 87, chromiumTitle(title)), { ...metadata, title: 'Modulo d’ordine 1' })).toBeUndefined();
    expect(chromiumTitle('Bon (1)')).toBeUndefined();
  });

  it('declines a PDF whose elements share an id (a header repeated on each page): the rewrite drops ids', async () => {
    const shared = skiaLikePdf(87, 97);
    expect(patchChromiumPdf(shared, metadata)).toBeUndefined();
    const finalized = await finalizePdf(shared, metadata);
    const again = await finalizePdf(skiaLikePdf(500, 510), metadata);
    expect(Buffer.from(again).equals(Buffer.from(finalized))).toBe(true);
    const reloaded = await PDFDocument.load(finalized, { updateMetadata: false });
    const ids = [...reloaded.context.enumerateIndirectObjects()].filter(([, object]) => object.toString().includes('/ID (node'));
    expect(ids).toEqual([]);
    expect(reloaded.getTitle()).toBe('Bon de commande 218764523');
  });

  it('declines a PDF it does not recognise; finalizePdf then rewrites it with pdf-lib', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    const foreign = await document.save();
    expect(patchChromiumPdf(foreign, metadata)).toBeUndefined();
    const finalized = await PDFDocument.load(await finalizePdf(foreign, metadata), { updateMetadata: false });
    expect(finalized.getTitle()).toBe('Bon de commande 218764523');
    expect(finalized.getProducer()).toBe('bdc');
    expect(finalized.getCreationDate()?.toISOString()).toBe('2026-03-05T12:00:00.000Z');
  });

  it('writes PDF dates in UTC', () => {
    expect(pdfDate(Temporal.Instant.from('2026-12-31T23:59:59.999Z'))).toBe("D:20261231235959+00'00'");
  });
});
