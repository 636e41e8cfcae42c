/** One order's form, ready to write and print: its HTML and the print job for the PDF. */
import type { Temporal } from 'temporal-polyfill';
import type { Language } from '../../domain/enums.ts';
import type { Order } from '../../domain/order.ts';
import { computeTotals } from '../../domain/totals.ts';
import type { PrintJob } from '../pdf/print-options.ts';
import { renderOrderFormHtml } from './render-html.ts';
import { orderFormView } from './view-model.ts';

export interface OrderFormDocument {
  readonly orderId: number;
  readonly html: string;
  readonly job: PrintJob;
}

/** The form in `language`, else the order's own language. */
export function orderFormDocument(order: Order, asOf: Temporal.Instant, language?: Language): OrderFormDocument {
  const view = orderFormView(order, computeTotals(order), asOf, language ?? order.language);
  const html = renderOrderFormHtml(view);
  return { orderId: order.orderId, html, job: { html, title: view.title, language: view.lang } };
}
