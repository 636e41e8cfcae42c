/** The command line's edges: --version, suggestions for mistyped commands and flags, usage errors, empty input. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { REFERENCE_FILE } from '../input/helpers.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bdc-usage-'));
  mkdirSync(join(dir, 'data/orders'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  copyFileSync(REFERENCE_FILE, join(dir, 'data/subsidiaries.yaml'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function bdc(...argv: string[]) {
  const io = memoryIo({}, dir);
  const code = await main(argv, io);
  return { code, out: io.stdout, err: io.stderr };
}

describe('bdc --version', () => {
  it("prints the package's version, exit 0", async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await bdc('--version')).toEqual({ code: 0, out: [version], err: [] });
    expect((await bdc('-V')).out).toEqual([version]);
  });
});

describe('usage errors: one line, a hint, exit 2', () => {
  it.each([
    [['valdate'], ['bdc: unknown command "valdate"', '  hint: did you mean validate? (bdc --help lists them)']],
    [['rendre'], ['bdc: unknown command "rendre"', '  hint: did you mean render? (bdc --help lists them)']],
    [['frobnicate'], ['bdc: unknown command "frobnicate"', '  hint: expected one of: validate, render, withdraw, build, schema (bdc --help lists them)']],
    [['--verison'], ['bdc: unknown option --verison', '  hint: did you mean --version? (bdc --help lists them)']],
    [[], ['bdc: no command given', '  hint: bdc <command>, one of: validate, render, withdraw, build, schema (bdc --help describes them)']],
    [['validate', '--as-off', '2026-03-10T00:00:00Z'], ['bdc validate: unknown option --as-off', '  hint: did you mean --as-of?']],
    [['build', '--no-cahce'], ['bdc build: unknown option --no-cahce', '  hint: did you mean --no-cache?']],
    [['render', '--out', 'x', '--formt', 'html'], ['bdc render: unknown option --formt', '  hint: did you mean --format?']],
    [['withdraw', 'a.yaml', '--colour'], ['bdc withdraw: unknown option --colour', '  hint: run `bdc withdraw --help` for the options']],
    [['validate', '--format'], ['bdc validate: --format needs a value', '  hint: run `bdc validate --help` for the options']],
    [['validate', '--help=yes'], ['bdc validate: --help takes no value', '  hint: run `bdc validate --help` for the options']],
    [['schema', 'extra'], ['bdc schema: unexpected argument "extra"', '  hint: bdc schema takes no argument']],
    [['build', '--data', 'missing'], ['bdc build: --data: no such folder: missing', '  hint: give the folder holding orders/, subsidiaries.yaml and guides/ with --data DIR (default: data)']],
  ])('bdc %j', async (argv, stderr) => {
    expect(await bdc(...argv)).toEqual({ code: 2, out: [], err: stderr });
  });

  it('bdc build --data on a folder without subsidiaries.yaml hints at --data, never --reference', async () => {
    expect(await bdc('build', '--data', 'empty', '--no-cache')).toEqual({
      code: 2,
      out: [],
      err: ['bdc build: --data: no subsidiaries.yaml in empty', '  hint: give the folder holding orders/, subsidiaries.yaml and guides/ with --data DIR (default: data)'],
    });
  });

  it('bdc build --data with no data folder at all hints at --data, never --reference', async () => {
    const { code, err } = await bdc('build', '--data', '/nonexistent/bdc-data', '--no-cache');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('--data');
    expect(err.join('\n')).not.toContain('--reference');
  });
});

describe('an input with no order in it: exit 1', () => {
  it.each([
    [['validate', 'empty'], 'bdc validate: no order found under empty'],
    [['validate', 'empty', '--format', 'json'], 'bdc validate: no order found under empty'],
    [['validate'], 'bdc validate: no order found under data/orders'],
    [['render', 'empty', '--out', 'out', '--format', 'html'], 'bdc render: no order found under empty'],
    [['build', '--no-cache', '--out', 'site'], 'bdc build: no order found under data/orders'],
  ])('bdc %j', async (argv, message) => {
    const { code, out, err } = await bdc(...argv);
    expect({ code, out, err }).toEqual({
      code: 1,
      out: [],
      err: [message, '  hint: give files or folders holding *.yaml orders (one order per YAML document)'],
    });
    // Nothing written, no lock left behind.
    expect(readdirSync(dir).sort()).toEqual(['data', 'empty']);
  });
});
