/** Chromium's page.pdf options for the forms: A4 from the CSS, tagged, page numbers in the footer. */
import type { PDFOptions } from 'puppeteer-core';

export interface PrintJob {
  /** The complete, self-contained HTML document. */
  readonly html: string;
  /** The PDF's title, also printed in the footer. */
  readonly title: string;
  /** BCP 47 language of the document. */
  readonly language: string;
  /**
   * "page" in a footer "page 2 / 3" drawn by Chromium (footer template). Absent: the document
   * draws its own footer with CSS page-margin boxes (faster, and in the page's font).
   */
  readonly pageWord?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The footer Chromium draws in the bottom margin of each page: title left, "page N / M" right. */
export function footerTemplate(job: PrintJob & { readonly pageWord: string }): string {
  return (
    `<div style="width:100%;margin:0 14mm;display:flex;justify-content:space-between;` +
    `font-family:'Noto Sans',sans-serif;font-size:7pt;color:#5b6573;">` +
    `<span>${escapeHtml(job.title)}</span>` +
    `<span>${escapeHtml(job.pageWord)} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
  );
}

export function pdfOptions(job: PrintJob, timeout: number): PDFOptions {
  const pageWord = job.pageWord;
  const footer =
    pageWord === undefined
      ? { displayHeaderFooter: false }
      : { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footerTemplate({ ...job, pageWord }) };
  return {
    printBackground: true,
    preferCSSPageSize: true,
    ...footer,
    tagged: true,
    outline: false,
    waitForFonts: true,
    timeout,
  };
}
