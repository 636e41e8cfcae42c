/**
 * A subsidiary's tax in the reference data: one plain `vatRate`, or `taxes` with several
 * components (GST + QST), each computed and rounded on its own; when both are given, vatRate
 * must be the components' sum.
 */
import type { z } from 'zod';
import { LANGUAGES } from '../domain/enums.ts';
import { parseRate, type Rate } from '../domain/money.ts';
import { combinedRate, sameRate, type TaxComponent, type TaxName } from '../domain/taxes.ts';
import { error, type Finding } from './diagnostic.ts';
import { lazySchema } from './zod-package.ts';
import { PERCENT } from './reference-taxes-fast.ts';

/** The tax schemas, built (and zod loaded) on first call. */
export const taxSchemas = lazySchema((z) => {
  const percent = z.string().regex(PERCENT, 'a percentage such as "20" or "5.5"');

  const taxName = z.union([
    z.string().trim().min(1).max(40),
    z
      .partialRecord(z.enum(LANGUAGES), z.string().trim().min(1).max(40))
      .refine((names) => Object.keys(names).length > 0, 'at least one language, e.g. { en: GST, fr: TPS }'),
  ]);

  /** One component of a tax with several (GST + QST): each is computed and rounded on its own. */
  const taxComponent = z.strictObject({
    /** As printed on the forms: one text, or one per language ({ en: GST, fr: TPS }). */
    name: taxName,
    rate: percent,
  });
  return { percent, taxComponent };
});
/** One component of a tax, as the schema gives it. */
export type TaxComponentInput = z.output<ReturnType<typeof taxSchemas>['taxComponent']>;

interface TaxInput {
  readonly vatRate?: string | undefined;
  readonly taxes?: readonly TaxComponentInput[] | undefined;
}

function toTaxName(name: TaxComponentInput['name']): TaxName {
  if (typeof name === 'string') return { text: name, byLanguage: {} };
  const first = Object.values(name)[0] ?? '';
  return { text: first, byLanguage: name };
}

export function toTaxes(entry: TaxInput): readonly TaxComponent[] | undefined {
  return entry.taxes?.map(({ name, rate }) => ({ name: toTaxName(name), rate: parseRate(rate) }));
}

/** REFERENCE_TAX_MISSING, REFERENCE_TAX_SUM_MISMATCH: vatRate, taxes, or both agreeing. */
export function taxFindings(code: string, entry: TaxInput): Finding[] {
  const taxes = toTaxes(entry);
  if (taxes === undefined) {
    if (entry.vatRate !== undefined) return [];
    return [
      error('REFERENCE_TAX_MISSING', [code], `${code}: no vatRate and no taxes`, 'give the VAT rate (vatRate: "20") or its components (taxes: [{ name: GST, rate: "5" }, …])'),
    ];
  }
  if (entry.vatRate === undefined || sameRate(parseRate(entry.vatRate), combinedRate(taxes))) return [];
  return [
    error(
      'REFERENCE_TAX_SUM_MISMATCH',
      [code, 'vatRate'],
      `${code}.vatRate: ${entry.vatRate} is not the sum of its taxes (${combinedRate(taxes).percent})`,
      'write the sum of the components, or remove vatRate (taxes alone describe the tax)',
    ),
  ];
}

/** The whole rate: the components' sum, else vatRate (checked present by taxFindings). */
export function wholeRate(entry: TaxInput, taxes: readonly TaxComponent[] | undefined): Rate {
  return taxes === undefined ? parseRate(entry.vatRate ?? '0') : combinedRate(taxes);
}
