/**
 * Lockdown, end to end, with a local HTTP listener standing for "the network": printing the
 * hostile corpus (markup, scripts, styles, URLs pointing at the listener in every string field)
 * and building a site that includes it send it no request; scripts do not run in printed pages;
 * every page of the built site and every standalone form carries a Content-Security-Policy.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/render.ts';
import { createPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { parse } from 'yaml';
import { FORM_CSP, stringLeaves } from '../../unit/hostile/render-check.ts';
import { filesUnder, pdfText, ROOT, sleep, spawnBdc, tempFolder } from '../faults/support.ts';

const HOSTILE = join(ROOT, 'tests/fixtures/hostile/orders');
const REFERENCE = join(ROOT, 'tests/fixtures/subsidiaries.yaml');
const AS_OF = '2026-03-10T00:00:00Z';
/** The corpus files whose every string field points at the listener. */
const NETWORKED = ['html-every-field', 'script-every-field', 'css-every-field', 'http-url-every-field', 'attribute-breakout-every-field'];

const requests: string[] = [];
const server = createServer((request, response) => {
  requests.push(request.url ?? '');
  response.end('');
});
let port = 0;
const folders: string[] = [];

async function folderFor(name: string): Promise<string> {
  const folder = await tempFolder(name);
  folders.push(folder);
  return folder;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

/** The corpus files, PORT replaced by the listener's, copied into `folder`. */
function copyCorpus(folder: string, names: readonly string[]): void {
  for (const name of names) {
    const text = readFileSync(join(HOSTILE, `${name}.yaml`), 'utf8').replaceAll('PORT', String(port));
    writeFileSync(join(folder, `${name}.yaml`), text);
  }
}

describe('printing the hostile corpus', () => {
  it('sends no request to the listener and prints the markup as text', async () => {
    const folder = await folderFor('lockdown');
    copyCorpus(folder, NETWORKED);
    const out = join(folder, 'out');
    const io = memoryIo({});
    expect(await run([folder, '--out', out, '--reference', REFERENCE, '--as-of', AS_OF], io)).toBe(0);
    expect(filesUnder(out).filter((name) => name.endsWith('.pdf'))).toHaveLength(NETWORKED.length);
    await sleep(300);
    expect(requests).toEqual([]);
    const text = (await Promise.all(filesUnder(out).filter((name) => name.endsWith('.pdf')).map((name) => pdfText(join(out, name))))).join('\n');
    expect(text).toContain("<script>fetch('http://127.0.0.1:");
    expect(text).toContain('</style><style>body{display:none}</style>');
  });
});

describe('JavaScript in a printed page', () => {
  it('does not run: neither scripts, event handlers nor a refresh change what is printed', async () => {
    const html = `<!DOCTYPE html><html><head><title>js</title>
      <meta http-equiv="refresh" content="0;url=data:text/html,REFRESHED">
      </head><body><p id="target">ORIGINAL TEXT</p>
      <script>document.getElementById('target').textContent = 'SCRIPT RAN';</script>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="document.body.textContent = 'HANDLER RAN'" onerror="document.body.textContent = 'HANDLER RAN'">
      <noscript><p>NOSCRIPT SHOWN</p></noscript></body></html>`;
    const folder = await folderFor('js');
    const printer = await createPdfPrinter({ asOf: Temporal.Instant.from(AS_OF), handleSignals: false });
    let pdf: Uint8Array;
    try {
      pdf = await printer.print({ html, title: 'js', language: 'en', pageWord: 'page' });
    } finally {
      await printer.close();
    }
    const file = join(folder, 'js.pdf');
    writeFileSync(file, pdf);
    const text = await pdfText(file);
    expect(text).toContain('ORIGINAL TEXT');
    expect(text).toContain('NOSCRIPT SHOWN');
    expect(text).not.toMatch(/SCRIPT RAN|HANDLER RAN|REFRESHED/);
  });
});

describe('a site built with the hostile corpus in its data', () => {
  let dist = '';
  let exitCode: number | null = null;
  let stderr = '';

  beforeAll(async () => {
    const folder = await folderFor('site');
    const data = join(folder, 'data');
    cpSync(join(ROOT, 'data'), data, { recursive: true });
    await mkdir(join(data, 'orders', 'hostile'));
    copyCorpus(join(data, 'orders', 'hostile'), NETWORKED);
    dist = join(folder, 'dist');
    const build = spawnBdc(['build', '--data', data, '--out', dist, '--no-cache', '--as-of', AS_OF]);
    exitCode = await build.exited;
    stderr = build.stderr();
  });

  it('builds, and sends no request to the listener', async () => {
    expect(exitCode, stderr).toBe(0);
    await sleep(300);
    expect(requests).toEqual([]);
  });

  it('gives every page a CSP without inline scripts, and every standalone form the strict one', () => {
    const pages = filesUnder(dist).filter((name) => name.endsWith('.html'));
    const forms = pages.filter((name) => name.startsWith('orders/'));
    const site = pages.filter((name) => !name.startsWith('orders/'));
    expect(forms.length).toBeGreaterThan(NETWORKED.length);
    expect(site.length).toBeGreaterThan(10);
    for (const name of forms) expect(readFileSync(join(dist, name), 'utf8'), name).toContain(`content="${FORM_CSP}"`);
    for (const name of site) {
      const html = readFileSync(join(dist, name), 'utf8');
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html)?.[1];
      expect(csp, name).toBeDefined();
      expect(csp, name).toMatch(/(?:^|; )default-src 'self'/);
      expect(csp, name).toMatch(/(?:^|; )object-src 'none'/);
      expect(/script-src [^;]*/.exec(csp ?? '')?.[0], name).not.toContain("'unsafe-inline'");
    }
  });

  it("shows the hostile strings escaped on the orders' pages: no element from the data", () => {
    // The corpus orders are numbered 7000000xx; each has a French and an English page.
    const pages = filesUnder(dist).filter((name) => /(?:^|\/)7000000\d\d\/index\.html$/.test(name));
    expect(pages.length).toBe(2 * NETWORKED.length);
    const payloads = NETWORKED.flatMap((corpus) =>
      stringLeaves(parse(readFileSync(join(HOSTILE, `${corpus}.yaml`), 'utf8').replaceAll('PORT', String(port))))
        .map(({ text }) => text)
        .filter((text) => /[<>"]/.test(text)),
    );
    expect(payloads.length).toBe(40);
    for (const name of pages) {
      const html = readFileSync(join(dist, name), 'utf8');
      expect(html, name).toContain('&lt;');
      for (const payload of payloads) expect(html.includes(payload), `${name}: ${payload}`).toBe(false);
    }
    expect(readdirSync(dist)).toContain('orders');
  });
});
