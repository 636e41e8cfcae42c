/** What `finalizePdf` writes into a PDF, and the reproducible values derived from it. */
import { createHash } from 'node:crypto';
import type { Temporal } from 'temporal-polyfill';

export interface PdfMetadata {
  readonly title: string;
  /** BCP 47 language of the document: fr, en. */
  readonly language: string;
  /** The run's as-of instant: both CreationDate and ModDate. */
  readonly date: Temporal.Instant;
  /** What determines the document's content (its HTML): hashed into the document /ID. */
  readonly contentKey: string;
}

export const PRODUCER = 'bdc';

/** The document /ID: 32 hex digits hashed from the content, title and date, never random. */
export function documentId(metadata: PdfMetadata): string {
  return createHash('sha256')
    .update(metadata.contentKey)
    .update('\0')
    .update(metadata.title)
    .update('\0')
    .update(metadata.date.toString())
    .digest('hex')
    .slice(0, 32)
    .toUpperCase();
}

/** A PDF date in UTC, as Chromium writes them: D:20260305120000+00'00'. */
export function pdfDate(instant: Temporal.Instant): string {
  const iso = instant.toString({ smallestUnit: 'second' }); // 2026-03-05T12:00:00Z
  return `D:${iso.slice(0, 19).replace(/[-:T]/g, '')}+00'00'`;
}
