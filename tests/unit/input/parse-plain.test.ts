/**
 * The hand-written reader against the js-yaml fast path it stands in front of: on every YAML
 * file of the repository, a generated corpus and seeded mutations of them, it either gives up
 * (undefined) or returns exactly the same documents (values and sources).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../../src/input/load-reference.ts';
import { parseFastWithJsYaml } from '../../../src/input/yaml/parse-fast.ts';
import { parsePlain } from '../../../src/input/yaml/parse-plain.ts';
import { bundleFiles, generateOrders } from '../../../scripts/synthetic/generate.ts';
import { mulberry32 } from '../../../scripts/synthetic/prng.ts';

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** The file's text as the loader hands it over (UTF-8, BOM dropped), or undefined when it is not UTF-8. */
function textOf(path: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Same documents as js-yaml, or a give-up; true when the reader read it. */
function agrees(text: string): boolean {
  const plain = parsePlain(text);
  if (plain === undefined) return false;
  expect(plain, JSON.stringify(text)).toStrictEqual(parseFastWithJsYaml(text));
  return true;
}

let generated: string[] = [];

beforeAll(async () => {
  const reference = await loadReference('data/subsidiaries.yaml');
  const texts = generateOrders(400, 7, [...reference.values()]);
  generated = [
    ...bundleFiles(texts.slice(0, 200), 1, 'schema.json'),
    ...bundleFiles(texts.slice(200), 40, 'schema.json'),
  ].map(({ text }) => text);
});

describe('parsePlain', () => {
  it.each([
    ['scalars of every kind', 'a: 1\nb: 12.10\nunitPrice: 12.10\nvatRate: 5.50\nc: ~\nd:\ne: True\nf: "x"\ng: -0\nh: 007\ni: a:b\nj: x #c\nk: \'it\'\'s\'\n'],
    ['nested blocks and comments', '# c\nx:\n  # c\n  y:\n    - 1\n    -\n    - a: 1\n      b: [1, "2", null]\n    - - z\n  w: {}\nv:\n- same indent\n'],
    ['several documents', '# c\n---\na: 1\n---\n---   # c\nb: { k: v, at: 2026-01-02T03:04:05+01:00 }\n'],
    ['a document marker inside a value', 'a: x --- y\nb: "---"\n'],
  ])('reads %s exactly like js-yaml', (_, text) => {
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['a tab', 'a:\t1\n'],
    ['CR line ends', 'a: 1\r\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: *x\n'],
    ['a tag', 'a: !foo 1\n'],
    ['a block scalar', 'a: |\n  x\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a nested flow collection', 'a: [[1]]\n'],
    ['an escape', 'a: "\\u00e9"\n'],
    ['a hex number', 'a: 0x10\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a quoted key', '"a": 1\n'],
    ['__proto__', '__proto__: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['content after a document marker', '--- a: 1\n'],
    ['a top-level sequence', '- 1\n'],
    ['an indented document', '  a: 1\n'],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a key without a space', 'a:1\n'],
    ['a trailing comma', 'a: [1, ]\n'],
    ['a BOM inside', 'a: \ufeffx\n'],
  ])('gives up on %s', (_, text) => {
    expect(parsePlain(text)).toBeUndefined();
  });

  it('reads every generated order file, exactly like js-yaml', () => {
    expect(generated.length).toBe(205);
    for (const text of generated) expect(agrees(text)).toBe(true);
  });

  it('agrees with js-yaml on every YAML file of the repository', () => {
    let read = 0;
    const files = [...yamlFiles('data'), ...yamlFiles('tests')];
    for (const file of files) {
      const text = textOf(file);
      if (text !== undefined && agrees(text)) read += 1;
    }
    // Most files are plain; the others (unusual on purpose) were given up on.
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('agrees with js-yaml on seeded mutations of the files (or gives up)', () => {
    const random = mulberry32(13);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)] as T;
    const pieces = [' ', '  ', '\n', ':', ': ', '- ', '-', '#', ' #', '"', "'", '{', '}', '[', ']', ',', 'a', '1', '.5', '~', 'null', 'True', '---\n', '\n---\n', '&', '*', '!', '|', '>', '%', '\\', '\t', '0x1', '-1.50', '?', '@', 'é', '\u00a0'];
    const bases = [...generated.slice(0, 40), ...generated.slice(200, 202), ...yamlFiles('tests/fixtures').map(textOf).filter((text) => text !== undefined).slice(0, 60)];
    let read = 0;
    for (let round = 0; round < 4000; round += 1) {
      let text = pick(bases);
      for (let edits = 1 + Math.floor(random.next() * 3); edits > 0; edits -= 1) {
        const at = Math.floor(random.next() * (text.length + 1));
        const kind = random.next();
        if (kind < 0.4) text = text.slice(0, at) + pick(pieces) + text.slice(at);
        else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random.next() * 3));
        else if (kind < 0.85) {
          // Re-indent a line.
          const start = text.lastIndexOf('\n', at - 1) + 1;
          text = text.slice(0, start) + pick(['', ' ', '  ', '   ']) + text.slice(start).replace(/^ */, '');
        } else {
          // Duplicate a line.
          const start = text.lastIndexOf('\n', at - 1) + 1;
          const end = text.indexOf('\n', at);
          const line = text.slice(start, end < 0 ? text.length : end + 1);
          text = text.slice(0, start) + line + (line.endsWith('\n') ? '' : '\n') + text.slice(start);
        }
      }
      if (agrees(text)) read += 1;
    }
    // The mutations that keep a file plain are read, not all given up on.
    expect(read).toBeGreaterThan(500);
  });
});
