/**
 * The law a document cites for the right of withdrawal: the subsidiary's reference data
 * (`withdrawal.legalReference`, the country's transposition), else Directive 2011/83/EU in the
 * document's language. Never a law written in code.
 */
import type { Subsidiary } from '../domain/subsidiary.ts';
import type { Dictionary } from './i18n/dictionary.ts';

export function legalReference(subsidiary: Subsidiary, dictionary: Dictionary): string {
  return subsidiary.withdrawal?.legalReference ?? dictionary.directive;
}
