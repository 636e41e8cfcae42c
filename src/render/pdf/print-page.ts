/**
 * Prints a tab's document with one DevTools call: Page.printToPDF answering with the PDF inline
 * (base64). page.pdf() asks for a stream and reads it back (two reads and a close: three more
 * round trips per form, each waking the browser process), after a fourth call that waits for
 * the fonts, which loadDocument already did. The parameters are exactly those page.pdf() sends
 * for pdfOptions(job) (same bytes, tested against it).
 */
import type { CDPSession } from 'puppeteer-core';
import { pdfOptions, type PrintJob } from './print-options.ts';

/** Puppeteer's defaults for what pdfOptions leaves unset: US Letter (overridden by the CSS page size), no margins. */
const PAPER = { paperWidth: 8.5, paperHeight: 11, marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0 } as const;

export async function printPage(session: CDPSession, job: PrintJob, timeout: number): Promise<Uint8Array> {
  const options = pdfOptions(job, timeout);
  const { data } = await session.send('Page.printToPDF', {
    transferMode: 'ReturnAsBase64',
    landscape: false,
    displayHeaderFooter: options.displayHeaderFooter ?? false,
    headerTemplate: options.headerTemplate ?? '',
    footerTemplate: options.footerTemplate ?? '',
    printBackground: options.printBackground ?? false,
    scale: 1,
    ...PAPER,
    pageRanges: '',
    preferCSSPageSize: options.preferCSSPageSize ?? false,
    generateTaggedPDF: options.tagged ?? true,
    generateDocumentOutline: options.outline ?? false,
  });
  return Buffer.from(data, 'base64');
}
