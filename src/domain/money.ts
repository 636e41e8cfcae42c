/**
 * Money in integer minor units (bigint), never binary floats. Amounts enter as decimal text
 * and leave as decimal text; every division rounds half away from zero.
 */
import type { Currency } from './enums.ts';

/** Digits after the decimal point (ISO 4217 minor unit) of each supported currency. */
export const MINOR_DIGITS: Readonly<Record<Currency, number>> = {
  AUD: 2,
  CAD: 2,
  CZK: 2,
  EUR: 2,
  GBP: 2,
  INR: 2,
  MAD: 2,
  PLN: 2,
  SGD: 2,
  TND: 3,
  USD: 2,
  XOF: 0,
};

export interface Money {
  /** The amount in minor units (cents, millimes…). */
  readonly minor: bigint;
  readonly currency: Currency;
}

/** A rate as an exact fraction, e.g. 20 % = 20/100, 25.5 % = 255/1000. */
export interface Rate {
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** The percentage as written, e.g. "20" or "5.5". */
  readonly percent: string;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export class AmountError extends Error {
  override readonly name = 'AmountError';
}

/**
 * Parses decimal text into minor units. Throws AmountError when the text is not a decimal or
 * has more fraction digits than the currency allows ("12.999" in EUR).
 */
export function parseMoney(text: string, currency: Currency): Money {
  const match = DECIMAL.exec(text.trim());
  if (match === null) throw new AmountError(`"${text}" is not a decimal amount`);
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = MINOR_DIGITS[currency];
  if (fraction.length > digits) {
    throw new AmountError(
      `"${text}" has ${fraction.length} decimals; ${currency} has ${digits === 0 ? 'none' : `at most ${digits}`}`,
    );
  }
  const minor = BigInt(whole + fraction.padEnd(digits, '0'));
  return { minor: sign === '-' ? -minor : minor, currency };
}

/** Number of fraction digits in decimal text ("12.990" → 3), for the currency-decimals rule. */
export function fractionDigits(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Decimal text of an amount, with exactly the currency's digits: "1234.50", "-6.500", "1500". */
export function toDecimalString(money: Money): string {
  const digits = MINOR_DIGITS[money.currency];
  const negative = money.minor < 0n;
  const abs = (negative ? -money.minor : money.minor).toString().padStart(digits + 1, '0');
  const body = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return negative ? `-${body}` : body;
}

export function money(minor: bigint, currency: Currency): Money {
  return { minor, currency };
}

export function zero(currency: Currency): Money {
  return { minor: 0n, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new Error(`cannot combine ${a.currency} and ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor + b.minor, currency: a.currency };
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { minor: a.minor - b.minor, currency: a.currency };
}

export function sum(amounts: readonly Money[], currency: Currency): Money {
  return amounts.reduce(add, zero(currency));
}

export function times(a: Money, factor: bigint | number): Money {
  return { minor: a.minor * BigInt(factor), currency: a.currency };
}

export function max(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return a.minor >= b.minor ? a : b;
}

/** numerator / denominator rounded to the nearest integer, halves away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** amount × numerator / denominator, rounded half away from zero to the minor unit. */
export function prorate(amount: Money, numerator: bigint, denominator: bigint): Money {
  return { minor: divideRounded(amount.minor * numerator, denominator), currency: amount.currency };
}

/** Parses a percentage written as decimal text ("20", "5.5", "9.975") into an exact rate. */
export function parseRate(percent: string): Rate {
  const match = DECIMAL.exec(percent.trim());
  if (match === null || match[1] === '-') throw new AmountError(`"${percent}" is not a percentage`);
  const fraction = match[3] ?? '';
  return {
    numerator: BigInt((match[2] ?? '0') + fraction),
    denominator: 100n * 10n ** BigInt(fraction.length),
    percent: percent.trim(),
  };
}

/** The tax on an amount at a rate, rounded half away from zero to the minor unit. */
export function applyRate(amount: Money, rate: Rate): Money {
  return prorate(amount, rate.numerator, rate.denominator);
}
