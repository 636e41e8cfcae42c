/**
 * The closing line of `npm test` counts every kind of failure: Vitest runs a small project of
 * its own (a child process, the reporter given by path) and the line it ends with is read back.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const REPORTER = fileURLToPath(new URL('../../support/summary-line-reporter.ts', import.meta.url));
const VITEST = fileURLToPath(new URL('../../../node_modules/vitest/vitest.mjs', import.meta.url));

const PASSING = "test('passes', () => { expect(1 + 1).toBe(2); });\ntest.skip('skipped', () => {});\n";

let project: string | undefined;
afterEach(() => {
  if (project !== undefined) rmSync(project, { recursive: true, force: true });
  project = undefined;
});

/** Runs Vitest (globals, no config) on `files`; its exit code and closing line. */
function runVitest(files: Record<string, string>): { status: number | null; line: string | undefined } {
  project = mkdtempSync(join(tmpdir(), 'bdc-reporter-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  const result = spawnSync(process.execPath, [VITEST, 'run', '--root', project, '--globals', `--reporter=${REPORTER}`], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', NO_COLOR: '1', VITEST: undefined, VITEST_MODE: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined, NODE_ENV: undefined },
  });
  const line = result.stdout.split('\n').filter((text) => text.startsWith('tests: ')).at(-1);
  return { status: result.status, line };
}

describe('the summary line reporter', () => {
  it('reports a green run', () => {
    expect(runVitest({ 'a.test.js': PASSING })).toEqual({ status: 0, line: 'tests: 1 passed, 0 failed, 1 skipped' });
  });

  it('counts a failed test', () => {
    expect(runVitest({ 'a.test.js': PASSING, 'b.test.js': "test('fails', () => { expect(1).toBe(2); });\n" })).toEqual({
      status: 1,
      line: 'tests: 1 passed, 1 failed, 1 skipped',
    });
  });

  it('counts a test file that cannot load as a failure', () => {
    expect(runVitest({ 'a.test.js': PASSING, 'broken.test.js': "import './does-not-exist.js';\ntest('never runs', () => {});\n" })).toEqual({
      status: 1,
      line: 'tests: 1 passed, 1 failed, 1 skipped',
    });
  });

  it('counts a failed hook as a failure', () => {
    const hook = "describe('suite', () => {\n  beforeAll(() => { throw new Error('hook failed'); });\n  test('after the hook', () => {});\n});\n";
    const { status, line } = runVitest({ 'a.test.js': PASSING, 'hook.test.js': hook });
    expect(status).toBe(1);
    expect(line).toMatch(/^tests: 1 passed, [1-9]\d* failed, \d+ skipped$/);
  });

  it('counts an error thrown outside any test as a failure', () => {
    const outside = "void Promise.reject(new Error('outside any test'));\ntest('passes', () => {});\n";
    const { status, line } = runVitest({ 'a.test.js': PASSING, 'outside.test.js': outside });
    expect(status).toBe(1);
    expect(line).toMatch(/^tests: 2 passed, 1 failed, 1 skipped$/);
  });
});
