/**
 * Order totals: HT per line, VAT computed once per rate on the summed HT of that rate (not
 * per line, so no rounding drift), TTC = HT + VAT. All in integer minor units.
 */
import type { Currency } from './enums.ts';
import { add, applyRate, sum, times, zero, type Money, type Rate } from './money.ts';
import type { Order, OrderLine } from './order.ts';

export interface VatGroup {
  readonly rate: Rate;
  /** Sum of the HT amounts at this rate. */
  readonly base: Money;
  /** VAT on `base`, rounded half away from zero. */
  readonly tax: Money;
}

export interface OrderTotals {
  readonly totalHT: Money;
  /** One group per distinct rate, highest rate first. */
  readonly vatByRate: readonly VatGroup[];
  readonly totalVAT: Money;
  readonly totalTTC: Money;
}

export interface TaxableAmount {
  readonly amount: Money;
  readonly rate: Rate;
}

/** quantity × unit price, excluding tax. */
export function lineTotal(line: Pick<OrderLine, 'quantity' | 'unitPrice'>): Money {
  return times(line.unitPrice, line.quantity);
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** A key equal for equal rates however they are written ("20" and "20.0"). */
function rateKey(rate: Rate): string {
  const divisor = gcd(rate.numerator, rate.denominator);
  return `${rate.numerator / divisor}/${rate.denominator / divisor}`;
}

function compareRates(a: Rate, b: Rate): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left === right ? 0 : left > right ? -1 : 1;
}

/** Totals of any HT amounts with their rates: the tax is computed on each rate's summed base. */
export function totalsOf(amounts: readonly TaxableAmount[], currency: Currency): OrderTotals {
  const groups = new Map<string, { rate: Rate; base: Money }>();
  for (const { amount, rate } of amounts) {
    const key = rateKey(rate);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { rate, base: amount });
    else group.base = add(group.base, amount);
  }
  const vatByRate = [...groups.values()]
    .sort((a, b) => compareRates(a.rate, b.rate))
    .map(({ rate, base }) => ({ rate, base, tax: applyRate(base, rate) }));
  const totalHT = sum(
    amounts.map((a) => a.amount),
    currency,
  );
  const totalVAT = sum(
    vatByRate.map((g) => g.tax),
    currency,
  );
  return { totalHT, vatByRate, totalVAT, totalTTC: add(totalHT, totalVAT) };
}

/** Totals of some of an order's lines (all of them by default). */
export function totalsOfLines(lines: readonly OrderLine[], currency: Currency): OrderTotals {
  return totalsOf(
    lines.map((line) => ({ amount: lineTotal(line), rate: line.vatRate })),
    currency,
  );
}

export function computeTotals(order: Order): OrderTotals {
  return totalsOfLines(order.details, order.subsidiary.currency);
}

export function noTotals(currency: Currency): OrderTotals {
  const nothing = zero(currency);
  return { totalHT: nothing, vatByRate: [], totalVAT: nothing, totalTTC: nothing };
}
