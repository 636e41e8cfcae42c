/**
 * A scratch folder removed even when the process is interrupted (SIGINT, SIGTERM exit at once,
 * without running `finally` blocks). Returns the function that stops watching it.
 */
import { rmSync } from 'node:fs';
import { onInterrupt } from './on-interrupt.ts';

export function removeOnInterrupt(path: string): () => void {
  return onInterrupt(() => {
    rmSync(path, { recursive: true, force: true });
  });
}
