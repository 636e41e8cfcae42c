/** A pid no process has now: one that was just used and has exited. */
import { spawnSync } from 'node:child_process';

export function deadPid(): number {
  return spawnSync('true').pid;
}
