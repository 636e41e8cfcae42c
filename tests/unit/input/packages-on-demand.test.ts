/**
 * A clean validation loads neither zod nor a YAML package (js-yaml, yaml): well-formed orders,
 * reference data and holiday calendars are read by the hand-written reader and checked by the
 * zod-free happy paths, on this thread and in the workers' code (worker.ts, loaded here). A
 * file with a finding loads them, and gets zod's and the exact parser's findings. Checked in a
 * fresh process whose module hooks record every package file loaded.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../../../src/input/load-reference.ts';
import { bundleFiles, generateOrders } from '../../../scripts/synthetic/generate.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const url = (path: string): string => pathToFileURL(join(ROOT, path)).href;

/** Validates `clean`, then `invalid`, printing the packages loaded after each and the findings' codes. */
const CHILD = `
import { registerHooks } from 'node:module';
const loaded = new Set();
registerHooks({
  load(url, context, next) {
    const found = /\\/node_modules\\/(zod|js-yaml|yaml)\\//.exec(url);
    if (found !== null) loaded.add(found[1]);
    return next(url, context);
  },
});
const { validate } = await import(${JSON.stringify(url('src/index.ts'))});
await import(${JSON.stringify(url('src/input/parallel/worker.ts'))});
const [clean, invalid] = process.argv.slice(-2);
const options = { reference: 'data/subsidiaries.yaml', asOf: '2026-11-30T12:00:00Z', cwd: ${JSON.stringify(ROOT)} };
const codes = (report) => report.diagnostics.map((diagnostic) => diagnostic.code);
const first = await validate({ ...options, paths: [clean] });
const afterClean = [...loaded].sort();
const second = await validate({ ...options, paths: [invalid] });
console.log(JSON.stringify({ afterClean, clean: [first.orders, codes(first)], afterInvalid: [...loaded].sort(), invalid: codes(second) }));
`;

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bdc-on-demand-'));
  const texts = generateOrders(12, 7, [...(await loadReference(join(ROOT, 'data/subsidiaries.yaml'))).values()]);
  const [file] = bundleFiles(texts, 12, 'schema.json');
  await writeFile(join(dir, 'clean.yaml'), file?.text ?? '');
  await writeFile(join(dir, 'invalid.yaml'), (file?.text ?? '').replace(/^ {2}type: \w+$/m, '  type: indivdual'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('packages loaded on demand', () => {
  it('a clean validation loads neither zod nor a YAML package; a finding loads them and is zod’s', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', CHILD, join(dir, 'clean.yaml'), join(dir, 'invalid.yaml')], {
      cwd: ROOT,
    });
    expect(JSON.parse(stdout)).toEqual({
      afterClean: [],
      clean: [12, []],
      afterInvalid: ['yaml', 'zod'],
      invalid: ['SCHEMA_ENUM'],
    });
  });
});
