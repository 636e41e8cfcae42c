import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteBuildHeapMiB, yamlBytesUnder } from '../../../src/site/child-heap.ts';

const root = mkdtempSync(join(tmpdir(), 'bdc-child-heap-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the site build child heap limit', () => {
  it('is 384 MiB plus 8 MiB per MiB of order YAML, rounded up', () => {
    expect(siteBuildHeapMiB(0)).toBe(384);
    // 10,000 generated orders are about 19.6 MiB of YAML: 384 + ceil(8 × 19.6) = 541.
    expect(siteBuildHeapMiB(Math.round(19.6 * 1024 * 1024))).toBe(541);
    expect(siteBuildHeapMiB(1)).toBe(385);
  });

  it('counts the YAML files below the folder, nothing else, and 0 for a missing folder', async () => {
    mkdirSync(join(root, 'orders', 'nested'), { recursive: true });
    writeFileSync(join(root, 'orders', 'a.yaml'), 'x'.repeat(100));
    writeFileSync(join(root, 'orders', 'nested', 'b.YML'), 'x'.repeat(50));
    writeFileSync(join(root, 'orders', 'README.md'), 'x'.repeat(1000));
    expect(await yamlBytesUnder(join(root, 'orders'))).toBe(150);
    expect(await yamlBytesUnder(join(root, 'missing'))).toBe(0);
  });
});
