/**
 * Scratch folders that a killed process (SIGKILL: no handler runs) cannot remove are named
 * after their owner: `<prefix><pid>.<start time>-<random>`. Whoever makes the next one in the
 * same place removes those whose owner is gone (process-identity.ts), so leftovers of a killed
 * build never pile up, and a live owner's folders are never touched.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { currentProcess, ownerAlive } from './process-identity.ts';

function ownName(prefix: string): string {
  const me = currentProcess();
  return `${prefix}${String(me.pid)}.${me.started}-`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names under a folder left by owners that are gone. */
function deadOwners(prefix: string, names: readonly string[]): string[] {
  const pattern = new RegExp(`^${escapeRegExp(prefix)}(\\d+)\\.(\\d*)-`);
  return names.filter((name) => {
    const match = pattern.exec(name);
    return match !== null && !ownerAlive({ pid: Number(match[1]), started: match[2] ?? '' });
  });
}

/** Removes what owners that are gone left under `parent` with this prefix; returns their names. */
export async function sweepScratchFolders(parent: string, prefix: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(parent);
  } catch {
    return [];
  }
  const dead = deadOwners(prefix, names);
  for (const name of dead) await rm(join(parent, name), { recursive: true, force: true });
  return dead;
}

/** A new scratch folder under `parent` (which must exist), after sweeping dead owners' ones. */
export async function makeScratchFolder(parent: string, prefix: string): Promise<string> {
  await sweepScratchFolders(parent, prefix);
  return mkdtemp(join(parent, ownName(prefix)));
}

export function makeScratchFolderSync(parent: string, prefix: string): string {
  let names: string[] = [];
  try {
    names = readdirSync(parent);
  } catch {
    // Nothing to sweep.
  }
  for (const name of deadOwners(prefix, names)) rmSync(join(parent, name), { recursive: true, force: true });
  return mkdtempSync(join(parent, ownName(prefix)));
}
