/** The dictionary of a language. */
import type { Language } from '../../domain/enums.ts';
import type { Dictionary } from './dictionary.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

const DICTIONARIES: Readonly<Record<Language, Dictionary>> = { fr, en };

export function dictionaryFor(language: Language): Dictionary {
  return DICTIONARIES[language];
}

export type { Dictionary } from './dictionary.ts';
