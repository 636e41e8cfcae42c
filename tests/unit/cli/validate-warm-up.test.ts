import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { warmUpValidate } from '../../../src/cli/validate-warm-up.ts';
import { dropPrestartedWorkers, maxThreads, prestartedCount } from '../../../src/input/parallel/worker-pool.ts';

describe('bdc validate warm-up', () => {
  let large = '';
  beforeAll(async () => {
    large = await mkdtemp(join(tmpdir(), 'bdc-warm-up-'));
    for (let index = 0; index < 100; index += 1) await writeFile(join(large, `order-${String(index)}.yaml`), 'orderId: 1\n');
  });
  afterEach(() => {
    dropPrestartedWorkers();
  });
  afterAll(async () => {
    await rm(large, { recursive: true, force: true });
  });

  it('starts the workers for a folder of 100 entries, whatever the options around it', () => {
    expect(warmUpValidate(['--format', 'json', large, '--reference', 'data/subsidiaries.yaml'], process.cwd())).toBe(true);
    expect(prestartedCount()).toBe(maxThreads() - 1);
  });

  it('leaves them for small runs: the shipped data, one file, a path that does not exist', () => {
    for (const argv of [[], ['data/orders'], ['data/orders/associations-and-others.yaml'], ['no/such/folder']]) {
      expect(warmUpValidate(argv, process.cwd()), argv.join(' ')).toBe(false);
    }
    expect(prestartedCount()).toBe(0);
  });

  it('reads the paths past an option it does not know (the command reports it)', () => {
    expect(warmUpValidate(['--no-such-option', large], process.cwd())).toBe(true);
  });
});
