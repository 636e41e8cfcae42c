/** An unreachable --browser-ws-endpoint: one line (what, where, a hint), exit 3, no stack, nothing written. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BdcError, render } from '../../../src/index.ts';
import { memoryIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { REFERENCE_FILE, RENDER_FIXTURES } from '../render/fixture-orders.ts';

// Port 9 (discard) has no listener here: the connection is refused at once.
const ENDPOINT = 'ws://127.0.0.1:9/';

describe('an unreachable remote browser', () => {
  it('bdc render: one line and a hint, exit 3', async () => {
    const out = await mkdtemp(join(tmpdir(), 'bdc-remote-'));
    try {
      const io = memoryIo({}, RENDER_FIXTURES);
      const argv = ['render', 'orders/eur.yaml', '--out', out, '--reference', REFERENCE_FILE, '--as-of', '2026-03-05T12:00:00Z'];
      expect(await main([...argv, '--browser-ws-endpoint', ENDPOINT], io)).toBe(3);
      expect(io.stderr).toEqual([
        `bdc render: cannot reach the browser at ${ENDPOINT}`,
        '  hint: start the remote Chrome (--remote-debugging-port) and pass its DevTools WebSocket URL, or drop --browser-ws-endpoint to launch a local one',
      ]);
      expect(io.stdout).toEqual([]);
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('render(): a BdcError of kind printer that keeps the cause', async () => {
    const error: unknown = await render({
      paths: ['orders/eur.yaml'],
      out: join(tmpdir(), 'bdc-never-written'),
      reference: REFERENCE_FILE,
      asOf: '2026-03-05T12:00:00Z',
      browserWSEndpoint: ENDPOINT,
      cwd: RENDER_FIXTURES,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BdcError);
    expect(error).toMatchObject({ kind: 'printer', code: 'BROWSER_UNREACHABLE' });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});
