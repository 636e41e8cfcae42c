/** Shared tools of the fault tests: order folders, process trees, `bdc` as a child, PDF checks. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { RENDER_FIXTURES } from '../../unit/render/fixture-orders.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BDC = join(ROOT, 'bin/bdc.js');
/** Node 24 from the `node` dev dependency (the system's may be older). */
export const NODE = join(ROOT, 'node_modules/.bin/node');
export const AS_OF = '2026-03-05T12:00:00Z';

export function tempFolder(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `bdc-fault-${prefix}-`));
}

/** `count` copies of a render fixture (default: the 65-line order), orderIds first + 1…, in `folder`. */
export async function writeOrders(folder: string, count: number, first: number, fixture = 'long-65'): Promise<number[]> {
  const source = await readFile(join(RENDER_FIXTURES, 'orders', `${fixture}.yaml`), 'utf8');
  const ids: number[] = [];
  for (let copy = 1; copy <= count; copy += 1) {
    const id = first + copy;
    ids.push(id);
    await writeFile(join(folder, `order-${id}.yaml`), source.replace(/^orderId: \d+$/m, `orderId: ${id}`));
  }
  return ids;
}

/** Every process whose ancestry leads to `root`, read from /proc. */
export function descendants(root: number): { pid: number; ppid: number; cmdline: string }[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  const found: { pid: number; ppid: number; cmdline: string }[] = [];
  for (const [pid, ppid] of parents) {
    for (let up: number | undefined = ppid; up !== undefined && up > 1; up = parents.get(up)) {
      if (up !== root) continue;
      let cmdline = '';
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      } catch {
        // Exited meanwhile.
      }
      found.push({ pid, ppid, cmdline });
      break;
    }
  }
  return found;
}

/** The main Chromium process (not a zygote, renderer or GPU helper) that `root` started, if any. */
export function browserOf(root: number): { pid: number; cmdline: string } | undefined {
  return descendants(root).find(({ cmdline }) => cmdline.includes('bdc-chromium-') && !cmdline.includes('--type='));
}

export function isAlive(pid: number): boolean {
  return existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** Polls `condition` every 50 ms, up to `limitMs`; returns whether it became true. */
export async function waitFor(condition: () => boolean, limitMs: number): Promise<boolean> {
  for (let waited = 0; waited < limitMs; waited += 50) {
    if (condition()) return true;
    await sleep(50);
  }
  return condition();
}

export interface BdcChild {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly stderr: () => string;
}

/** `bdc …` as a child process, as CI runs it. */
export function spawnBdc(args: readonly string[], cwd = ROOT): BdcChild {
  const child = spawn(NODE, [BDC, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SOURCE_DATE_EPOCH: '1772712000', CI: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve(code ?? (signal === null ? null : -1));
    });
  });
  return { child, exited, stderr: () => stderr };
}

/** True when the file is a complete PDF that pdf-lib can load, with at least one page. */
export async function pdfParses(file: string): Promise<boolean> {
  try {
    const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
    return pdf.getPageCount() > 0;
  } catch {
    return false;
  }
}

const exec = promisify(execFile);

/** The PDF's text, as pdftotext reads it. */
export async function pdfText(file: string): Promise<string> {
  const { stdout } = await exec('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout;
}

/** Every file under `folder` (relative paths), recursively. */
export function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}
