/** Writes a synthetic order as one YAML document in the fixture format of CONTRACT.md. */
import type { Temporal } from 'temporal-polyfill';
import type { CustomerType, DetailType, PaymentMean } from '../../src/domain/enums.ts';
import type { MadeUpCustomer } from './people.ts';
import type { Timeline } from './timeline.ts';

export interface SyntheticLine {
  readonly description: string;
  readonly detailType: DetailType;
  readonly domain?: string;
  readonly quantity: number;
  readonly unitPrice: string;
  readonly duration?: string;
  readonly excluded: boolean;
}

export interface SyntheticOrder {
  readonly orderId: number;
  readonly subsidiary: string;
  readonly date: Temporal.ZonedDateTime;
  readonly expirationDate?: Temporal.ZonedDateTime;
  readonly customerType: CustomerType;
  readonly customer: MadeUpCustomer;
  readonly country: string;
  readonly billingEmail?: string;
  readonly defaultMean?: { readonly mean: PaymentMean; readonly label: string };
  readonly available?: readonly PaymentMean[];
  readonly autoRenew: boolean;
  readonly lines: readonly SyntheticLine[];
  readonly timeline: Timeline;
}

const PLAIN = /^[\p{L}][\p{L}\p{N} .@+\-/'()—×%,]*$/u;

/** A YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
export function scalar(text: string): string {
  return PLAIN.test(text) && !text.endsWith(' ') && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(text) ? text : JSON.stringify(text);
}

function instant(at: Temporal.ZonedDateTime): string {
  return at.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

function lineText(line: SyntheticLine): string {
  let text = `  - description: ${scalar(line.description)}\n    detailType: ${line.detailType}\n`;
  if (line.domain !== undefined) text += `    domain: ${scalar(line.domain)}\n`;
  text += `    quantity: ${line.quantity}\n    unitPrice: "${line.unitPrice}"\n`;
  if (line.duration !== undefined) text += `    duration: ${line.duration}\n`;
  if (line.excluded) text += '    withdrawalExcluded: true\n';
  return text;
}

export function orderText(order: SyntheticOrder): string {
  const { customer, timeline } = order;
  const parts: string[] = [
    `orderId: ${order.orderId}\nsubsidiary: ${order.subsidiary}\ndate: ${instant(order.date)}\n`,
    order.expirationDate === undefined ? '' : `expirationDate: ${instant(order.expirationDate)}\n`,
    `customer:\n  nichandle: ${customer.nichandle}\n  type: ${order.customerType}\n  name: ${scalar(customer.name)}\n  email: ${scalar(customer.email)}\n`,
    `  address:\n    street: ${scalar(customer.street)}\n    postalCode: ${scalar(customer.postalCode)}\n    city: ${scalar(customer.city)}\n    country: ${order.country}\n`,
  ];
  if (order.billingEmail !== undefined) {
    parts.push(`billingContact:\n  nichandle: ${customer.nichandle}\n  name: ${scalar(customer.name)}\n  email: ${scalar(order.billingEmail)}\n`);
  }
  if (order.defaultMean !== undefined || order.available !== undefined) {
    parts.push('payment:\n');
    if (order.defaultMean !== undefined) parts.push(`  default:\n    mean: ${order.defaultMean.mean}\n    label: ${scalar(order.defaultMean.label)}\n`);
    if (order.available !== undefined) parts.push(`  available: [${order.available.join(', ')}]\n`);
  }
  if (order.autoRenew) parts.push('autoRenew: true\n');
  parts.push('details:\n', ...order.lines.map(lineText), 'history:\n');
  for (const entry of timeline.history) {
    parts.push(`  - { status: ${entry.status}, at: ${instant(entry.at)}${entry.event === undefined ? '' : `, event: ${entry.event}`} }\n`);
  }
  const { retraction } = timeline;
  if (retraction !== undefined) {
    parts.push(`retraction:\n  requestedAt: ${instant(retraction.requestedAt)}\n  reason: ${retraction.reason}\n`);
    if (retraction.comment !== undefined) parts.push(`  comment: ${scalar(retraction.comment)}\n`);
    parts.push('  confirmed: true\n');
  }
  return parts.join('');
}
