/**
 * The reference data's schema without zod (reference-schema.ts): a file exactly well formed
 * gives what `referenceSchema().parse` gives; anything else gives `undefined` and zod decides
 * (plain-checks.ts; tests/unit/input/reference-schema-fast.test.ts compares both on every
 * shipped and test file and on seeded mutations).
 */
import { CURRENCIES, LANGUAGES, PAYMENT_MEANS } from '../domain/enums.ts';
import { calendarNameCheck, holidayRuleCheck } from './holiday-schema-fast.ts';
import { COUNTRY_CODE } from './order-schema.ts';
import { GIVE_UP, integer, list, oneOf, optional, record, strictObject, text, textOr, trimmedText } from './plain-checks.ts';
import type { ReferenceInput } from './reference-schema.ts';
import { percentCheck, taxComponentCheck } from './reference-taxes-fast.ts';

/** A subsidiary's code, a key of the reference data (shared with reference-schema.ts). */
export const SUBSIDIARY_KEY = /^[A-Z]{2,5}$/;

const means = list(oneOf(PAYMENT_MEANS));
const days = integer(1, 365);

const address = strictObject({
  street: text(1),
  postalCode: text(1),
  city: text(1),
  country: text(0, Infinity, COUNTRY_CODE),
});

const subsidiaryEntry = strictObject({
  currency: oneOf(CURRENCIES),
  language: oneOf(LANGUAGES),
  timeZone: text(1),
  vatRate: optional(percentCheck),
  taxes: optional(list(taxComponentCheck, 1, 5)),
  holidays: textOr(calendarNameCheck, list(holidayRuleCheck, 0, 200)),
  seller: strictObject({ name: text(1), address, email: text(3) }),
  paymentMeans: strictObject({ individual: means, corporation: means, association: means, administration: means, other: means }),
  withdrawal: optional(
    strictObject({ days, refundDays: days, legalRefundDays: optional(days), legalReference: optional(trimmedText(1, 300)) }),
  ),
});

const reference = record((code) => SUBSIDIARY_KEY.test(code), subsidiaryEntry);

/** `referenceSchema().parse(value)` when the value is exactly well formed; undefined: ask zod. */
export function wellFormedReference(value: unknown): ReferenceInput | undefined {
  const checked = reference(value);
  return checked === GIVE_UP ? undefined : (checked as ReferenceInput);
}
