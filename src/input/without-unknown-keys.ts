/**
 * An order whose only schema errors are unknown keys still means something: without those keys
 * it is checked by every later rule, so one run reports every finding (an unknown key, a wrong
 * amount and a bad status history at once). Unknown keys carry no meaning the rules could use,
 * so dropping them cannot make a rule report something that is not there. Any other schema
 * error (a wrong type, a missing key) stops the checks: the later rules need well-typed data.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `value` (copied only along the paths touched) without `keys` at `path`. */
function dropKeys(value: unknown, path: readonly PropertyKey[], keys: readonly string[]): unknown {
  const [step, ...rest] = path;
  if (step === undefined) {
    if (!isRecord(value)) return value;
    const copy = { ...value };
    for (const key of keys) Reflect.deleteProperty(copy, key);
    return copy;
  }
  if (Array.isArray(value) && typeof step === 'number') {
    return value.map((item: unknown, index) => (index === step ? dropKeys(item, rest, keys) : item));
  }
  if (isRecord(value) && typeof step === 'string' && Object.hasOwn(value, step)) {
    return { ...value, [step]: dropKeys(value[step], rest, keys) };
  }
  return value;
}

/** `value` without its unknown keys, or undefined when some issue is not an unknown key. */
export function withoutUnknownKeys(value: unknown, issues: readonly Issue[]): unknown {
  let current = value;
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') return undefined;
    current = dropKeys(current, issue.path, issue.keys);
  }
  return current;
}
