/**
 * The site's locales, planned from the ovh/docs locale codes of the guides present and the
 * languages of the orders (pure). French (fr-fr) is the root locale and English (en-gb) lives
 * under /en/: both are always built (the order pages exist in English for every order, and the
 * documented URLs /commandes/ and /en/orders/ must keep working). Every other locale with a
 * guide is built when its language is one of the product's languages (SITE_LANGUAGES): the
 * language's main locale (de-de, es-es…) under /<language>/, a regional variant (fr-ca,
 * en-asia, es-us…) under /<code>/; a language of the orders with no guide gets its main
 * locale too (its guides are then Starlight's fallback pages), so that each order has a page
 * in its own language. Variants share their language's interface text; a language without site
 * text yet uses the English one. A locale of another language (lt-lt…) is not served: it is a
 * warning naming the file.
 */
import { LANGUAGES, type Language } from '../domain/enums.ts';

/** The product's languages (the subsidiaries' `language` values in the reference data): the site's too. */
export const SITE_LANGUAGES: readonly string[] = LANGUAGES;

export interface SiteLocale {
  /** The ovh/docs code: fr-fr, en-gb, de-de, en-asia, fr-ca. */
  readonly code: string;
  /** Its language: fr, en, de. */
  readonly language: string;
  /** Starlight's locale key: `root` for French, else the URL prefix. */
  readonly key: string;
  /** The URL prefix: '' (root), `en`, `de`, `fr-ca`, `en-asia`. */
  readonly prefix: string;
  /** The BCP 47 tag of its pages (`lang`, `hreflang`): fr, en, de, fr-CA, en-x-asia. */
  readonly htmlLang: string;
  /** The language of the site's own words on its pages (English when none exists yet). */
  readonly text: Language;
  /** Slugs of the order pages: French words for a French locale, English ones elsewhere. */
  readonly slugs: 'fr' | 'en';
  /** Its name in its own language, for the language switch. */
  readonly label: string;
  /** The main locale of its language: it holds the language's order list and order pages. */
  readonly main: boolean;
}

export interface UnservedLocale {
  /** The code in the file name; `language-region` (lt-lt) or anything else (fr, EN-GB). */
  readonly code: string;
  /** A file written in that locale (the first by name). */
  readonly file: string;
}

export interface LocalePlan {
  /** Root first, then English, then the others by code. */
  readonly locales: readonly SiteLocale[];
  readonly unserved: readonly UnservedLocale[];
}

const MAIN_CODE: Readonly<Record<string, string>> = { fr: 'fr-fr', en: 'en-gb' };
/** An ovh/docs locale code: language-region, lower case (fr-fr, en-asia). */
const LOCALE_CODE = /^[a-z]{2}-[a-z]{2,4}$/;
/**
 * ovh/docs regions that are not countries (asia…) get a private-use tag (en-x-asia): an area
 * code (en-142) is valid BCP 47 but refused by the sitemap, and search engines read neither.
 * Their names come from the UN M.49 area.
 */
const AREAS: Readonly<Record<string, string>> = { asia: '142', eu: '150', latam: '419' };

function regionTag(region: string): string {
  return /^[a-z]{2}$/.test(region) ? region.toUpperCase() : `x-${region}`;
}

/** The language of the site's own words for a locale's language (English when it has none). */
export function textLanguage(language: string): Language {
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}

function labelOf(htmlLang: string): string {
  const [language = '', , area = ''] = htmlLang.split('-');
  const named = htmlLang.includes('-x-') ? `${language}-${AREAS[area] ?? ''}`.replace(/-$/, '') : htmlLang;
  const name = new Intl.DisplayNames([named], { type: 'language' }).of(named) ?? htmlLang;
  return name.charAt(0).toLocaleUpperCase(named) + name.slice(1);
}

function locale(code: string, main: boolean): SiteLocale {
  const [language = '', region = ''] = code.split('-');
  const prefix = main ? (language === 'fr' ? '' : language) : code;
  const htmlLang = main ? language : `${language}-${regionTag(region)}`;
  return {
    code,
    language,
    key: prefix === '' ? 'root' : prefix,
    prefix,
    htmlLang,
    text: textLanguage(language),
    slugs: language === 'fr' ? 'fr' : 'en',
    label: labelOf(htmlLang),
    main,
  };
}

/** The main locale code of each language among the codes found (fr-fr and en-gb always). */
function mainCodes(codes: readonly string[]): Map<string, string> {
  const mains = new Map<string, string>(Object.entries(MAIN_CODE));
  for (const code of [...codes].sort()) {
    const language = code.split('-')[0] ?? '';
    const own = `${language}-${language}`;
    if (!mains.has(language)) mains.set(language, codes.includes(own) ? own : code);
  }
  return mains;
}

/** Plans the locales from the guide files found (`{ code, file }` per file) and the orders' languages. */
export function planLocales(files: readonly { readonly code: string; readonly file: string }[], orderLanguages: readonly string[] = []): LocalePlan {
  const codes = [...new Set(files.map((file) => file.code))].sort();
  const served = codes.filter((code) => LOCALE_CODE.test(code) && SITE_LANGUAGES.includes(code.split('-')[0] ?? ''));
  const mains = mainCodes(served);
  for (const language of orderLanguages) {
    if (SITE_LANGUAGES.includes(language) && !mains.has(language)) mains.set(language, `${language}-${language}`);
  }
  const all = new Set([...mains.values(), ...served]);
  const locales = [...all].map((code) => locale(code, mains.get(code.split('-')[0] ?? '') === code));
  const rank = (entry: SiteLocale): string => (entry.key === 'root' ? '0' : entry.key === 'en' ? '1' : `2${entry.code}`);
  locales.sort((a, b) => rank(a).localeCompare(rank(b)));
  const unserved: UnservedLocale[] = [];
  for (const code of codes.filter((entry) => !served.includes(entry))) {
    const file = files.filter((entry) => entry.code === code).map((entry) => entry.file).sort()[0] ?? '';
    unserved.push({ code, file });
  }
  return { locales, unserved };
}

/** The warning for a locale the site does not serve. */
export function unservedWarning(entry: UnservedLocale): string {
  if (!LOCALE_CODE.test(entry.code)) {
    return `${entry.file}: warning GUIDE_LOCALE_UNSERVED: "${entry.code.slice(0, 40)}" is not an ovh/docs locale code: the guide is not published. Hint: name the file guide.<language>-<region>.md, like guide.fr-fr.md or guide.en-asia.md.`;
  }
  return `${entry.file}: warning GUIDE_LOCALE_UNSERVED: the locale ${entry.code} is not published: the site has no interface in that language (it serves ${SITE_LANGUAGES.join(', ')}). Hint: translate the guide into one of them, or rename the file if its locale code is wrong.`;
}

/** The main locale of a language, if the site has it. */
export function mainLocaleOf(locales: readonly SiteLocale[], language: string): SiteLocale | undefined {
  return locales.find((entry) => entry.main && entry.language === language);
}
