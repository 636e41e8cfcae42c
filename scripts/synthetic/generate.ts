/**
 * Synthetic, valid orders for benchmarks and tests: the same seed gives the same texts.
 * Pure: no file system, no clock. Order i only depends on (seed, i), so a smaller corpus is a
 * prefix of a larger one.
 */
import { Temporal } from 'temporal-polyfill';
import type { CustomerType, PaymentMean } from '../../src/domain/enums.ts';
import type { Subsidiary } from '../../src/domain/subsidiary.ts';
import { buildLines } from './lines.ts';
import { orderText, type SyntheticOrder } from './order-text.ts';
import { makeCustomer, topLevelDomain } from './people.ts';
import { mulberry32, type Random } from './prng.ts';
import { buildTimeline, type SyntheticStatus } from './timeline.ts';

/** First orderId of a synthetic corpus (outside the 2187xxxxx range of data/orders). */
export const FIRST_SYNTHETIC_ORDER_ID = 218_800_000;

const SUBSIDIARY_WEIGHT: Readonly<Record<string, number>> = { FR: 6, DE: 2, GB: 2, ES: 1.5, IT: 1.5, PL: 1, NL: 1, CA: 1 };
const STATUS_WEIGHTS = { notPaid: 12, checking: 4, documentsRequested: 3, delivering: 5, delivered: 62, cancelling: 3, cancelled: 11 } as const;
const TYPE_WEIGHTS = { individual: 55, corporation: 30, association: 6, administration: 4, other: 5 } as const;
const FIRST_DAY = Temporal.PlainDate.from('2026-01-05');

const LABELS: Partial<Readonly<Record<PaymentMean, (random: Random) => string>>> = {
  creditCard: (random) => `${random.pick(['Visa', 'Mastercard', 'Amex'])} •••• ${random.int(1000, 9999)}`,
  bankAccount: (random) => `SEPA •••• ${random.int(1000, 9999)}`,
  paypal: () => 'PayPal',
  deferredPaymentAccount: () => 'Deferred payment account (30 days)',
};

function orderSeed(seed: number, index: number): number {
  let hash = (seed ^ 0x9e3779b9) >>> 0;
  hash = Math.imul(hash ^ index, 0x85ebca6b) >>> 0;
  return Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
}

function pickSubsidiary(random: Random, subsidiaries: readonly Subsidiary[]): Subsidiary {
  const weights: Record<string, number> = {};
  for (const subsidiary of subsidiaries) weights[subsidiary.code] = SUBSIDIARY_WEIGHT[subsidiary.code] ?? 0.5;
  const code = random.weighted(weights);
  return subsidiaries.find((subsidiary) => subsidiary.code === code) ?? random.pick(subsidiaries);
}

function startDate(random: Random, timeZone: string): Temporal.ZonedDateTime {
  const day = FIRST_DAY.add({ days: random.int(0, 280) });
  const plainTime = new Temporal.PlainTime(random.int(7, 22), random.int(0, 59), random.int(0, 59));
  return day.toZonedDateTime({ timeZone, plainTime });
}

function expiration(random: Random, status: SyntheticStatus, date: Temporal.ZonedDateTime): Temporal.ZonedDateTime | undefined {
  const endOf = (days: number): Temporal.ZonedDateTime =>
    date.toPlainDate().add({ days }).toZonedDateTime({ timeZone: date.timeZoneId, plainTime: new Temporal.PlainTime(23, 59, 59) });
  const roll = random.next();
  if (status === 'notPaid') return roll < 0.8 ? endOf(365) : undefined;
  if (roll < 0.4) return endOf(14);
  return roll < 0.7 ? endOf(365) : undefined;
}

function buildOrder(index: number, seed: number, subsidiaries: readonly Subsidiary[]): SyntheticOrder {
  const random = mulberry32(orderSeed(seed, index));
  const subsidiary = pickSubsidiary(random, subsidiaries);
  let status: SyntheticStatus = random.weighted(STATUS_WEIGHTS);
  let customerType: CustomerType = random.weighted(TYPE_WEIGHTS);
  if (status === 'cancelled' || status === 'cancelling') {
    customerType = 'individual';
    if (subsidiary.withdrawal === undefined) status = 'delivered';
  }
  const withRequest = status === 'cancelled' || status === 'cancelling' || (status === 'delivered' && random.chance(0.08));
  const country = subsidiary.seller.address.country;
  const customer = makeCustomer(random, country, customerType);
  const date = startDate(random, subsidiary.timeZone);
  const allowed = subsidiary.paymentMeans[customerType];
  const defaultMean = allowed.length > 0 && random.chance(0.55) ? random.pick(allowed) : undefined;
  const available = random.chance(0.5) ? allowed.filter((mean) => mean === defaultMean || random.chance(0.6)) : undefined;
  const expirationDate = expiration(random, status, date);
  const billing = random.chance(0.7);
  return {
    orderId: FIRST_SYNTHETIC_ORDER_ID + index,
    subsidiary: subsidiary.code,
    date,
    ...(expirationDate === undefined ? {} : { expirationDate }),
    customerType,
    customer,
    country,
    ...(billing ? { billingEmail: customer.email.replace(/^[^@]*/, 'billing') } : {}),
    ...(defaultMean === undefined ? {} : { defaultMean: { mean: defaultMean, label: (LABELS[defaultMean] ?? (() => defaultMean))(random) } }),
    ...(available === undefined || available.length === 0 ? {} : { available }),
    autoRenew: defaultMean !== undefined && random.chance(0.6),
    lines: buildLines({ random, currency: subsidiary.currency, language: subsidiary.language, customer, tld: topLevelDomain(country), start: date.toPlainDate() }),
    timeline: buildTimeline(random, status, date, subsidiary.holidayCalendar, withRequest),
  };
}

/** `count` orders as YAML documents (without the `---` separators), spread over `subsidiaries`. */
export function generateOrders(count: number, seed: number, subsidiaries: readonly Subsidiary[]): string[] {
  if (subsidiaries.length === 0) throw new Error('generateOrders needs at least one subsidiary');
  const texts: string[] = [];
  for (let index = 0; index < count; index++) texts.push(orderText(buildOrder(index, seed, subsidiaries)));
  return texts;
}

export interface GeneratedFile {
  readonly name: string;
  readonly text: string;
}

/** Groups documents into files of `perFile` orders, each starting with the `$schema` comment. */
export function bundleFiles(texts: readonly string[], perFile: number, schemaPath: string): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const digits = Math.max(4, String(Math.ceil(texts.length / perFile)).length);
  for (let start = 0; start < texts.length; start += perFile) {
    const number = String(files.length + 1).padStart(digits, '0');
    const header = `# yaml-language-server: $schema=${schemaPath}\n# Synthetic orders written by scripts/generate-orders.ts.\n`;
    files.push({ name: `orders-${number}.yaml`, text: header + texts.slice(start, start + perFile).join('---\n') });
  }
  return files;
}
