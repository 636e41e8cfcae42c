/**
 * Order totals: HT per line, VAT computed once per rate on the summed HT of that rate (not
 * per line, so no rounding drift), TTC = HT + VAT. All in integer minor units. A tax with
 * several components (GST + QST) is one group per component, each computed and rounded on
 * its own from the same base.
 */
import type { Currency } from './enums.ts';
import { add, applyRate, sum, times, zero, type Money, type Rate } from './money.ts';
import type { Order, OrderLine } from './order.ts';
import type { TaxComponent, TaxName } from './taxes.ts';

export interface VatGroup {
  readonly rate: Rate;
  /** The component's name (GST, QST…); absent for the plain VAT. */
  readonly name?: TaxName;
  /** Sum of the HT amounts at this rate. */
  readonly base: Money;
  /** VAT on `base`, rounded half away from zero. */
  readonly tax: Money;
}

export interface OrderTotals {
  readonly totalHT: Money;
  /**
   * One group per distinct rate (and component name), highest rate first; the components of
   * one tax stay together, in their data order.
   */
  readonly vatByRate: readonly VatGroup[];
  readonly totalVAT: Money;
  readonly totalTTC: Money;
}

export interface TaxableAmount {
  readonly amount: Money;
  /** The whole rate (the sum of `taxes`, when given). */
  readonly rate: Rate;
  /** Components taxed each on their own; absent: one plain VAT at `rate`. */
  readonly taxes?: readonly TaxComponent[];
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

interface Group {
  readonly rate: Rate;
  readonly name?: TaxName;
  /** The whole rate of the tax it belongs to, and its place in that tax: the sort order. */
  readonly taxRate: Rate;
  readonly position: number;
  base: Money;
}

/**
 * Group keys already computed, by the (immutable) rate or component they are for: an order's
 * lines share their subsidiary's rate objects, so each key is built once, not once per line.
 */
const plainKeys = new WeakMap<Rate, string>();
const componentKeys = new WeakMap<TaxComponent, string>();

function groupKey(component: TaxComponent): string {
  const { rate, name } = component;
  const cache: WeakMap<object, string> = name === undefined ? plainKeys : componentKeys;
  const owner = name === undefined ? rate : component;
  let key = cache.get(owner);
  if (key === undefined) {
    key = `${name === undefined ? '' : JSON.stringify([name.text, name.byLanguage])}|${rateKey(rate)}`;
    cache.set(owner, key);
  }
  return key;
}

/** Totals of any HT amounts with their rates: the tax is computed on each rate's (component's) summed base. */
export function totalsOf(amounts: readonly TaxableAmount[], currency: Currency): OrderTotals {
  const groups = new Map<string, Group>();
  for (const { amount, rate, taxes } of amounts) {
    (taxes ?? [{ rate }]).forEach((component, position) => {
      const key = groupKey(component);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { ...component, taxRate: rate, position, base: amount });
      else group.base = add(group.base, amount);
    });
  }
  const vatByRate = [...groups.values()]
    .sort((a, b) => compareRates(a.taxRate, b.taxRate) || a.position - b.position)
    .map(({ rate, name, base }): VatGroup => ({ rate, ...(name === undefined ? {} : { name }), base, tax: applyRate(base, rate) }));
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

/** What a line is taxed at: its rate and, when the tax has several, its components. */
export function taxableLine(line: OrderLine, amount: Money = lineTotal(line)): TaxableAmount {
  return line.taxes === undefined ? { amount, rate: line.vatRate } : { amount, rate: line.vatRate, taxes: line.taxes };
}

/** Totals of some of an order's lines (all of them by default). */
export function totalsOfLines(lines: readonly OrderLine[], currency: Currency): OrderTotals {
  return totalsOf(
    lines.map((line) => taxableLine(line)),
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
