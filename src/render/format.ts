/**
 * Locale-aware formatting of the view models' values. Pure: the locale, the time zone and the
 * values are parameters; money goes to Intl as exact decimal text, never as a float.
 */
import { Temporal } from 'temporal-polyfill';
import { MINOR_DIGITS, toDecimalString, type Money, type Rate } from '../domain/money.ts';
import type { PostalAddress } from '../domain/order.ts';
import type { Dictionary, PluralForms } from './i18n/dictionary.ts';
import { cachedIntl } from './intl-cache.ts';

/** "1 234,56 €" (fr-FR, with U+202F as group separator), "£1,234.56" (en-GB), "1 500 F CFA". */
export function formatMoney(amount: Money, locale: string): string {
  const digits = MINOR_DIGITS[amount.currency];
  const format = cachedIntl(
    `money|${locale}|${amount.currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: amount.currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  );
  return format.format(toDecimalString(amount) as `${number}`);
}

/** "20 %", "5,5 %" (fr) or "20%" (en), from the rate as written. */
export function formatRate(rate: Rate, locale: string): string {
  const format = cachedIntl(
    `rate|${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 20 }),
  );
  return format.format(rate.percent as `${number}`);
}

/** "2 mars 2026 à 10:15" / "2 March 2026 at 10:15", in the given time zone. */
export function formatDateTime(at: Temporal.Instant | Temporal.ZonedDateTime, locale: string, timeZone: string): string {
  const format = cachedIntl(
    `date-time|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }),
  );
  return format.format(at.epochMilliseconds);
}

/** "02/03/2026" (fr, en-GB), in the date's own time zone. */
export function formatShortDate(at: Temporal.ZonedDateTime, locale: string): string {
  const format = cachedIntl(
    `short-date|${locale}|${at.timeZoneId}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: at.timeZoneId }),
  );
  return format.format(at.epochMilliseconds);
}

/** "1 234" (fr) / "1,234" (en). */
export function formatInteger(value: number, locale: string): string {
  return cachedIntl(`integer|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/** The country's name in the locale ("France", "Allemagne"); the code itself if Intl does not know it. */
export function regionName(code: string, locale: string): string {
  try {
    return cachedIntl(`region|${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Street; postal code and city; the country's name in the locale. */
export function addressLines(address: PostalAddress, locale: string): string[] {
  return [address.street, `${address.postalCode} ${address.city}`, regionName(address.country, locale)];
}

/** "14 jours", "1 rok", "5 lat": a count with its word in the plural form `Intl.PluralRules` picks. */
export function formatCount(count: number, forms: PluralForms, locale: string): string {
  const category = cachedIntl(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return `${formatInteger(count, locale)} ${forms[category] ?? forms.other}`;
}

/**
 * A commitment period (ISO 8601 duration) in words: "P1M" → "1 mois" / "1 month",
 * "P1Y6M" → "1 an et 6 mois", "P2Y" → "2 lata" (pl). Text that is not a duration is shown as written.
 */
export function formatPeriod(iso: string, dictionary: Dictionary): string {
  let duration: Temporal.Duration;
  try {
    duration = Temporal.Duration.from(iso);
  } catch {
    return iso;
  }
  const units = dictionary.periodUnits;
  const parts: string[] = [];
  const push = (count: number, forms: PluralForms): void => {
    if (count !== 0) parts.push(formatCount(count, forms, dictionary.locale));
  };
  push(duration.years, units.year);
  push(duration.months, units.month);
  push(duration.weeks, units.week);
  push(duration.days, units.day);
  if (parts.length === 0) return iso;
  const last = parts.pop() ?? '';
  return parts.length === 0 ? last : `${parts.join(', ')} ${dictionary.and} ${last}`;
}
