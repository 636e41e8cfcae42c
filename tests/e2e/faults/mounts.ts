/**
 * Small tmpfs mounts for the disk faults (a full disk, a read-only folder). The tests run as
 * root, where permissions do not stop writes, so a read-only or tiny file system is the honest
 * way to refuse them; where mounting is not permitted the tests that need it are skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function mount(args: readonly string[]): boolean {
  try {
    execFileSync('mount', [...args], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function mountTmpfs(dir: string, size: string): boolean {
  return mount(['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir]);
}

export function remountReadOnly(dir: string): boolean {
  return mount(['-o', 'remount,ro', dir]);
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
  } catch {
    // Not mounted.
  }
}

/** Whether this process may mount a tmpfs (root in a container that allows it). */
export const CAN_MOUNT: boolean = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'bdc-mount-probe-'));
  const ok = mountTmpfs(probe, '16k');
  if (ok) unmount(probe);
  rmdirSync(probe);
  return ok;
})();
