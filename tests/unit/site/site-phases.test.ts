import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawPhase } from '../../../src/pipeline/phase-timings.ts';
import { sitePhase, sitePhasesIntegration, writeSitePhases } from '../../../src/site/site-phases.ts';

describe("the site build's phases (Astro child)", () => {
  it('starts each named phase once, ends it at the next, and writes them from the process start for the build to merge', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bdc-site-phases-'));
    try {
      const hooks = sitePhasesIntegration().hooks as Record<string, () => void>;
      hooks['astro:build:start']?.();
      sitePhase('site: page rendering');
      // Every page calls it: only the first counts.
      sitePhase('site: page rendering');
      hooks['astro:build:generated']?.();
      const file = join(dir, 'site.json');
      writeSitePhases(file);
      const phases = JSON.parse(await readFile(file, 'utf8')) as RawPhase[];
      expect(phases.map(({ phase }) => phase)).toEqual([
        'site: Astro child start (Node, Astro, configuration, locales)',
        'site: bundling (Vite, Starlight)',
        'site: page rendering',
        'site: after rendering (Astro)',
      ]);
      for (const [index, phase] of phases.entries()) {
        expect(phase.process).toBe('site');
        expect(phase.wallMs).toBeGreaterThanOrEqual(0);
        expect(phase.cpuMs).toBeGreaterThanOrEqual(0);
        const next = phases[index + 1];
        if (next !== undefined) expect(phase.startEpochMs + phase.wallMs).toBeCloseTo(next.startEpochMs, 6);
      }
      expect(phases[0]?.startEpochMs).toBe(performance.timeOrigin);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
