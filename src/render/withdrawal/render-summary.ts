/**
 * Writes an order's withdrawal summary: `<outDir>/<orderId>-withdrawal.html` and `.pdf`, each
 * atomically, in the order's language (or `language`), printed by the shared PDF printer. The caller decides
 * whether the withdrawal is eligible (the CLI and `bdc build` write summaries only then):
 *
 *   const assessment = assessRequestedWithdrawal(order);
 *   if (assessment?.eligible === true) await renderWithdrawalSummary(order, assessment, asOf, { outDir, formats: ['html', 'pdf'], printer });
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import type { Order } from '../../domain/order.ts';
import { assessWithdrawal, type WithdrawalAssessment } from '../../domain/withdrawal/index.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import type { PdfPrinter } from '../pdf/printer.ts';
import { renderWithdrawalHtml } from './render-html.ts';
import { withdrawalSummaryView } from './view-model.ts';

export type SummaryFormat = 'html' | 'pdf';

export interface SummaryOutput {
  readonly outDir: string;
  readonly formats: readonly SummaryFormat[];
  /** Needed when `formats` holds "pdf". */
  readonly printer?: PdfPrinter;
  /** Overrides the order's language (`--lang`). */
  readonly language?: Language;
  /** Flush each file to disk (default true; src/io/atomic-write.ts). */
  readonly flush?: boolean;
}

/** `<orderId>-withdrawal.<extension>`. */
export function withdrawalFileName(orderId: number, format: SummaryFormat): string {
  return `${orderId}-withdrawal.${format}`;
}

/**
 * Renders and writes the summary; returns the paths written, in `formats` order. Every
 * document is rendered (and printed) before the first file is written, so a failed print
 * leaves no half of the pair behind.
 */
export async function renderWithdrawalSummary(
  order: Order,
  assessment: WithdrawalAssessment,
  now: Temporal.Instant,
  output: SummaryOutput,
): Promise<string[]> {
  const view = withdrawalSummaryView(order, assessment, now, output.language ?? order.language);
  const html = renderWithdrawalHtml(view);
  const documents: { path: string; data: string | Uint8Array }[] = [];
  for (const format of output.formats) {
    const path = join(output.outDir, withdrawalFileName(order.orderId, format));
    if (format === 'html') {
      documents.push({ path, data: html });
      continue;
    }
    if (output.printer === undefined) throw new Error('renderWithdrawalSummary: a printer is needed for the PDF');
    const pdf = await output.printer.print({ html, title: view.title, language: view.lang });
    documents.push({ path, data: pdf });
  }
  await mkdir(output.outDir, { recursive: true });
  for (const { path, data } of documents) await writeFileAtomic(path, data, { flush: output.flush ?? true });
  return documents.map(({ path }) => path);
}

/** The assessment of the order's own withdrawal request (`retraction.requestedAt`), if it has one. */
export function assessRequestedWithdrawal(order: Order): WithdrawalAssessment | undefined {
  const request = order.retraction?.requestedAt;
  return request === undefined ? undefined : assessWithdrawal(order, request.toInstant());
}
