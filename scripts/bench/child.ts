/**
 * Runs a command as a child process and measures it from outside: wall time, and peak memory
 * read from /proc while it runs (VmHWM of the child itself, and the largest sum of VmRSS over
 * the child and all its descendants, Chromium included). Linux only; elsewhere memory is null.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ChildRun {
  readonly exitCode: number | null;
  readonly seconds: number;
  /** Peak resident memory of the child process itself (VmHWM), in bytes. */
  readonly peakRssBytes: number | null;
  /** Largest observed sum of resident memory of the child and its descendants, in bytes. */
  readonly peakTreeRssBytes: number | null;
  /** Peak resident memory (VmHWM) of the largest single descendant (the Astro build, a Chromium process). */
  readonly peakDescendantRssBytes: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function statusField(pid: number, field: string): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** Every descendant of `root`, from /proc/<pid>/stat's parent field. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(fields[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() ?? root;
    for (const [child, parent] of parentOf) {
      if (parent === pid) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

export async function runChild(
  command: string,
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv; readonly pollMs?: number } = {},
): Promise<ChildRun> {
  const linux = process.platform === 'linux';
  const started = performance.now();
  const child = spawn(command, [...args], {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peak: number | null = null;
  let peakTree: number | null = null;
  let peakDescendant: number | null = null;
  let polls = 0;
  const poll = (): void => {
    const pid = child.pid;
    if (!linux || pid === undefined) return;
    const own = statusField(pid, 'VmHWM');
    if (own !== undefined) peak = Math.max(peak ?? 0, own);
    // The whole tree is costlier to read: every 4th poll.
    if (polls++ % 4 === 0) {
      let sum = statusField(pid, 'VmRSS') ?? 0;
      for (const descendant of descendants(pid)) {
        sum += statusField(descendant, 'VmRSS') ?? 0;
        peakDescendant = Math.max(peakDescendant ?? 0, statusField(descendant, 'VmHWM') ?? 0);
      }
      peakTree = Math.max(peakTree ?? 0, sum);
    }
  };
  const timer = setInterval(poll, options.pollMs ?? 50);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve(code);
    });
  }).finally(() => {
    clearInterval(timer);
  });
  return {
    exitCode,
    seconds: (performance.now() - started) / 1000,
    peakRssBytes: peak,
    peakTreeRssBytes: peakTree,
    peakDescendantRssBytes: peakDescendant,
    stdout,
    stderr,
  };
}
