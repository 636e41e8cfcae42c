/**
 * The withdrawal summary's strings: the `withdrawal` part of each language's dictionary
 * (`src/render/i18n/<lang>.ts`). The model form follows Directive 2011/83/EU, Annex I(B).
 */
import type { Language } from '../../domain/enums.ts';
import { dictionaryFor, type WithdrawalStrings } from '../i18n/index.ts';

export type { WithdrawalStrings } from '../i18n/index.ts';

export function withdrawalStrings(language: Language): WithdrawalStrings {
  return dictionaryFor(language).withdrawal;
}
