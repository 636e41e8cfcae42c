/**
 * The whole fast path (hand-written reader, js-yaml, the schema's happy path without zod, the
 * cached instants) against the exact path, on generated orders mutated the ways real files go
 * wrong and at random: the same documents, findings (code and position) and orders.
 */
import { Temporal } from 'temporal-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reference } from '../../../src/domain/subsidiary.ts';
import { checkDocuments } from '../../../src/input/check-documents.ts';
import { loadReference } from '../../../src/input/load-reference.ts';
import { DEFAULT_PARSE_OPTIONS } from '../../../src/input/yaml/parse-file.ts';
import { parsePlain } from '../../../src/input/yaml/parse-plain.ts';
import { bundleFiles, generateOrders } from '../../../scripts/synthetic/generate.ts';
import { mulberry32 } from '../../../scripts/synthetic/prng.ts';

const AS_OF = Temporal.Instant.from('2026-11-30T12:00:00Z');
let reference: Reference;
let files: string[] = [];

beforeAll(async () => {
  reference = await loadReference('data/subsidiaries.yaml');
  const texts = generateOrders(240, 3, [...reference.values()]);
  files = [...bundleFiles(texts.slice(0, 200), 1, 'schema.json'), ...bundleFiles(texts.slice(200), 8, 'schema.json')].map(({ text }) => text);
});

function summary(text: string, fastPath: boolean): unknown {
  return checkDocuments(text, reference, AS_OF, { parse: DEFAULT_PARSE_OPTIONS, fastPath }).map(({ document, validation }) => ({
    problems: document.problems,
    value: document.value,
    source: document.source,
    findings: validation?.findings.map((finding) => ({ ...finding, at: document.locate(finding.path, finding.at ?? 'value') })),
    order: validation?.order,
  }));
}

/** Edits real files suffer: each a regular expression and its replacement. */
const EDITS: readonly [RegExp, string][] = [
  [/quantity: 1/, 'quantity: 0'],
  [/^subsidiary: .*/m, 'subsidiary: ZZ'],
  [/^ {2}name:/m, '\tname:'],
  [/unitPrice: "(\d+)\.(\d+)"/, 'unitPrice: $1.$2999'],
  [/status: delivered/, 'status: bogus'],
  [/^ {2}email:/m, '  mail:'],
  [/date: 2026-(\d\d)-(\d\d)T/, 'date: 2026-02-30T'],
  [/^orderId: .*/m, 'orderId: 0x10'],
  [/^orderId: .*/m, 'orderId: "12"'],
  [/^autoRenew: .*/m, 'autoRenew: yes'],
  [/^history:/m, 'history: []\nhistory2:'],
  [/^details:/m, 'language: xx\ndetails:'],
  [/unitPrice: "-/, 'unitPrice: -'],
  [/^ {4}duration: P1M/m, '    duration: P1M # a comment'],
  [/^ {4}city: (.*)/m, "    city: '$1'"],
  [/^ {4}street: "(.*)"/m, '    street: $1'],
];

describe('the fast path against the exact path', () => {
  it('gives the same result for every generated file, and for each edit real files suffer', () => {
    for (const text of files) expect(summary(text, true)).toEqual(summary(text, false));
    for (const [pattern, replacement] of EDITS) {
      for (const text of files.slice(0, 30)) {
        const edited = text.replace(pattern, replacement);
        expect(summary(edited, true), `${String(pattern)} → ${replacement}`).toEqual(summary(edited, false));
      }
    }
  });

  // Edits the hand-written reader reads, and those it gives up on (js-yaml reads them, or the
  // exact parser: a flow collection or a quoted scalar over several lines, whose continuation
  // lines js-yaml does not check, goes to the exact parser).
  it('gives the same result on seeded random edits, whichever reader reads them', () => {
    const random = mulberry32(29);
    const pieces = [' ', '\n', '\n  ', ':', '- ', '#', '"', "'", '{', '}', '[', ']', ',', '0', '-1', 'null', '~', 'true', '\t', '2026-', 'Z', '.5', '|', '&a ', '*a', '\r\n'];
    const ROUNDS = 800;
    let plain = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      let text = files[Math.floor(random.next() * files.length)] ?? '';
      const at = Math.floor(random.next() * text.length);
      const piece = pieces[Math.floor(random.next() * pieces.length)] ?? '';
      text = random.next() < 0.5 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      if (parsePlain(text) !== undefined) plain += 1;
      expect(summary(text, true), JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))).toEqual(summary(text, false));
    }
    expect(plain).toBeGreaterThan(200);
    expect(ROUNDS - plain).toBeGreaterThan(200);
  });
});
