import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { run } from '../../../src/cli/render.ts';
import { createPdfPrinter } from '../../../src/render/pdf/printer.ts';
import { AS_OF, ORDER_IDS, REFERENCE_FILE, RENDER_FIXTURES } from '../../unit/render/fixture-orders.ts';
import { pdfPages, squeeze } from './poppler.ts';

const requests: string[] = [];
const server = createServer((request: IncomingMessage, response) => {
  requests.push(request.url ?? '');
  response.end('');
});
let out = '';
let exitCode = -1;

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const folder = await mkdtemp(join(tmpdir(), 'bdc-hostile-'));
  const source = await readFile(join(RENDER_FIXTURES, 'hostile', 'hostile.yaml'), 'utf8');
  await writeFile(join(folder, 'hostile.yaml'), source.replaceAll('PORT', String(port)));
  out = join(folder, 'out');
  exitCode = await run([folder, '--out', out, '--reference', REFERENCE_FILE, '--as-of', '2026-03-05T12:00:00Z'], memoryIo());
});

afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

describe('a hostile order printed to PDF', () => {
  it('renders, and the local server it points at receives no request', async () => {
    expect(exitCode).toBe(0);
    // Give a late request (if any) a moment to arrive before asserting there was none.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([]);
  });

  it('prints the markup as text', async () => {
    const page = squeeze((await pdfPages(join(out, `${ORDER_IDS.hostile}.pdf`))).join('\n'));
    expect(page).toContain("<script>fetch('http://127.0.0.1:");
    expect(page).toContain('<a href="file:///etc/passwd">passwd</a>');
    expect(page).toContain('<img src=x onerror=alert(1)>');
    expect(page).toContain('Mallory');
  });
});

describe('the printer itself, given raw hostile HTML (no escaping, no CSP)', () => {
  it('runs no script and lets no request out', async () => {
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const html = `<!DOCTYPE html><html><head><title>raw</title>
      <link rel="stylesheet" href="${base}/raw-link.css"><style>@import url(${base}/raw-import.css);
      body { background: url(${base}/raw-background.png); } @font-face { font-family: x; src: url(${base}/raw-font.woff2); }</style>
      </head><body style="font-family: x"><img src="${base}/raw-img.png"><iframe src="${base}/raw-frame"></iframe>
      <iframe src="file:///etc/passwd"></iframe><object data="${base}/raw-object"></object>
      <script>fetch('${base}/raw-fetch'); document.title = 'scripted';</script>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">text</body></html>`;
    const printer = await createPdfPrinter({ asOf: AS_OF, handleSignals: false });
    try {
      const pdf = await printer.print({ html, title: 'raw', language: 'en', pageWord: 'page' });
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    } finally {
      await printer.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toEqual([]);
  });
});
