/**
 * One build at a time per output folder: a lock file beside it (`<out>.lock`) holding the
 * owner's pid, its start time and a random token.
 * - Taking it is one atomic step: the content is written to a private temporary file, then
 *   hard-linked to the lock's name, which fails when the name exists. No one ever sees a lock
 *   without its owner written in it.
 * - A lock whose owner is gone (pid dead, or reused by a process that started later) is stale.
 *   Removing it is guarded by a second lock named after the stale lock's token
 *   (`<out>.lock.break-<token>`, taken the same way): only its holder, after reading the lock
 *   again and finding the same token, removes it. So a build can never remove a lock that
 *   another build has just taken.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { currentProcess, ownerAlive, type ProcessIdentity } from './process-identity.ts';
import { sweepScratchFolders } from './scratch-folders.ts';

export class LockedError extends Error {
  override readonly name = 'LockedError';
}

interface LockContent extends ProcessIdentity {
  readonly token: string;
}

export function lockPathOf(outDir: string): string {
  return `${outDir.replace(/\/+$/, '')}.lock`;
}

function serialise(content: LockContent): string {
  return `${String(content.pid)}\n${content.started}\n${content.token}\n`;
}

/** The lock's owner; a lock of an older bdc holds only a pid (its token is then the text itself). */
function parse(text: string): LockContent | undefined {
  const [pid = '', started = '', token = ''] = text.split('\n');
  if (!/^\d{1,10}$/.test(pid)) return undefined;
  return { pid: Number(pid), started, token: token === '' ? `pid-${pid}` : token };
}

async function readLock(path: string): Promise<LockContent | 'missing' | 'unreadable'> {
  try {
    return parse(await readFile(path, 'utf8')) ?? 'unreadable';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

/** Temporary files are named after their owner, so a killed build's are swept (scratch-folders.ts). */
function temporaryPrefix(path: string): string {
  return `${basename(path)}.tmp-`;
}

/** Links a file holding `content` to `path`; false when `path` exists. */
async function linkExclusive(path: string, content: string): Promise<boolean> {
  const me = currentProcess();
  const temporary = join(dirname(path), `${temporaryPrefix(path)}${String(me.pid)}.${me.started}-${randomBytes(6).toString('hex')}`);
  await writeFile(temporary, content, { flag: 'wx' });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/**
 * Removes the stale lock whose token is `stale.token`, unless it was replaced meanwhile.
 * The breaker lock is held for a read and an unlink; one left by a breaker that died in that
 * moment is itself removed when its owner is gone.
 */
async function breakStaleLock(lockPath: string, stale: LockContent): Promise<'done' | 'busy'> {
  const breaker = `${lockPath}.break-${stale.token.replace(/[^A-Za-z0-9-]/g, '_')}`;
  const me = currentProcess();
  if (!(await linkExclusive(breaker, serialise({ ...me, token: 'breaker' })))) {
    const holder = await readLock(breaker);
    if (holder === 'missing' || (holder !== 'unreadable' && ownerAlive(holder))) return 'busy';
    await unlink(breaker).catch(() => undefined);
    return 'done';
  }
  try {
    const now = await readLock(lockPath);
    if (now !== 'missing' && now !== 'unreadable' && now.token === stale.token) await unlink(lockPath).catch(() => undefined);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
  return 'done';
}

/** Temporary files and breaker locks of builds killed while taking or breaking the lock. */
async function sweepLeftovers(lockPath: string): Promise<void> {
  const folder = dirname(lockPath);
  await sweepScratchFolders(folder, temporaryPrefix(lockPath));
  const breakers = (await readdir(folder).catch(() => [])).filter((name) => name.startsWith(`${basename(lockPath)}.break-`));
  for (const name of breakers) {
    const holder = await readLock(join(folder, name)).catch(() => 'unreadable' as const);
    if (typeof holder === 'object' && !ownerAlive(holder)) await unlink(join(folder, name)).catch(() => undefined);
  }
}

function releaser(lockPath: string, token: string): () => Promise<void> {
  return async () => {
    const now = await readLock(lockPath).catch(() => 'unreadable' as const);
    if (typeof now === 'object' && now.token === token) await unlink(lockPath).catch(() => undefined);
  };
}

/** Removes the lock if this process holds it (for interrupt handlers: synchronous). */
export function releaseBuildLockSync(outDir: string): void {
  const lockPath = lockPathOf(outDir);
  try {
    const now = parse(readFileSync(lockPath, 'utf8'));
    if (now?.pid === process.pid) unlinkSync(lockPath);
  } catch {
    // Exiting anyway.
  }
}

/** Takes the lock or throws LockedError naming the holder; returns the release function. */
export async function acquireBuildLock(outDir: string): Promise<() => Promise<void>> {
  const lockPath = lockPathOf(outDir);
  await mkdir(dirname(lockPath), { recursive: true });
  await sweepLeftovers(lockPath);
  const mine: LockContent = { ...currentProcess(), token: randomBytes(12).toString('hex') };
  // Each round either takes the lock, finds a live owner, or removes a stale lock (or sees
  // another build remove it): a few rounds are enough unless builds keep dying.
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (await linkExclusive(lockPath, serialise(mine))) return releaser(lockPath, mine.token);
    const holder = await readLock(lockPath);
    if (holder === 'missing') continue;
    if (holder === 'unreadable') {
      throw new LockedError(`${lockPath} is not a bdc lock file; delete it if no bdc build is running`);
    }
    if (ownerAlive(holder)) {
      throw new LockedError(
        `another bdc build (pid ${String(holder.pid)}) is writing ${outDir}; wait for it to finish, or delete ${lockPath} if that process is not bdc`,
      );
    }
    // Another build is removing it: let it finish (a read and an unlink).
    if ((await breakStaleLock(lockPath, holder)) === 'busy') await sleep(5);
  }
  throw new LockedError(`could not take the lock ${lockPath}: other builds keep taking and leaving it`);
}
