/**
 * The validator on arbitrary values and arbitrary YAML made from damaged orders (the token-soup
 * and random-text properties live in tests/unit/input/never-throws.test.ts): it never throws,
 * an order comes back exactly when there is no error, and every position lies inside the file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { checkDocuments } from '../../../src/input/check-documents.ts';
import { hasErrors } from '../../../src/input/diagnostic.ts';
import { locatedDiagnostics, locateFindings } from '../../../src/input/locate-findings.ts';
import { validateOrder } from '../../../src/input/validate-order.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/input/yaml/parse-file.ts';
import { AS_OF, FIXTURES, testReference } from '../input/helpers.ts';

const reference = await testReference();
const VALID: unknown = parse(readFileSync(`${FIXTURES}valid/fr-delivered.yaml`, 'utf8'));

type Path = readonly (string | number)[];

/** Every path of plain data (the root included). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Object.entries(value).flatMap(([key, child]) =>
    pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
  return [path, ...children];
}

const PATHS = pathsOf(VALID);

/** A deep copy of `root` with the value at `path` replaced (or deleted when `replacement` is undefined). */
function replaced(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return root;
    node = (node as Record<string | number, unknown>)[step];
  }
  // An earlier edit may have replaced a parent by a scalar: then this edit does nothing.
  if (node === null || typeof node !== 'object') return root;
  const last = path.at(-1) ?? '';
  const target = node as Record<string | number, unknown>;
  if (replacement === undefined) {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else Reflect.deleteProperty(target, last);
  } else target[last] = replacement;
  return copy;
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(Number.NaN, -0, Infinity, -Infinity, 1e21, 2 ** 53 + 2, 0.1 + 0.2, '', ' ', '\u0000', '<b>', '1e3', '-0'),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constant(undefined),
);
const damagedOrder = fc
  .array(fc.tuple(fc.constantFrom(...PATHS), oddValue), { minLength: 1, maxLength: 3 })
  .map((edits) => edits.reduce<unknown>((value, [path, replacement]) => replaced(value, path, replacement), VALID));

function expectConsistent(value: unknown): void {
  const validation = validateOrder(value, reference, AS_OF);
  expect(validation.order !== undefined).toBe(!hasErrors(validation.findings));
  for (const finding of validation.findings) expect(finding.message.length).toBeGreaterThan(0);
}

function expectPositionsInside(text: string): void {
  const lines = text.split('\n');
  for (const fastPath of [true, false]) {
    for (const { document, validation } of checkDocuments(text, reference, AS_OF, { parse: DEFAULT_PARSE_OPTIONS, fastPath })) {
      const diagnostics =
        validation === undefined ? locatedDiagnostics('f', document.problems) : locateFindings('f', document, validation.findings);
      for (const { line, column } of diagnostics) {
        expect(line).toBeGreaterThanOrEqual(1);
        expect(line).toBeLessThanOrEqual(lines.length);
        expect(column).toBeGreaterThanOrEqual(1);
        expect(column).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1);
      }
    }
  }
}

describe('validateOrder on arbitrary values', () => {
  it('never throws on anything, and returns an order exactly when there is no error', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }), (value) => {
        expectConsistent(value);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a valid order with up to three values replaced or removed', () => {
    fc.assert(
      fc.property(damagedOrder, (value) => {
        expectConsistent(value);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checking the YAML text of a damaged order', () => {
  it('never throws, and every position lies inside the file (block, flow and CRLF layouts)', () => {
    fc.assert(
      fc.property(damagedOrder, fc.constantFrom('block', 'flow', 'any') , fc.boolean(), (value, collectionStyle, crlf) => {
        const yaml = stringify(value === undefined ? null : value, { collectionStyle, lineWidth: 0 });
        expectPositionsInside(crlf ? yaml.replaceAll('\n', '\r\n') : yaml);
      }),
      { numRuns: 200 },
    );
  });
});
