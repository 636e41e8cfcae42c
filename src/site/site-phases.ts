/**
 * The site build's phases, for the bench (src/pipeline/phase-timings.ts): marks taken in the
 * Astro child as its build goes (Astro's hooks, the first page rendered, the CSP and search
 * steps), each starting the phase it names, which lasts until the next mark. The Astro
 * configuration, the integrations and the bundled pages are separate module instances in one
 * process: the marks live on `globalThis`. Written as JSON to BDC_SITE_TIMINGS when it is
 * set; never printed. Taking a mark costs a clock read.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

interface Mark {
  readonly phase: string;
  readonly atEpochMs: number;
  readonly cpuMs: number;
}

const MARKS = Symbol.for('bdc.sitePhaseMarks');

function marks(): Mark[] {
  const taken = Reflect.get(globalThis, MARKS) as Mark[] | undefined;
  if (taken !== undefined) return taken;
  const created: Mark[] = [];
  Reflect.set(globalThis, MARKS, created);
  return created;
}

function now(): { atEpochMs: number; cpuMs: number } {
  const { user, system } = process.cpuUsage();
  return { atEpochMs: performance.timeOrigin + performance.now(), cpuMs: (user + system) / 1000 };
}

/** Starts the phase `phase` (ending the one before); only once per name. */
export function sitePhase(phase: string): void {
  const taken = marks();
  if (taken.some((mark) => mark.phase === phase)) return;
  taken.push({ phase, ...now() });
}

/** Marks Astro's own steps: bundling starts with the build; page rendering ends with `astro:build:generated`. */
export function sitePhasesIntegration(): AstroIntegration {
  return {
    name: 'bdc-site-phases',
    hooks: {
      'astro:build:start': () => {
        sitePhase('site: bundling (Vite, Starlight)');
      },
      'astro:build:generated': () => {
        sitePhase('site: after rendering (Astro)');
      },
    },
  };
}

/** Ends the last phase and writes them all to `file` (the process's start is the first). */
export function writeSitePhases(file: string): void {
  const end = now();
  const all: Mark[] = [{ phase: 'site: Astro child start (Node, Astro, configuration, locales)', atEpochMs: performance.timeOrigin, cpuMs: 0 }, ...marks()];
  const phases = all.map((mark, index) => {
    const next = all[index + 1] ?? { ...end, phase: '' };
    return { phase: mark.phase, process: 'site', startEpochMs: mark.atEpochMs, wallMs: next.atEpochMs - mark.atEpochMs, cpuMs: next.cpuMs - mark.cpuMs };
  });
  writeFileSync(file, `${JSON.stringify(phases)}\n`);
}
