import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { parseMoney, parseRate } from '../../../src/domain/money.ts';
import { formatDateTime, formatMoney, formatPeriod, formatRate } from '../../../src/render/format.ts';
import { en } from '../../../src/render/i18n/en.ts';
import { fr } from '../../../src/render/i18n/fr.ts';

describe('formatPeriod', () => {
  it.each([
    ['P1M', '1 mois', '1 month'],
    ['P3M', '3 mois', '3 months'],
    ['P1Y', '1 an', '1 year'],
    ['P2Y', '2 ans', '2 years'],
    ['P1Y6M', '1 an et 6 mois', '1 year and 6 months'],
    ['P1W', '1 semaine', '1 week'],
    ['P30D', '30 jours', '30 days'],
  ])('%s → %s / %s', (iso, french, english) => {
    expect(formatPeriod(iso, fr)).toBe(french);
    expect(formatPeriod(iso, en)).toBe(english);
  });

  it('prints text that is not a period as written', () => {
    expect(formatPeriod('monthly', fr)).toBe('monthly');
  });
});

describe('formatMoney', () => {
  it('feeds Intl the exact decimal, never a float', () => {
    // 2^53 + 1 cents would lose its last digit as a float.
    expect(formatMoney(parseMoney('90071992547409.93', 'EUR'), 'en-GB')).toBe('€90,071,992,547,409.93');
  });

  it('uses the currency minor unit', () => {
    expect(formatMoney(parseMoney('1234.5', 'GBP'), 'en-GB')).toBe('£1,234.50');
    expect(formatMoney(parseMoney('12', 'PLN'), 'fr-FR')).toBe('12,00\u00a0PLN');
    expect(formatMoney(parseMoney('0.005', 'TND'), 'en-GB')).toBe('TND\u00a00.005');
  });
});

describe('formatRate and formatDateTime', () => {
  it('prints rates as written', () => {
    expect(formatRate(parseRate('5.5'), 'fr-FR')).toBe('5,5\u00a0%');
    expect(formatRate(parseRate('9.975'), 'en-GB')).toBe('9.975%');
  });

  it('formats an instant in the given zone, across a DST change', () => {
    const summer = Temporal.Instant.from('2026-07-14T08:00:00Z');
    expect(formatDateTime(summer, 'fr-FR', 'Europe/Paris')).toBe('14 juillet 2026 à 10:00');
    expect(formatDateTime(summer, 'en-GB', 'America/Toronto')).toBe('14 July 2026 at 04:00');
  });
});
