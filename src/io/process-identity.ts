/**
 * Who a process is, in a way that survives pid reuse: its pid and, on Linux, its start time
 * (field 22 of /proc/<pid>/stat, clock ticks since boot). Lock and scratch-folder owners are
 * recorded this way; an owner is alive when a process with that pid exists and started then.
 */
import { readFileSync } from 'node:fs';
import { processAlive } from './process-alive.ts';

export interface ProcessIdentity {
  readonly pid: number;
  /** Empty when the system does not say (not Linux). */
  readonly started: string;
}

/** The start time of `pid`, or '' when unknown (no /proc, or the process is gone). */
export function processStartTime(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

export function currentProcess(): ProcessIdentity {
  return { pid: process.pid, started: processStartTime(process.pid) };
}

/** Whether the process recorded as `owner` still runs (a reused pid with another start time does not). */
export function ownerAlive(owner: ProcessIdentity): boolean {
  if (!processAlive(owner.pid)) return false;
  if (owner.started === '') return true;
  const started = processStartTime(owner.pid);
  // Unreadable /proc entry of a live pid (another user's, hidepid): trust the pid.
  return started === '' || started === owner.started;
}
