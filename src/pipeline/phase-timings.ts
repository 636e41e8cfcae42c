/**
 * Phase timings of a build, for the bench (never printed): when BDC_BUILD_TIMINGS names a file,
 * `bdc build` writes there, as JSON, each phase's wall time and the CPU time of the process that
 * ran it (the Astro child's phases included, read from the file it writes beside it), plus the
 * CPU of this process and of those it reaped, and they theirs (Linux: the Astro child and
 * Pagefind; Chromium's renderers, ended with the browser, mostly missing: the bench samples each
 * process's CPU from /proc instead, scripts/bench/child.ts). Phases of one process that overlap
 * (documents beside the wait for the site) share that process's CPU: a phase's CPU is the
 * process's over the phase's wall interval. Unset: nothing is measured or written.
 */
import { resolve } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../io/atomic-write.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface PhaseTiming {
  readonly phase: string;
  /** Which process ran it: `bdc` or `site` (the Astro child). */
  readonly process: string;
  /** Start, in ms since the build started. */
  readonly startMs: number;
  readonly wallMs: number;
  /** CPU time (user + system) of that process over the phase, in ms; null for a phase that is the sum of overlapping calls. */
  readonly cpuMs: number | null;
}

export interface BuildTimings {
  readonly wallMs: number;
  /** CPU of bdc and the processes it reaped, and they theirs (Linux), in ms; null elsewhere. */
  readonly treeCpuMs: number | null;
  readonly phases: readonly PhaseTiming[];
}

/** A point in time shared by processes: ms since the epoch, sub-millisecond. */
export function epochMs(): number {
  return performance.timeOrigin + performance.now();
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Recorded phases of one process, with absolute start times (merged by the parent). */
export interface RawPhase {
  readonly phase: string;
  readonly process: string;
  readonly startEpochMs: number;
  readonly wallMs: number;
  readonly cpuMs: number | null;
}

export class PhaseRecorder {
  readonly phases: RawPhase[] = [];
  readonly processName: string;

  constructor(processName: string) {
    this.processName = processName;
  }

  /** Starts a phase; the function returned ends it. */
  start(phase: string): () => void {
    const startEpochMs = epochMs();
    const cpuStart = cpuMs();
    return () => {
      this.phases.push({ phase, process: this.processName, startEpochMs, wallMs: epochMs() - startEpochMs, cpuMs: cpuMs() - cpuStart });
    };
  }

  async time<T>(phase: string, run: () => Promise<T>): Promise<T> {
    const end = this.start(phase);
    try {
      return await run();
    } finally {
      end();
    }
  }

  /**
   * A phase made of calls that overlap (every print of a pool of tabs): its wall time is the
   * time during which at least one call was running, from the first call's start; no CPU.
   */
  busy(phase: string): <T>(run: () => Promise<T>) => Promise<T> {
    let running = 0;
    let since = 0;
    let first: number | undefined;
    let total = 0;
    let entry: { -readonly [K in keyof RawPhase]: RawPhase[K] } | undefined;
    return async (run) => {
      if (running++ === 0) since = epochMs();
      first ??= since;
      try {
        return await run();
      } finally {
        if (--running === 0) {
          total += epochMs() - since;
          if (entry === undefined) {
            entry = { phase, process: this.processName, startEpochMs: first, wallMs: total, cpuMs: null };
            this.phases.push(entry);
          } else entry.wallMs = total;
        }
      }
    };
  }
}

/** Does nothing: builds without BDC_BUILD_TIMINGS. */
const IGNORED = new (class extends PhaseRecorder {
  override start(): () => void {
    return () => undefined;
  }

  override busy(): <T>(run: () => Promise<T>) => Promise<T> {
    return (run) => run();
  }
})('none');

/** The recorder of a build: one that records nothing unless BDC_BUILD_TIMINGS is set. */
export function phaseRecorder(env: Env, cwd: string, processName: string): PhaseRecorder {
  const file = timingsFile(env, cwd);
  if (file === undefined) return IGNORED;
  // A previous build's site phases must not be read as this one's (a cached site has none).
  rmSync(siteTimingsFile(file), { force: true });
  return new PhaseRecorder(processName);
}

/** The file BDC_BUILD_TIMINGS names, absolute (a relative one is the working folder's: the site child runs elsewhere). */
export function timingsFile(env: Env, cwd: string): string | undefined {
  const file = env['BDC_BUILD_TIMINGS'];
  return file === undefined || file === '' ? undefined : resolve(cwd, file);
}

/** The site child's phases are written beside the build's file. */
export function siteTimingsFile(file: string): string {
  return `${file}.site.json`;
}

/** CPU of this process's waited-for children (Linux: cutime + cstime of /proc/self/stat), in ms. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), counted from the state (field 3) here.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks * 1000) / 100 : null;
  } catch {
    return null;
  }
}

/** Reads the site child's phases (absent: the site was not built, or came from the cache). */
async function sitePhases(file: string): Promise<RawPhase[]> {
  try {
    return JSON.parse(await readFile(siteTimingsFile(file), 'utf8')) as RawPhase[];
  } catch {
    return [];
  }
}

export async function writeBuildTimings(env: Env, cwd: string, recorder: PhaseRecorder, startEpochMs: number): Promise<void> {
  const file = timingsFile(env, cwd);
  if (file === undefined) return;
  const children = childrenCpuMs();
  const raw = [...recorder.phases, ...(await sitePhases(file))].sort((a, b) => a.startEpochMs - b.startEpochMs);
  const round = (ms: number): number => Math.round(ms);
  const timings: BuildTimings = {
    wallMs: round(epochMs() - startEpochMs),
    treeCpuMs: children === null ? null : round(cpuMs() + children),
    phases: raw.map(({ phase, process, startEpochMs: start, wallMs, cpuMs: cpu }) => ({
      phase,
      process,
      startMs: round(start - startEpochMs),
      wallMs: round(wallMs),
      cpuMs: cpu === null ? null : round(cpu),
    })),
  };
  await writeFileAtomic(file, `${JSON.stringify(timings, null, 2)}\n`);
}
