/**
 * Makes Chromium's PDF reproducible and describes it: the dates Chromium stamps become the
 * as-of instant, the document ID a hash of what was printed, no structure ids (they depend on
 * the tab's history), and the Info dictionary gets a title, a language, and "bdc" as producer
 * and creator. Fast path: patch Chromium's bytes in place; otherwise rewrite with pdf-lib.
 */
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { patchChromiumPdf } from './patch-chromium-pdf.ts';
import { documentId, PRODUCER, type PdfMetadata } from './pdf-metadata.ts';
import { dropStructureIds } from './drop-structure-ids.ts';

export type { PdfMetadata } from './pdf-metadata.ts';

export async function finalizePdf(raw: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  return patchChromiumPdf(raw, metadata) ?? rewritePdf(raw, metadata);
}

/** The general path, for any PDF: parse and save again with pdf-lib. */
export async function rewritePdf(raw: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(raw, { updateMetadata: false });
  const date = new Date(metadata.date.epochMilliseconds);
  dropStructureIds(document);
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setLanguage(metadata.language);
  document.setProducer(PRODUCER);
  document.setCreator(PRODUCER);
  document.setCreationDate(date);
  document.setModificationDate(date);
  const id = PDFHexString.of(documentId(metadata));
  document.context.trailerInfo.ID = document.context.obj([id, id]);
  return document.save({ useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false });
}
