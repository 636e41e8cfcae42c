/** The README's library example is examples/library.ts verbatim, and it runs (against src/index.ts). */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validate, withdraw } from '../../../src/index.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/library.ts');

describe('the README library example', () => {
  it('is examples/library.ts, included verbatim', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const example = await readFile(EXAMPLE, 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it("imports the package by its name and prints what the library returns", async () => {
    const { name } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { name: string };
    const example = await readFile(EXAMPLE, 'utf8');
    expect(example).toContain(`from '${name}';`);
    const dir = await mkdtemp(join(tmpdir(), 'bdc-example-'));
    try {
      const script = join(dir, 'library.ts');
      await writeFile(script, example.replace(`from '${name}';`, `from '${pathToFileURL(join(ROOT, 'src/index.ts')).href}';`));
      const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: '' } });
      const asOf = '2026-10-01T12:00:00+02:00';
      const report = await validate({ paths: ['data/orders'], asOf, cwd: ROOT });
      const assessment = await withdraw({ file: 'data/orders/fr-withdrawal-eligible.yaml', order: 218700101, asOf, cwd: ROOT });
      const lines = stdout.trimEnd().split('\n');
      expect(lines[0]).toBe(`${report.orders} orders: ${report.errors} errors, ${report.warnings} warnings`);
      expect(lines).toHaveLength(2 + report.diagnostics.length);
      expect(lines.at(-1)).toBe(`order 218700101: refund ${assessment.refund} ${assessment.currency} by ${assessment.refundDueDate ?? '?'}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
