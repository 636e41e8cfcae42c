/**
 * Taxes with several components (DOMAIN.md §6; CONTRACT.md reference data): Québec charges
 * GST 5 % and QST 9.975 % on the same base, each rounded on its own (10.10 → 0.51 + 1.01 =
 * 1.52, where one combined 14.975 % would give 1.51). A tax's name is data, optionally one per
 * language (GST/TPS, QST/TVQ, a province's HST); an unnamed component is the plain VAT of
 * today's forms ("VAT 20 %").
 */
import type { Language } from './enums.ts';
import { parseRate, type Rate } from './money.ts';

/** A tax's name as the reference data gives it: one text, or one per language. */
export interface TaxName {
  /** The text used when the language has none of its own (the first one given). */
  readonly text: string;
  readonly byLanguage: Readonly<Partial<Record<Language, string>>>;
}

export interface TaxComponent {
  readonly rate: Rate;
  /** Absent: the plain VAT, labelled by the dictionary's `vatAt`. */
  readonly name?: TaxName;
}

/** The component's name in a language, or undefined for the plain VAT. */
export function taxNameIn(component: TaxComponent, language: Language): string | undefined {
  const name = component.name;
  return name === undefined ? undefined : (name.byLanguage[language] ?? name.text);
}

/** A rate in thousandths of a percent: every rate the data allows (3 decimals at most) is exact. */
function milliPercent(rate: Rate): bigint {
  return (rate.numerator * 100_000n) / rate.denominator;
}

/** The sum of the components' rates, as one rate ("5" + "9.975" → "14.975"). */
export function combinedRate(components: readonly TaxComponent[]): Rate {
  const total = components.reduce((sum, component) => sum + milliPercent(component.rate), 0n);
  const whole = (total / 1000n).toString();
  const fraction = (total % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return parseRate(fraction === '' ? whole : `${whole}.${fraction}`);
}

/** True when two rates are the same number however written ("20" and "20.0"). */
export function sameRate(a: Rate, b: Rate): boolean {
  return a.numerator * b.denominator === b.numerator * a.denominator;
}
