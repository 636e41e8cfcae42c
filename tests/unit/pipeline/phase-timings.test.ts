import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { epochMs, phaseRecorder, siteTimingsFile, writeBuildTimings, type BuildTimings } from '../../../src/pipeline/phase-timings.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bdc-phases-'));
  dirs.push(dir);
  return dir;
}

const later = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('build phase timings (BDC_BUILD_TIMINGS)', () => {
  it('records nothing and writes nothing when the variable is unset', async () => {
    const dir = await scratch();
    const recorder = phaseRecorder({}, dir, 'bdc');
    recorder.start('reading and validation')();
    expect(await recorder.busy('printing')(() => Promise.resolve(7))).toBe(7);
    expect(recorder.phases).toEqual([]);
    await writeBuildTimings({}, dir, recorder, epochMs());
    expect(existsSync(join(dir, 'timings.json'))).toBe(false);
  });

  it("writes each phase with its start, wall and CPU, merges the site child's phases in start order, and drops a previous build's", async () => {
    const dir = await scratch();
    const file = join(dir, 'timings.json');
    // A relative file is the build's working folder's (the site child, which writes beside it, runs elsewhere).
    const env = { BDC_BUILD_TIMINGS: 'timings.json' };
    await writeFile(siteTimingsFile(file), '[{"phase":"stale"}]');
    const started = epochMs();
    const recorder = phaseRecorder(env, dir, 'bdc');
    expect(existsSync(siteTimingsFile(file))).toBe(false);
    await recorder.time('reading and validation', () => later(20));
    // Overlapping calls count once: the wall time while at least one runs.
    const printing = recorder.busy('printing');
    await Promise.all([printing(() => later(30)), printing(() => later(30))]);
    await writeFile(siteTimingsFile(file), JSON.stringify([{ phase: 'site: page rendering', process: 'site', startEpochMs: started + 5, wallMs: 10, cpuMs: 8 }]));
    await writeBuildTimings(env, dir, recorder, started);
    const timings = JSON.parse(await readFile(file, 'utf8')) as BuildTimings;
    expect(timings.phases.map(({ phase, process }) => `${process} ${phase}`)).toEqual(['bdc reading and validation', 'site site: page rendering', 'bdc printing']);
    const [reading, site, print] = timings.phases;
    expect(reading?.startMs).toBeGreaterThanOrEqual(0);
    expect(reading?.wallMs).toBeGreaterThanOrEqual(19);
    expect(reading?.cpuMs).toBeGreaterThanOrEqual(0);
    expect(site).toEqual({ phase: 'site: page rendering', process: 'site', startMs: 5, wallMs: 10, cpuMs: 8 });
    expect(print?.wallMs).toBeGreaterThanOrEqual(29);
    expect(print?.cpuMs).toBeNull();
    expect(timings.wallMs).toBeGreaterThanOrEqual(49);
    if (process.platform === 'linux') expect(timings.treeCpuMs).toBeGreaterThan(0);
  });
});
