/**
 * Runs a command as a child process and measures it from outside: wall time, and peak memory
 * read from /proc while it runs (VmHWM of the child itself and of its largest descendant, and
 * the largest sum of proportional set sizes (PSS) over the child and all its descendants,
 * Chromium included: shared pages are divided among the processes that share them, so the sum
 * is the memory the whole tree takes). Linux only; elsewhere memory is null.
 */
import { spawn } from 'node:child_process';
import { cpuTicks, descendants, TICKS_PER_SECOND } from './proc.ts';
import { readFileSync } from 'node:fs';

export interface ChildRun {
  readonly exitCode: number | null;
  readonly seconds: number;
  /** Peak resident memory of the child process itself (VmHWM), in bytes. */
  readonly peakRssBytes: number | null;
  /** Largest observed sum of the proportional set sizes of the child and its descendants, in bytes. */
  readonly peakTreePssBytes: number | null;
  /** Peak resident memory (VmHWM) of the largest single descendant (the Astro build, a Chromium process). */
  readonly peakDescendantRssBytes: number | null;
  /**
   * CPU seconds (user + system) by kind of process: the child itself (`bdc`), `astro` (the site
   * build), `chromium`, `pagefind`, `other`; each process's last reading while the tree was
   * polled (a process that ends between two polls loses at most a poll's worth). Linux, with
   * the tree polled; else null.
   */
  readonly cpuSecondsByProcess: Readonly<Record<string, number>> | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A `Field: N kB` line of /proc/<pid>/status (or another such file), in bytes. */
function statusField(pid: number, field: string, file = 'status'): number | undefined {
  try {
    const status = readFileSync(`/proc/${String(pid)}/${file}`, 'latin1');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/** What a descendant is, from its command line. */
function processKind(pid: number): string {
  try {
    const command = readFileSync(`/proc/${String(pid)}/cmdline`, 'latin1');
    if (command.includes('astro-build-child')) return 'astro';
    if (command.includes('pagefind')) return 'pagefind';
    if (/chrom|headless/i.test(command)) return 'chromium';
    return 'other';
  } catch {
    return 'other';
  }
}


export async function runChild(
  command: string,
  args: readonly string[],
  options: {
    readonly cwd?: string;
    readonly env?: NodeJS.ProcessEnv;
    readonly pollMs?: number;
    /** Also read the descendants' memory (default true); off for a process without children, so polling /proc costs less. */
    readonly tree?: boolean;
  } = {},
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
  /** Each process's latest CPU reading and kind, by pid. */
  const cpu = new Map<number, { kind: string; ticks: number }>();
  const readCpu = (pid: number, kind: () => string): void => {
    const ticks = cpuTicks(pid);
    if (ticks === undefined) return;
    const known = cpu.get(pid);
    // Read again each time: just forked, a process still shows its parent's command line;
    // about to end, none ('other').
    const now = kind();
    cpu.set(pid, { kind: now === 'other' ? (known?.kind ?? now) : now, ticks: Math.max(ticks, known?.ticks ?? 0) });
  };
  const poll = (): void => {
    const pid = child.pid;
    if (!linux || pid === undefined) return;
    const own = statusField(pid, 'VmHWM');
    if (own !== undefined) peak = Math.max(peak ?? 0, own);
    // The whole tree is costlier to read: every 4th poll.
    if (options.tree !== false && polls++ % 4 === 0) {
      let sum = statusField(pid, 'Pss', 'smaps_rollup') ?? 0;
      readCpu(pid, () => 'bdc');
      for (const descendant of descendants(pid)) {
        sum += statusField(descendant, 'Pss', 'smaps_rollup') ?? 0;
        peakDescendant = Math.max(peakDescendant ?? 0, statusField(descendant, 'VmHWM') ?? 0);
        readCpu(descendant, () => processKind(descendant));
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
  let cpuSecondsByProcess: Record<string, number> | null = null;
  if (cpu.size > 0) {
    cpuSecondsByProcess = {};
    for (const { kind, ticks } of cpu.values()) cpuSecondsByProcess[kind] = (cpuSecondsByProcess[kind] ?? 0) + ticks / TICKS_PER_SECOND;
  }
  return {
    exitCode,
    seconds: (performance.now() - started) / 1000,
    cpuSecondsByProcess,
    peakRssBytes: peak,
    peakTreePssBytes: peakTree,
    peakDescendantRssBytes: peakDescendant,
    stdout,
    stderr,
  };
}
