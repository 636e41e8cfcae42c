/** The site language of a page from its `lang` attribute value (fr, fr-FR, en, en-GB…). */
import type { Language } from '../domain/enums.ts';

export function languageOf(lang: string | undefined): Language {
  return lang?.toLowerCase().startsWith('en') === true ? 'en' : 'fr';
}
