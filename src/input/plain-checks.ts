/**
 * The building blocks of the zod-free happy paths (`reference-schema-fast.ts`,
 * `holiday-schema-fast.ts`, `reference-taxes-fast.ts`): each check returns what zod's parse
 * would return for a value that is exactly well formed (fresh objects and arrays, keys in the
 * schema's order, trimmed texts), or GIVE_UP for anything else, even a value zod would
 * accept; the caller then asks zod, which decides and words the findings. Checks are zod's or
 * stricter, never looser.
 */

/** The value is not exactly well formed: zod decides. */
export const GIVE_UP: unique symbol = Symbol('give up');
export type Check = (value: unknown) => unknown;

interface Optional {
  readonly optional: Check;
}

/** A key an object may leave out (zod's `.optional()`; an explicit undefined gives up). */
export const optional = (check: Check): Optional => ({ optional: check });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/** `z.string()` with a length range and an optional pattern. */
export function text(min: number, max = Infinity, pattern?: RegExp): Check {
  return (value) =>
    typeof value === 'string' && value.length >= min && value.length <= max && (pattern === undefined || pattern.test(value)) ? value : GIVE_UP;
}

/** `z.string().trim().min(min).max(max)`: the trimmed text. */
export function trimmedText(min: number, max: number): Check {
  return (value) => {
    if (typeof value !== 'string') return GIVE_UP;
    const trimmed = value.trim();
    return trimmed.length >= min && trimmed.length <= max ? trimmed : GIVE_UP;
  };
}

/** `z.number().int().min(min).max(max)`. */
export function integer(min: number, max: number): Check {
  return (value) => (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : GIVE_UP);
}

export const boolean: Check = (value) => (typeof value === 'boolean' ? value : GIVE_UP);

/** `z.enum(values)`. */
export function oneOf(values: readonly string[]): Check {
  const known: ReadonlySet<unknown> = new Set(values);
  return (value) => (known.has(value) ? value : GIVE_UP);
}

/** `z.array(item).min(min).max(max)`: a fresh array (holes are checked as undefined, as zod does). */
export function list(item: Check, min = 0, max = Infinity): Check {
  return (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return GIVE_UP;
    const out = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index += 1) {
      const checked = item(value[index]);
      if (checked === GIVE_UP) return GIVE_UP;
      out[index] = checked;
    }
    return out;
  };
}

/** `z.strictObject(shape)`: no unknown key, every required one; the output in the shape's key order. */
export function strictObject(shape: Readonly<Record<string, Check | Optional>>): Check {
  const fields = Object.entries(shape).map(([key, field]) =>
    typeof field === 'function' ? { key, check: field, required: true } : { key, check: field.optional, required: false },
  );
  const known: ReadonlySet<string> = new Set(Object.keys(shape));
  return (value) => {
    if (!isPlainObject(value)) return GIVE_UP;
    for (const key in value) if (!known.has(key)) return GIVE_UP;
    const out: Record<string, unknown> = {};
    for (const { key, check, required } of fields) {
      if (!Object.hasOwn(value, key)) {
        if (required) return GIVE_UP;
        continue;
      }
      const checked = check(value[key]);
      if (checked === GIVE_UP) return GIVE_UP;
      out[key] = checked;
    }
    return out;
  };
}

/** `z.record(key, item)` (with at least `minKeys` keys): the output in the input's key order. */
export function record(key: (key: string) => boolean, item: Check, minKeys = 0): Check {
  return (value) => {
    if (!isPlainObject(value)) return GIVE_UP;
    const out: Record<string, unknown> = {};
    let count = 0;
    for (const name in value) {
      if (name === '__proto__' || !key(name)) return GIVE_UP;
      const checked = item(value[name]);
      if (checked === GIVE_UP) return GIVE_UP;
      out[name] = checked;
      count += 1;
    }
    return count >= minKeys ? out : GIVE_UP;
  };
}

/**
 * `z.union([aText, other])` where the first option takes texts only: a text goes to the first
 * check, anything else to the second, so a check stricter than zod never picks an option zod
 * would not.
 */
export function textOr(whenText: Check, otherwise: Check): Check {
  return (value) => (typeof value === 'string' ? whenText(value) : otherwise(value));
}
