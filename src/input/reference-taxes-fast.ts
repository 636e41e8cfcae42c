/**
 * A tax component of the reference data without zod (reference-taxes.ts): `{ name, rate }`,
 * the name one text or one per language, both trimmed as zod trims them (plain-checks.ts).
 */
import { LANGUAGES } from '../domain/enums.ts';
import { record, strictObject, text, textOr, trimmedText } from './plain-checks.ts';

const LANGUAGE: ReadonlySet<string> = new Set(LANGUAGES);

/** A percentage: "20", "5.5", "9.975" (shared with reference-taxes.ts). */
export const PERCENT = /^\d{1,2}(\.\d{1,3})?$/;

export const percentCheck = text(0, Infinity, PERCENT);

export const taxComponentCheck = strictObject({
  name: textOr(trimmedText(1, 40), record((language) => LANGUAGE.has(language), trimmedText(1, 40), 1)),
  rate: percentCheck,
});
