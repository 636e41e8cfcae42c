/**
 * Renders order forms to `<outDir>/<orderId>.html` and `.pdf`, every file written atomically.
 * Documents stream through a bounded window so the printer's tabs stay busy without holding
 * every form in memory; one document's failure is reported and the others go on.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../domain/enums.ts';
import type { Order } from '../domain/order.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { orderFormDocument } from './order-form/document.ts';
import type { PdfPrinter } from './pdf/printer.ts';

export const RENDER_FORMATS = ['html', 'pdf'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
  readonly outDir: string;
  readonly formats: ReadonlySet<RenderFormat>;
  readonly asOf: Temporal.Instant;
  /** Overrides each order's language. */
  readonly language?: Language;
  /** Required when `formats` has pdf. */
  readonly printer?: PdfPrinter;
  /** Documents in flight at once (default 8). */
  readonly window?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Flush each file to disk (default true; src/io/atomic-write.ts). */
  readonly flush?: boolean;
}

export interface RenderFailure {
  readonly orderId: number;
  readonly error: unknown;
}

export interface RenderReport {
  /** Files written, in order. */
  readonly written: string[];
  readonly failures: RenderFailure[];
}

export async function renderOrderForms(orders: readonly Order[], options: RenderOptions): Promise<RenderReport> {
  const wantsPdf = options.formats.has('pdf');
  const printer = options.printer;
  // No order to print (all invalid, or another shard's) needs no printer.
  if (wantsPdf && printer === undefined && orders.length > 0) throw new Error('renderOrderForms: pdf asked for without a printer');
  await mkdir(options.outDir, { recursive: true });
  const written = new Map<number, string[]>();
  const failures: RenderFailure[] = [];
  let done = 0;

  const renderOne = async (order: Order, index: number): Promise<void> => {
    const files: string[] = [];
    try {
      const document = orderFormDocument(order, options.asOf, options.language);
      if (options.formats.has('html')) {
        const file = join(options.outDir, `${order.orderId}.html`);
        await writeFileAtomic(file, document.html, { flush: options.flush ?? true });
        files.push(file);
      }
      if (wantsPdf && printer !== undefined) {
        const file = join(options.outDir, `${order.orderId}.pdf`);
        await writeFileAtomic(file, await printer.print(document.job), { flush: options.flush ?? true });
        files.push(file);
      }
    } catch (error) {
      failures.push({ orderId: order.orderId, error });
    } finally {
      written.set(index, files);
      done += 1;
      options.onProgress?.(done, orders.length);
    }
  };

  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < orders.length) {
      const index = next;
      next += 1;
      const order = orders[index];
      if (order !== undefined) await renderOne(order, index);
    }
  };
  const window = Math.max(1, options.window ?? 8);
  await Promise.all(Array.from({ length: Math.min(window, orders.length) }, worker));
  failures.sort((a, b) => a.orderId - b.orderId);
  return { written: [...written.entries()].sort(([a], [b]) => a - b).flatMap(([, files]) => files), failures };
}
