/**
 * The refund of a withdrawal (DOMAIN.md §5, our policy from the guide): what was paid (TTC)
 * minus the days of service consumed. Each line with a commitment period (discounts too,
 * negatively) loses lineTotalHT × consumedDays / periodDays, rounded half away from zero;
 * the deductions are summed per VAT rate (per tax component) and taxed like the order. One-off
 * lines lose nothing.
 *
 * Excluded lines (withdrawalExcluded: domain names, SSL certificates…) are not withdrawn, so
 * not refunded: the refundable base is the TTC of the other lines, computed like the order's
 * (VAT per rate on their summed HT). Refund = refundable TTC − deduction TTC, never below zero
 * and never above the refundable TTC nor the TTC paid (a prorated discount whose line has no
 * period, or an excluded discount line, could otherwise give back more than was paid).
 */
import { Temporal } from 'temporal-polyfill';
import type { Currency } from '../enums.ts';
import { max, prorate, subtract, zero, type Money } from '../money.ts';
import type { Order, OrderLine } from '../order.ts';
import { periodDays } from '../period.ts';
import { lineTotal, taxableLine, totalsOf, totalsOfLines, type VatGroup } from '../totals.ts';

export interface LineRefund {
  readonly index: number;
  readonly description: string;
  readonly totalHT: Money;
  readonly excluded: boolean;
  /** Real length of the line's period from the delivery date (lines with a duration, once delivered). */
  readonly periodDays?: number;
  /** Days consumed, capped at periodDays (lines with a duration; 0 if never delivered). */
  readonly consumedDays?: number;
  readonly deductionHT: Money;
}

export interface RefundFigures {
  /** TTC paid: the order's total, or zero when it was never paid. */
  readonly paid: Money;
  /** TTC of the excluded lines' share, kept by the seller. */
  readonly notRefunded: Money;
  readonly lines: readonly LineRefund[];
  readonly deductionHT: Money;
  /** The deduction's tax, per rate or component (GST and QST each rounded on its own). */
  readonly deductionTaxes: readonly VatGroup[];
  readonly deductionTTC: Money;
  readonly refund: Money;
}

/** The day the service was delivered (the first `delivered` history entry), in the subsidiary zone. */
export function deliveryDay(order: Order): Temporal.PlainDate | undefined {
  const delivered = order.history.find((entry) => entry.status === 'delivered');
  return delivered?.at.withTimeZone(order.subsidiary.timeZone).toPlainDate();
}

/** Calendar days from delivery to request, both included; 0 when not delivered by then. */
export function consumedDays(delivered: Temporal.PlainDate | undefined, requested: Temporal.PlainDate): number {
  if (delivered === undefined || Temporal.PlainDate.compare(requested, delivered) < 0) return 0;
  return delivered.until(requested, { largestUnit: 'days' }).days + 1;
}

function lineRefund(
  line: OrderLine,
  delivered: Temporal.PlainDate | undefined,
  requested: Temporal.PlainDate,
): LineRefund {
  const totalHT = lineTotal(line);
  const base = { index: line.index, description: line.description, totalHT, excluded: line.withdrawalExcluded };
  const nothing = zero(totalHT.currency);
  if (line.withdrawalExcluded || line.duration === undefined) return { ...base, deductionHT: nothing };
  if (delivered === undefined) return { ...base, consumedDays: 0, deductionHT: nothing };
  const days = periodDays(line.duration, delivered);
  const consumed = Math.min(consumedDays(delivered, requested), days);
  return {
    ...base,
    periodDays: days,
    consumedDays: consumed,
    deductionHT: prorate(totalHT, BigInt(consumed), BigInt(days)),
  };
}

function lower(a: Money, b: Money): Money {
  return a.minor <= b.minor ? a : b;
}

function clamp(amount: Money, low: Money, high: Money): Money {
  return amount.minor < low.minor ? low : amount.minor > high.minor ? high : amount;
}

export function computeRefund(order: Order, requested: Temporal.PlainDate, wasPaid: boolean): RefundFigures {
  const currency: Currency = order.subsidiary.currency;
  const delivered = deliveryDay(order);
  const lines = order.details.map((line) => lineRefund(line, delivered, requested));
  const deduction = totalsOf(
    order.details.map((line, i) => taxableLine(line, lines[i]?.deductionHT ?? zero(currency))),
    currency,
  );
  const nothing = zero(currency);
  const paid = wasPaid ? totalsOfLines(order.details, currency).totalTTC : nothing;
  const refundable = wasPaid
    ? totalsOfLines(
        order.details.filter((line) => !line.withdrawalExcluded),
        currency,
      ).totalTTC
    : nothing;
  return {
    paid,
    notRefunded: subtract(paid, refundable),
    lines,
    deductionHT: deduction.totalHT,
    deductionTaxes: deduction.vatByRate,
    deductionTTC: deduction.totalTTC,
    // Never above what was paid either: an excluded discount line makes `refundable` exceed `paid`.
    refund: clamp(subtract(refundable, deduction.totalTTC), nothing, max(nothing, lower(refundable, paid))),
  };
}
