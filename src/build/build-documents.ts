/**
 * The documents of a build: every order's form (HTML, PDF) and, for each order whose own
 * withdrawal request is eligible, its withdrawal summary, all in `<outDir>/`.
 */
import type { Temporal } from 'temporal-polyfill';
import type { Order } from '../domain/order.ts';
import type { PdfPrinter } from '../render/pdf/printer.ts';
import { renderOrderForms, RENDER_FORMATS, type RenderFailure } from '../render/render-orders.ts';
import { assessRequestedWithdrawal, renderWithdrawalSummary } from '../render/withdrawal/render-summary.ts';

export interface DocumentsOptions {
  readonly outDir: string;
  readonly asOf: Temporal.Instant;
  readonly printer: PdfPrinter;
  readonly window?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DocumentsReport {
  readonly forms: number;
  readonly summaries: number;
  readonly failures: readonly RenderFailure[];
}

export async function buildDocuments(orders: readonly Order[], options: DocumentsOptions): Promise<DocumentsReport> {
  const forms = await renderOrderForms(orders, {
    outDir: options.outDir,
    formats: new Set(RENDER_FORMATS),
    asOf: options.asOf,
    printer: options.printer,
    ...(options.window === undefined ? {} : { window: options.window }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
  });
  const failures = [...forms.failures];
  let summaries = 0;
  const eligible = orders.flatMap((order) => {
    const assessment = assessRequestedWithdrawal(order);
    return assessment?.eligible === true ? [{ order, assessment }] : [];
  });
  await Promise.all(
    eligible.map(async ({ order, assessment }) => {
      try {
        await renderWithdrawalSummary(order, assessment, options.asOf, {
          outDir: options.outDir,
          formats: ['html', 'pdf'],
          printer: options.printer,
        });
        summaries += 1;
      } catch (error) {
        failures.push({ orderId: order.orderId, error });
      }
    }),
  );
  failures.sort((a, b) => a.orderId - b.orderId);
  return { forms: orders.length - forms.failures.length, summaries, failures };
}
