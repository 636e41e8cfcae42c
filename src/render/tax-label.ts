/**
 * The label of one tax line: the plain VAT through the dictionary ("TVA 20 %", "VAT 20 %"), a
 * named component with its name from the reference data ("TPS 5 %", "QST 9.975 %").
 */
import type { Language } from '../domain/enums.ts';
import { taxNameIn, type TaxComponent } from '../domain/taxes.ts';
import { formatRate } from './format.ts';
import type { Dictionary } from './i18n/index.ts';

export function taxLabel(component: TaxComponent, d: Dictionary, language: Language): string {
  const rate = formatRate(component.rate, d.locale);
  const name = taxNameIn(component, language);
  return name === undefined ? d.vatAt(rate) : `${name} ${rate}`;
}
