/** The middle item of `items` by `measure` (the upper middle of an even count). */
export function median<T>(items: readonly T[], measure: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => measure(a) - measure(b));
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('median of nothing');
  return middle;
}
