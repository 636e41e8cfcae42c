/**
 * The languages of the orders, estimated without validating them: a document's top-level
 * `language:`, else its `subsidiary:`'s language in the reference data. The site gets a
 * locale for each (site-locales.ts), so every order has a page in its own language. An
 * estimate is safe: a locale with no order has empty lists, and an order whose language has
 * no locale keeps its French and English pages (order-locales.ts).
 */
import { readFile } from 'node:fs/promises';
import { readReference } from '../input/load-reference.ts';
import { yamlFilesUnder } from './yaml-files.ts';
import { shippedHolidaysFile } from './site-env.ts';

const DOCUMENT_SEPARATOR = /^---[ \t]*$/m;
const LANGUAGE = /^language[ \t]*:[ \t]*["']?([a-z]{2})\b/m;
const SUBSIDIARY = /^subsidiary[ \t]*:[ \t]*["']?([A-Za-z]{2,4})\b/m;

/** The languages of one YAML file's orders. Pure. */
export function languagesIn(yaml: string, languageOf: (subsidiary: string) => string | undefined): Set<string> {
  const found = new Set<string>();
  for (const document of yaml.split(DOCUMENT_SEPARATOR)) {
    const language = LANGUAGE.exec(document)?.[1] ?? languageOf(SUBSIDIARY.exec(document)?.[1] ?? '');
    if (language !== undefined) found.add(language);
  }
  return found;
}

/** The languages of every order under `ordersDir`, sorted; none when the reference data cannot be read. */
export async function orderLanguages(ordersDir: string, referenceFile: string): Promise<string[]> {
  const shippedHolidays = shippedHolidaysFile();
  const { reference } = await readReference(referenceFile, shippedHolidays === undefined ? {} : { shippedHolidays });
  if (reference === undefined) return [];
  const languageOf = (code: string): string | undefined => reference.get(code)?.language;
  const found = new Set<string>();
  for (const file of await yamlFilesUnder(ordersDir)) {
    for (const language of languagesIn(await readFile(file, 'utf8'), languageOf)) found.add(language);
  }
  return [...found].sort();
}
