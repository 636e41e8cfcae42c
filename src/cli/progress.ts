/**
 * A progress bar on stderr with rate and ETA, only when stderr is a terminal (never in CI,
 * where `io.interactive` is false, nor in JSON output): redrawn in place at most 4 times a
 * second, and once at the end.
 */
import type { CliIo } from './io.ts';

const WIDTH = 24;
/** Cursor up one line and clear it: the next line replaces the previous bar. */
const REDRAW = '\u001b[1A\u001b[2K';

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  return minutes > 0 ? `${minutes}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}

/** `verb 340/1000 [########----------------]  34% 25.3/s ETA 26s` */
export function progressLine(verb: string, done: number, total: number, seconds: number): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta =
    done >= total ? `in ${formatDuration(seconds)}` : `ETA ${rate > 0 ? formatDuration((total - done) / rate) : '?'}`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${verb} ${done}/${total} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent} ${rate.toFixed(1)}/s ${eta}`;
}

export function progressReporter(
  io: CliIo,
  verb: string,
  now: () => number = Date.now,
): (done: number, total: number) => void {
  if (!io.interactive) return () => undefined;
  const started = now();
  let shown: number | undefined;
  return (done, total) => {
    const at = now();
    if (done < total && shown !== undefined && at - shown < 250) return;
    const line = progressLine(verb, done, total, (at - started) / 1000);
    io.err(shown === undefined ? line : `${REDRAW}${line}`);
    shown = at;
  };
}
