/**
 * The build lock under contention: 8 processes race for one output folder whose lock names a
 * process that is gone (or a reused pid), over many trials. At no time do two hold it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processStartTime } from '../../../src/io/process-identity.ts';
import { deadPid } from '../../support/dead-pid.ts';
import { NODE, ROOT, tempFolder } from './support.ts';

const CONTENDERS = 8;
const TRIALS = 40;

interface Contender {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: AsyncIterator<string, undefined>;
}

let contenders: Contender[] = [];
let folder = '';

async function nextLine(contender: Contender): Promise<string> {
  const next = await contender.lines.next();
  if (next.done === true) throw new Error('a contender exited');
  return next.value;
}

beforeAll(async () => {
  folder = await tempFolder('lock-race');
  contenders = Array.from({ length: CONTENDERS }, () => {
    const child = spawn(NODE, [join(ROOT, 'tests/e2e/faults/lock-contender.ts')], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: Interface = createInterface({ input: child.stdout });
    return { child, lines: lines[Symbol.asyncIterator]() as AsyncIterator<string, undefined> };
  });
  for (const contender of contenders) expect(await nextLine(contender)).toBe('ready');
});

afterAll(() => {
  for (const { child } of contenders) child.kill();
});

describe('the build lock', () => {
  it('has one holder at a time when 8 builds race for a stale lock, over many trials', async () => {
    const tally = { held: 0, refused: 0, overlap: 0 };
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const dir = join(folder, `trial-${String(trial)}`);
      await mkdir(dir);
      // Half the trials: an old-style lock naming a dead pid; half: a live pid whose start time
      // says it is another process (the pid was reused).
      const stale = trial % 2 === 0 ? `${String(deadPid())}\n` : `${String(process.pid)}\n1${processStartTime(process.pid)}\nold-token\n`;
      writeFileSync(join(dir, 'dist.lock'), stale);
      if (trial % 4 === 0) {
        // Left by builds killed while taking the lock, or while removing a stale one: swept.
        writeFileSync(join(dir, `dist.lock.tmp-${String(deadPid())}.-0a1b2c`), stale);
        writeFileSync(join(dir, 'dist.lock.break-0123abcd'), `${String(deadPid())}\n\nbreaker\n`);
      }
      for (const { child } of contenders) child.stdin.write(`${dir}\n`);
      const answers = await Promise.all(contenders.map(nextLine));
      for (const answer of answers) tally[answer as keyof typeof tally] += 1;
      expect(answers, `trial ${String(trial)}`).not.toContain('overlap');
      expect(answers.filter((answer) => answer === 'held').length, `trial ${String(trial)}`).toBeGreaterThanOrEqual(1);
      // Released and cleaned: no lock, breaker or temporary file left (a killed build's swept).
      expect(readdirSync(dir)).toEqual([]);
    }
    expect(tally.overlap).toBe(0);
    expect(tally.held + tally.refused).toBe(TRIALS * CONTENDERS);
    expect(existsSync(join(folder, 'trial-0', 'dist.lock'))).toBe(false);
  }, 60_000);
});
