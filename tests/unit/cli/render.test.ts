import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { processStartTime } from '../../../src/io/process-identity.ts';
import { deadPid } from '../../support/dead-pid.ts';
import { REFERENCE_FILE, RENDER_FIXTURES } from '../render/fixture-orders.ts';

const AS_OF = ['--as-of', '2026-03-05T12:00:00Z'];

describe('bdc render (HTML only: no browser needed)', () => {
  it('reports invalid orders exactly as `bdc validate` does, renders the valid ones, exits 1', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-render-cli-'));
    const valid = await readFile(join(RENDER_FIXTURES, 'orders', 'eur.yaml'), 'utf8');
    await writeFile(join(folder, 'a-valid.yaml'), valid);
    await writeFile(join(folder, 'b-invalid.yaml'), valid.replace('orderId: 218764523', 'orderId: 7').replace('unitPrice: "12.99"', 'unitPrice: "12.999"'));
    const out = join(folder, 'out');

    const validateIo = memoryIo({}, folder);
    expect(await main(['validate', '.', '--reference', REFERENCE_FILE, ...AS_OF], validateIo)).toBe(1);
    const renderIo = memoryIo({}, folder);
    expect(await main(['render', '.', '--out', 'out', '--format', 'html', '--reference', REFERENCE_FILE, ...AS_OF], renderIo)).toBe(1);

    expect(validateIo.stdout.join('\n')).toContain('b-invalid.yaml:');
    expect(renderIo.stderr[0]).toBe(validateIo.stdout.join('\n'));
    expect(renderIo.stderr.at(-1)).toBe('bdc render: 1 of 1 order forms written to out');
    expect(await readdir(out)).toEqual(['218764523.html']);
    expect(renderIo.stdout).toEqual([]);
  });

  it('exits 1 (not 3) when every input is invalid and PDFs are asked for: nothing to print, no printer needed', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-render-cli-'));
    const valid = await readFile(join(RENDER_FIXTURES, 'orders', 'eur.yaml'), 'utf8');
    await writeFile(join(folder, 'invalid.yaml'), valid.replace('unitPrice: "12.99"', 'unitPrice: "12.999"'));
    const io = memoryIo({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' }, folder);
    expect(await main(['render', '.', '--out', 'out', '--format', 'html,pdf', '--reference', REFERENCE_FILE, ...AS_OF], io)).toBe(1);
    expect(io.stderr.at(-1)).toBe('bdc render: 0 of 0 order forms written to out');
    expect(io.stderr.join('\n')).not.toContain('internal error');
  });

  it('refuses an --out that is a file (exit 2), and leaves it as it was', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-render-cli-'));
    await writeFile(join(folder, 'notes.txt'), 'mine\n');
    const io = memoryIo({}, RENDER_FIXTURES);
    expect(await main(['render', 'orders/eur.yaml', '--out', join(folder, 'notes.txt'), '--format', 'html', '--reference', REFERENCE_FILE, ...AS_OF], io)).toBe(2);
    expect(io.stderr).toEqual([`bdc render: --out ${relative(RENDER_FIXTURES, join(folder, 'notes.txt'))} is a file, not a folder`, '  hint: give a folder (it is created if missing)']);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('renders in the language asked for with --lang', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-render-cli-'));
    const io = memoryIo({}, RENDER_FIXTURES);
    const args = ['render', 'orders/eur.yaml', '--out', folder, '--format', 'html', '--lang', 'en', '--reference', REFERENCE_FILE, ...AS_OF];
    expect(await main(args, io)).toBe(0);
    const html = await readFile(join(folder, '218764523.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Order form 218764523</title>');
  });

  it('--shard 1/2 and 2/2 render every order exactly once', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-render-shards-'));
    const shards: string[][] = [];
    for (const shard of ['1/2', '2/2']) {
      const out = join(folder, shard.replace('/', '-of-'));
      const io = memoryIo({}, RENDER_FIXTURES);
      expect(await main(['render', 'orders', '--out', out, '--format', 'html', '--shard', shard, '--reference', REFERENCE_FILE, ...AS_OF], io)).toBe(0);
      shards.push((await readdir(out)).sort());
    }
    // orderId mod 2 = 0 → shard 1 (400000202); = 1 → shard 2 (the three odd ids).
    expect(shards).toEqual([['400000202.html'], ['218764523.html', '300000101.html', '500000065.html']]);
    expect(shards.flat().sort()).toEqual(['218764523.html', '300000101.html', '400000202.html', '500000065.html']);
  });

  it("removes the temporaries a killed render left in --out (SIGKILL mid-write), never a live writer's", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bdc-render-cli-'));
    const me = `${String(process.pid)}.${processStartTime(process.pid)}`;
    const abandoned = `.bdc-tmp-${String(deadPid())}.123-0a1b2c3d4e5f.218764523.pdf`;
    const inFlight = `.bdc-tmp-${me}-0a1b2c3d4e5f.218764523.pdf`;
    await writeFile(join(folder, abandoned), '%PDF-1.7 half');
    await writeFile(join(folder, inFlight), '%PDF-1.7 being written');
    const io = memoryIo({}, RENDER_FIXTURES);
    expect(await main(['render', 'orders/eur.yaml', '--out', folder, '--format', 'html', '--reference', REFERENCE_FILE, ...AS_OF], io)).toBe(0);
    expect((await readdir(folder)).sort()).toEqual([inFlight, '218764523.html']);
  });

  it.each([
    [['--format', 'html'], '--out DIR is required'],
    [['--out', 'x', '--format', 'html,docx'], '--format "html,docx": "docx" is not html or pdf'],
    [['--out', 'x', '--lang', 'nl'], '--lang "nl" is not one of fr, en, de, es, it, pl, pt'],
    [['--out', 'x', '--concurrency', '0'], '--concurrency "0" is not a number from 1 to 99'],
    [['--out', 'x', '--as-of', 'yesterday'], '--as-of "yesterday" is not a date-time with an offset'],
    [['--out', 'x', '--colour'], 'unknown option --colour'],
    [['--out', 'x', '--shard', '3/2'], '--shard "3/2" is not i/n with 1 <= i <= n'],
  ])('refuses %j with exit 2', async (args, message) => {
    const io = memoryIo({}, RENDER_FIXTURES);
    expect(await main(['render', ...args], io)).toBe(2);
    expect(io.stderr[0]).toContain(message);
  });

  it('prints its help', async () => {
    const io = memoryIo();
    expect(await main(['render', '--help'], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Usage: bdc render \[PATH…\] --out DIR/);
  });
});
