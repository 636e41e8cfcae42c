/**
 * The published package, as a user gets it: `npm pack` (prepack compiles lib/), the tarball
 * installed into a new project from the local npm cache (what `npm ci` fetched), then that
 * project's own data checked, built and read through the library, with the Node running
 * these tests (node_modules/.bin's Node 24) first on the PATH.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const AS_OF = '2026-03-10T12:00:00+01:00';
const GUIDE_TITLE = 'Guide maison : nos commandes';
/** The line of the amount with three decimals in tests/fixtures/invalid/amount-too-many-decimals.yaml. */
const INVALID_LINE = 32;

/** The test runner's variables removed, this Node first on the PATH. */
function childEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/.test(key)));
  return { ...env, PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`, npm_config_update_notifier: 'false' };
}

let work: string;
let project: string;
let tarball: string;

function inProject(command: string, args: readonly string[]): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd: project, env: childEnv(), encoding: 'utf8', timeout: 300_000 });
}

function bdc(...args: string[]): SpawnSyncReturns<string> {
  return inProject('npx', ['--no-install', 'bdc', ...args]);
}

function copyFixture(from: string, to: string): void {
  mkdirSync(dirname(join(project, to)), { recursive: true });
  writeFileSync(join(project, to), readFileSync(join(REPO, from)));
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bdc-package-'));
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: REPO, env: childEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  tarball = join(work, packed.trim().split('\n').at(-1) ?? '');
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'orders-of-a-user', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: project, env: childEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
  // The project's own data: two valid orders, an invalid one kept apart, reference data, one guide.
  copyFixture('data/subsidiaries.yaml', 'data/subsidiaries.yaml');
  copyFixture('tests/fixtures/valid/fr-delivered.yaml', 'data/orders/delivered.yaml');
  copyFixture('tests/fixtures/withdrawal/eligible-fr.yaml', 'data/orders/withdrawn.yaml');
  copyFixture('tests/fixtures/invalid/amount-too-many-decimals.yaml', 'invalid/too-many-decimals.yaml');
  mkdirSync(join(project, 'data/guides/our-orders'), { recursive: true });
  writeFileSync(
    join(project, 'data/guides/our-orders/guide.fr-fr.md'),
    `---\ntitle: '${GUIDE_TITLE}'\nslug: guide-maison\nexcerpt: 'Un guide propre à ce projet'\nsection: Facturation\n---\n\n## Objectif\n\nCe guide vient du dossier data/guides du projet.\n`,
  );
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the compiled code, its types and no tests', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/lib/index.js');
    expect(files).toContain('package/lib/index.d.ts');
    expect(files).toContain('package/lib/cli/main.js');
    expect(files).toContain('package/bin/bdc.js');
    expect(files.filter((file) => /^package\/(tests|\.ci|bench|\.github|scripts)\//.test(file) || file.endsWith('.test.ts'))).toEqual([]);
  });

  it('answers `bdc --version` with its own version', () => {
    const result = bdc('--version');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(PACKAGE.version);
    expect(result.status).toBe(0);
  });

  it('finds the invalid order: exit 1 and the finding at its line and column', () => {
    const result = bdc('validate', 'invalid');
    expect(result.stdout).toMatch(new RegExp(`^invalid/too-many-decimals\\.yaml:${String(INVALID_LINE)}:\\d+: error AMOUNT_TOO_MANY_DECIMALS: `, 'm'));
    expect(result.status).toBe(1);
  });

  it('builds the project’s own orders and guide: forms, summaries and the site', () => {
    const result = bdc('build', '--data', 'data', '--out', 'dist', '--as-of', AS_OF);
    expect(result.stderr).not.toMatch(/ERR_|internal error/);
    expect(result.status).toBe(0);
    const orders = readdirSync(join(project, 'dist/orders')).sort();
    expect(orders).toEqual(['218764523-withdrawal.html', '218764523-withdrawal.pdf', '218764523.html', '218764523.pdf', '900000001-withdrawal.html', '900000001-withdrawal.pdf', '900000001.html', '900000001.pdf']);
    expect(readFileSync(join(project, 'dist/orders/900000001.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(join(project, 'dist/commandes/900000001/index.html'))).toBe(true);
    const guide = readFileSync(join(project, 'dist/guides/our-orders/index.html'), 'utf8');
    expect(guide).toContain('Guide maison : nos commandes');
    expect(guide).toContain('Ce guide vient du dossier data/guides du projet.');
    // The tool's own guide is not there: the site comes from this project's data.
    expect(existsSync(join(project, 'dist/guides/manage-orders'))).toBe(false);
  });

  it('renders order forms and decides a withdrawal from the command line', () => {
    const render = bdc('render', 'data/orders', '--out', 'forms', '--format', 'html', '--as-of', AS_OF);
    expect(render.status).toBe(0);
    expect(readdirSync(join(project, 'forms')).sort()).toEqual(['218764523.html', '900000001.html']);
    const withdraw = bdc('withdraw', 'data/orders/withdrawn.yaml', '--format', 'json');
    expect(withdraw.status).toBe(0);
    expect(JSON.parse(withdraw.stdout)).toMatchObject({ orderId: 900000001, eligible: true });
  });

  it('is a library: a script imports it and calls validate and withdraw', () => {
    writeFileSync(
      join(project, 'use-it.mjs'),
      [
        `import { validate, withdraw } from '${PACKAGE.name}';`,
        `const valid = await validate({ paths: ['data/orders'], asOf: '${AS_OF}' });`,
        `const invalid = await validate({ paths: ['invalid'], asOf: '${AS_OF}' });`,
        `const assessment = await withdraw({ file: 'data/orders/withdrawn.yaml' });`,
        'console.log(JSON.stringify({ valid: [valid.orders, valid.errors], invalid: invalid.diagnostics.map((d) => `${d.file}:${d.line}: ${d.code}`), eligible: assessment.eligible, orderId: assessment.orderId }));',
      ].join('\n'),
    );
    const result = inProject(process.execPath, ['use-it.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      valid: [2, 0],
      invalid: [`invalid/too-many-decimals.yaml:${String(INVALID_LINE)}: AMOUNT_TOO_MANY_DECIMALS`],
      eligible: true,
      orderId: 900000001,
    });
  });

  it('gives a TypeScript project its types', () => {
    writeFileSync(
      join(project, 'typed.ts'),
      [
        `import { validate, withdraw, type ValidateResult, type WithdrawResult } from '${PACKAGE.name}';`,
        "const report: ValidateResult = await validate({ paths: ['data/orders'] });",
        "const assessment: WithdrawResult = await withdraw({ file: 'data/orders/withdrawn.yaml' });",
        'export const summary: [number, boolean] = [report.errors, assessment.eligible];',
        '// @ts-expect-error: the options are typed',
        "await validate({ pathz: ['data/orders'] });",
        '',
      ].join('\n'),
    );
    const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
    const options = ['--noEmit', '--strict', '--target', 'es2023', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck'];
    const result = inProject(process.execPath, [tsc, ...options, '--typeRoots', join(REPO, 'node_modules/@types'), '--types', 'node', 'typed.ts']);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
