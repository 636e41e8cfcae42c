/**
 * The words (5 letters or more, lower-cased) of any value: strings, nested objects and arrays, and the
 * text functions of a dictionary (called with a placeholder). Used to find words of one
 * language left in a document of another.
 */
export function dictionaryWords(value: unknown): string[] {
  if (typeof value === 'string') return (value.toLowerCase().match(/\p{L}[\p{L}’'-]{4,}/gu) ?? []);
  if (typeof value === 'function') return dictionaryWords((value as (...args: string[]) => unknown)('0', '0', '0'));
  if (Array.isArray(value)) return value.flatMap(dictionaryWords);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(dictionaryWords);
  return [];
}
