/** The dictionary of a language: one file per language, all of the same type. */
import type { Language } from '../../domain/enums.ts';
import type { Dictionary } from './dictionary.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { fr, en, de, es, it, pl, pt };

export function dictionaryFor(language: Language): Dictionary {
  return DICTIONARIES[language];
}

export type { Dictionary, WithdrawalStrings } from './dictionary.ts';
