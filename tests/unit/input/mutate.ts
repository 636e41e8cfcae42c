/**
 * Seeded mutations of parsed YAML values, for the tests of the zod-free happy paths
 * (`*-schema-fast.ts`): a copy of one of the values with one node, at most `depth` levels
 * down, given a replacement value, deleted, or given an unknown key.
 */
import { mulberry32 } from '../../../scripts/synthetic/prng.ts';

export interface Mutations {
  /** The root key also tried at every node (a required key of the values' root). */
  readonly rootKey: string;
  readonly replacements: readonly unknown[];
  readonly depth?: number;
}

export function seededMutations(seed: number, { rootKey, replacements, depth = 4 }: Mutations): (values: readonly object[]) => unknown {
  const random = mulberry32(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
  return (values) => {
    const value = structuredClone(pick(values));
    // Walk to a random node and replace, delete or add a key there.
    let node = value as Record<string, unknown>;
    for (let level = 0; level < depth; level += 1) {
      const entries = Object.keys(node);
      if (entries.length === 0) break;
      const child = node[pick(entries)];
      if (child === null || typeof child !== 'object' || random.next() < 0.3) break;
      node = child as Record<string, unknown>;
    }
    const key = pick([...Object.keys(node), rootKey]);
    const kind = random.next();
    if (kind < 0.6) node[key] = pick(replacements);
    else if (kind < 0.8) Reflect.deleteProperty(node, key);
    else node[Array.isArray(node) ? String(node.length + 5) : 'unknownKey'] = 1;
    return value;
  };
}

/** Values near a leaf: its neighbours for a number, padded, emptied, grown or lower-cased for a text. */
function near(leaf: unknown): unknown[] {
  if (typeof leaf === 'number') return [leaf - 1, leaf + 1, leaf + 0.5, -leaf, String(leaf)];
  if (typeof leaf === 'string') return [` ${leaf}`, `${leaf} `, '', `${leaf}x`, leaf.toLowerCase(), leaf.toUpperCase(), Number(leaf)];
  return [];
}

/**
 * Every copy of `value` with one edit: each leaf replaced by each replacement and by the
 * values near it, each key deleted, an unknown key added to each object and list.
 */
export function* everySingleEdit(value: unknown, replacements: readonly unknown[]): Generator {
  function* edits(node: unknown, rebuild: (next: unknown) => unknown): Generator {
    if (node === null || typeof node !== 'object') {
      for (const replacement of [...replacements, ...near(node)]) yield rebuild(replacement);
      return;
    }
    const entries = Object.entries(node);
    const copy = (changes: (draft: Record<string, unknown>) => void): unknown => {
      const draft = structuredClone(node) as Record<string, unknown>;
      changes(draft);
      return rebuild(draft);
    };
    for (const replacement of replacements) yield rebuild(replacement);
    yield copy((draft) => {
      draft[Array.isArray(draft) ? String(draft.length + 5) : 'unknownKey'] = 1;
    });
    for (const [key, child] of entries) {
      yield copy((draft) => Reflect.deleteProperty(draft, key));
      yield* edits(child, (next) => copy((draft) => void (draft[key] = next)));
    }
  }
  yield* edits(value, (next) => next);
}
