/** The progress bar: rate and ETA, redrawn in place on a terminal, silent otherwise. */
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../../src/cli/io.ts';
import { formatDuration, progressLine, progressReporter } from '../../../src/cli/progress.ts';

describe('progress', () => {
  it('shows count, bar, percent, rate and ETA', () => {
    // 250 of 1000 in 10 s: 25/s, 750 left → 30 s.
    expect(progressLine('built', 250, 1000, 10)).toBe('built 250/1000 [######------------------]  25% 25.0/s ETA 30s');
    expect(progressLine('built', 1000, 1000, 75)).toBe(
      'built 1000/1000 [########################] 100% 13.3/s in 1m15s',
    );
  });

  it('formats durations', () => {
    expect([
      formatDuration(0),
      formatDuration(59.4),
      formatDuration(61),
      formatDuration(3600),
      formatDuration(Infinity),
    ]).toStrictEqual(['0s', '59s', '1m01s', '60m00s', '?']);
  });

  it('redraws the previous line on a terminal, at most 4 times a second, and always at the end', () => {
    const io = { ...memoryIo(), interactive: true };
    let clock = 0;
    const report = progressReporter(io, 'built', () => clock);
    clock = 1000;
    report(1, 4);
    clock = 1100;
    report(2, 4); // too soon: skipped
    clock = 2000;
    report(3, 4);
    clock = 2050;
    report(4, 4); // the end: always shown
    expect(io.stderr).toHaveLength(3);
    expect(io.stderr[0]).toBe('built 1/4 [######------------------]  25% 1.0/s ETA 3s');
    expect(io.stderr[1]?.startsWith('\u001b[1A\u001b[2Kbuilt 3/4 ')).toBe(true);
  });

  it('is silent when not on a terminal (CI, pipes)', () => {
    const io = memoryIo();
    const report = progressReporter(io, 'built');
    report(1, 1);
    expect(io.stderr).toStrictEqual([]);
  });
});
