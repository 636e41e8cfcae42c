/**
 * The order schema's happy path without zod: a fixture that is exactly well formed (every
 * check of order-schema.ts passes, no unknown key) gives the same output as
 * `orderSchema.parse` (fresh objects and arrays, defaults filled in); anything else, even
 * a case zod would accept, gives `undefined` and the caller asks zod, which then decides and
 * words the findings. Its checks are zod's or stricter, never looser (tests/unit/input/
 * order-schema-fast.test.ts compares both on every fixture and on mutated orders).
 */
import {
  CUSTOMER_TYPES,
  DETAIL_TYPES,
  HISTORY_EVENTS,
  LANGUAGES,
  ORDER_STATUSES,
  PAYMENT_MEANS,
  RETRACTION_REASONS,
} from '../domain/enums.ts';
import {
  COUNTRY_CODE,
  DECIMAL_TEXT,
  OFFSET_DATE_TIME,
  PERIOD,
  SUBSIDIARY_CODE,
  VAT_RATE,
  type OrderInput,
} from './order-schema.ts';

type Plain = Record<string, unknown>;

const CUSTOMER_TYPE: ReadonlySet<unknown> = new Set(CUSTOMER_TYPES);
const DETAIL_TYPE: ReadonlySet<unknown> = new Set(DETAIL_TYPES);
const HISTORY_EVENT: ReadonlySet<unknown> = new Set(HISTORY_EVENTS);
const LANGUAGE: ReadonlySet<unknown> = new Set(LANGUAGES);
const ORDER_STATUS: ReadonlySet<unknown> = new Set(ORDER_STATUSES);
const PAYMENT_MEAN: ReadonlySet<unknown> = new Set(PAYMENT_MEANS);
const RETRACTION_REASON: ReadonlySet<unknown> = new Set(RETRACTION_REASONS);

/** Each object's keys: required ones, then the optional ones (anything else is unknown). */
const ORDER_KEYS = keys(['orderId', 'subsidiary', 'date', 'customer', 'details', 'history'], ['expirationDate', 'language', 'billingContact', 'payment', 'autoRenew', 'retraction']);
const CUSTOMER_KEYS = keys(['nichandle', 'type', 'name', 'email', 'address'], []);
const ADDRESS_KEYS = keys(['street', 'postalCode', 'city', 'country'], []);
const CONTACT_KEYS = keys(['nichandle', 'name', 'email'], []);
const PAYMENT_KEYS = keys([], ['default', 'available']);
const DEFAULT_MEAN_KEYS = keys(['mean'], ['label']);
const DETAIL_KEYS = keys(['description', 'quantity', 'unitPrice'], ['detailType', 'domain', 'duration', 'withdrawalExcluded', 'vatRate']);
const HISTORY_KEYS = keys(['status', 'at'], ['event']);
const RETRACTION_KEYS = keys(['requestedAt', 'reason', 'confirmed'], ['comment']);

interface Keys<K extends string> {
  readonly required: readonly K[];
  readonly known: ReadonlySet<string>;
}

function keys<R extends string, O extends string>(required: readonly R[], optional: readonly O[]): Keys<R | O> {
  return { required, known: new Set<string>([...required, ...optional]) };
}

/** A plain object with every required key and no unknown one. */
function isShaped<K extends string>(value: unknown, shape: Keys<K>): value is Record<K, unknown> {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of shape.required) if (!Object.hasOwn(value, key)) return false;
  // As zod: `for…in` (symbol keys are neither unknown keys nor copied, there as here).
  for (const key in value) if (!shape.known.has(key)) return false;
  return true;
}

/** Every item of an array passes (holes included: `every` would skip them, zod does not). */
function everyItem(value: unknown, check: (item: unknown) => boolean): value is unknown[] {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index += 1) if (!check(value[index])) return false;
  return true;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length >= 1;
const matches = (value: unknown, pattern: RegExp): value is string => typeof value === 'string' && pattern.test(value);
const optionalOk = <K extends string>(value: Record<K, unknown>, key: K, check: (value: unknown) => boolean): boolean => !Object.hasOwn(value, key) || check(value[key]);

function isAddress(value: unknown): boolean {
  return isShaped(value, ADDRESS_KEYS) && nonEmpty(value.street) && nonEmpty(value.postalCode) && nonEmpty(value.city) && matches(value.country, COUNTRY_CODE);
}

function isCustomer(value: unknown): boolean {
  return (
    isShaped(value, CUSTOMER_KEYS) &&
    nonEmpty(value.nichandle) &&
    CUSTOMER_TYPE.has(value.type) &&
    nonEmpty(value.name) &&
    typeof value.email === 'string' &&
    value.email.length >= 3 &&
    isAddress(value.address)
  );
}

function isContact(value: unknown): boolean {
  return isShaped(value, CONTACT_KEYS) && nonEmpty(value.nichandle) && nonEmpty(value.name) && typeof value.email === 'string' && value.email.length >= 3;
}

function isDefaultMean(value: unknown): boolean {
  return isShaped(value, DEFAULT_MEAN_KEYS) && PAYMENT_MEAN.has(value.mean) && optionalOk(value, 'label', isString);
}

function isPayment(value: unknown): boolean {
  return (
    isShaped(value, PAYMENT_KEYS) &&
    optionalOk(value, 'default', isDefaultMean) &&
    optionalOk(value, 'available', (available) => everyItem(available, (mean) => PAYMENT_MEAN.has(mean)))
  );
}

const isAmount = (value: unknown): boolean => matches(value, DECIMAL_TEXT) || (typeof value === 'number' && Number.isFinite(value));

function isDetail(value: unknown): boolean {
  return (
    isShaped(value, DETAIL_KEYS) &&
    nonEmpty(value.description) &&
    optionalOk(value, 'detailType', (type) => DETAIL_TYPE.has(type)) &&
    optionalOk(value, 'domain', isString) &&
    Number.isSafeInteger(value.quantity) &&
    (value.quantity as number) >= 1 &&
    (value.quantity as number) <= 1_000_000 &&
    isAmount(value.unitPrice) &&
    optionalOk(value, 'duration', (duration) => matches(duration, PERIOD)) &&
    optionalOk(value, 'withdrawalExcluded', (excluded) => typeof excluded === 'boolean') &&
    optionalOk(value, 'vatRate', (rate) => matches(rate, VAT_RATE))
  );
}

const isDateTime = (value: unknown): boolean => matches(value, OFFSET_DATE_TIME);

function isHistoryEntry(value: unknown): boolean {
  return isShaped(value, HISTORY_KEYS) && ORDER_STATUS.has(value.status) && isDateTime(value.at) && optionalOk(value, 'event', (event) => HISTORY_EVENT.has(event));
}

function isRetraction(value: unknown): boolean {
  return (
    isShaped(value, RETRACTION_KEYS) &&
    isDateTime(value.requestedAt) &&
    RETRACTION_REASON.has(value.reason) &&
    optionalOk(value, 'comment', isString) &&
    typeof value.confirmed === 'boolean'
  );
}

function isOrder(value: unknown): boolean {
  return (
    isShaped(value, ORDER_KEYS) &&
    Number.isSafeInteger(value.orderId) &&
    (value.orderId as number) > 0 &&
    matches(value.subsidiary, SUBSIDIARY_CODE) &&
    isDateTime(value.date) &&
    optionalOk(value, 'expirationDate', isDateTime) &&
    optionalOk(value, 'language', (language) => LANGUAGE.has(language)) &&
    isCustomer(value.customer) &&
    optionalOk(value, 'billingContact', isContact) &&
    optionalOk(value, 'payment', isPayment) &&
    optionalOk(value, 'autoRenew', (renew) => typeof renew === 'boolean') &&
    everyItem(value.details, isDetail) &&
    value.details.length >= 1 &&
    everyItem(value.history, isHistoryEntry) &&
    value.history.length >= 1 &&
    optionalOk(value, 'retraction', isRetraction)
  );
}

/** A fresh copy of a checked object (as zod returns), nested objects and arrays copied too. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) out[index] = copy(value[index]);
    return out;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Plain = {};
  // Own keys only: the value was checked to be a plain object (isShaped).
  for (const key in value) out[key] = copy((value as Plain)[key]);
  return out;
}

/**
 * `orderSchema.parse(value)` when the value is exactly well formed; undefined: ask zod.
 * `owned`: the value is the caller's own, fresh from a parser and read by nothing else that
 * minds its defaults filled in: completed in place, not copied (zod's output is equal).
 */
export function wellFormedOrder(value: unknown, owned = false): OrderInput | undefined {
  if (!isOrder(value)) return undefined;
  const out = (owned ? value : copy(value)) as Record<'autoRenew' | 'details', unknown>;
  out.autoRenew ??= false;
  for (const detail of out.details as Record<'detailType' | 'withdrawalExcluded', unknown>[]) {
    detail.detailType ??= 'OTHER';
    detail.withdrawalExcluded ??= false;
  }
  return out as unknown as OrderInput;
}
