/**
 * How guides and their images are read, like order files: only what resolves inside the
 * guides folder once links are followed (unless --follow-symlinks), regular files only, each
 * kind under its size limit. `bdc build` passes --follow-symlinks to the site build as
 * BDC_FOLLOW_SYMLINKS=1.
 */
import { realpath } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { isInside } from '../io/inside-folder.ts';

/** A guide above this size is refused unread (the largest ovh/docs guides are about 60 KB). */
export const MAX_GUIDE_BYTES = 512 * 1024;
/** An image above this size is refused unread (images are inlined into every page that shows them). */
export const MAX_GUIDE_IMAGE_BYTES = 1_500_000;

export interface GuideReadPolicy {
  /** The guides folder, links resolved. */
  readonly root: string;
  /** Read links that resolve outside the guides folder (default: refuse them). */
  readonly followSymlinks: boolean;
  /** Base of the paths printed in findings. */
  readonly cwd: string;
}

export async function guideReadPolicy(guidesDir: string, options: { followSymlinks: boolean; cwd: string }): Promise<GuideReadPolicy> {
  const dir = resolve(options.cwd, guidesDir);
  const root = await realpath(dir).catch(() => dir);
  return { root, followSymlinks: options.followSymlinks, cwd: options.cwd };
}

/** BDC_FOLLOW_SYMLINKS=1, set by `bdc build --follow-symlinks` for the site build. */
export function followSymlinksFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env['BDC_FOLLOW_SYMLINKS'] === '1';
}

/** Whether a resolved path may be read under the policy. */
export function mayRead(policy: GuideReadPolicy, real: string): boolean {
  return policy.followSymlinks || isInside(real, policy.root);
}

export function shownPath(policy: GuideReadPolicy, path: string): string {
  return relative(policy.cwd, path) || path;
}
