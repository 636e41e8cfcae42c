/**
 * The build cache, a folder that can be deleted at any time (default `.cache/bdc/`):
 *   documents/<key>/   one order's documents (form, withdrawal summary), named as in dist/orders
 *   site/<key>/        the whole site as built (only the latest is kept)
 *   site/<key>.json    what it was built from (site-manifest.ts), for incremental builds
 * An entry is written in a temporary folder and renamed into place, so an entry that exists
 * is complete. Failing to read or write the cache never fails a build: it is rebuilt instead.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { freezeTree, linkOrCopy, linkTree } from './link-files.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { processAlive } from '../../io/process-alive.ts';
import { parseSiteManifest, type SiteManifest } from './site-manifest.ts';

export interface BuildCache {
  readonly dir: string;
  /** Puts the entry's files into `outDir`; the names restored, or undefined on a miss. */
  restoreDocuments(key: string, outDir: string): Promise<string[] | undefined>;
  /** Stores `files` (paths) as the entry `key`. */
  storeDocuments(key: string, files: readonly string[]): Promise<void>;
  restoreSite(key: string, outDir: string): Promise<boolean>;
  storeSite(key: string, siteDir: string, manifest: SiteManifest): Promise<void>;
  /** The site stored last, with what it was built from; undefined when there is none. */
  latestSite(): Promise<{ readonly key: string; readonly manifest: SiteManifest } | undefined>;
  /** Removes the temporary folders left by builds that were killed. */
  sweep(): Promise<void>;
}

const KEY = /^[0-9a-f]{64}$/;
/** The names an entry holds, written last: an entry restores exactly these or nothing. */
const MANIFEST = 'manifest.json';
const SAFE_NAME = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;

function parseManifest(text: string): string[] {
  const names: unknown = JSON.parse(text);
  if (
    !Array.isArray(names) ||
    !names.every((name): name is string => typeof name === 'string' && SAFE_NAME.test(name))
  ) {
    throw new Error('not a manifest');
  }
  return names;
}

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`not a cache key: ${key}`);
  return key;
}

export function openBuildCache(dir: string, onProblem: (message: string) => void = () => undefined): BuildCache {
  const temporary = (): string => join(dir, 'tmp', `${process.pid}-${randomBytes(6).toString('hex')}`);
  let warned = false;
  const problem = (what: string, error: unknown): void => {
    if (warned) return;
    warned = true;
    onProblem(`${what}: ${error instanceof Error ? error.message : String(error)} (building without it)`);
  };

  /** Renames a finished temporary entry into place; an entry already there (a concurrent build) wins. */
  const publish = async (staging: string, entry: string): Promise<void> => {
    await freezeTree(staging);
    try {
      await rename(staging, entry);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      await rm(staging, { recursive: true, force: true });
    }
  };

  return {
    dir,
    async restoreDocuments(key, outDir) {
      const entry = join(dir, 'documents', checkKey(key));
      let names: string[];
      try {
        names = parseManifest(await readFile(join(entry, MANIFEST), 'utf8'));
      } catch {
        return undefined;
      }
      try {
        await Promise.all(names.map((name) => linkOrCopy(join(entry, name), join(outDir, name))));
        return names;
      } catch (error) {
        // A damaged entry (a file deleted by hand…): forget it, render again.
        await Promise.all(names.map((name) => rm(join(outDir, name), { force: true })));
        await rm(entry, { recursive: true, force: true }).catch(() => undefined);
        problem('a cache entry could not be restored', error);
        return undefined;
      }
    },
    async storeDocuments(key, files) {
      const staging = temporary();
      try {
        await mkdir(staging, { recursive: true });
        await mkdir(join(dir, 'documents'), { recursive: true });
        await Promise.all(files.map((file) => linkOrCopy(file, join(staging, basename(file)))));
        await writeFile(join(staging, MANIFEST), JSON.stringify(files.map((file) => basename(file))));
        await publish(staging, join(dir, 'documents', checkKey(key)));
      } catch (error) {
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        problem(`cannot write the cache ${dir}`, error);
      }
    },
    async sweep() {
      let names: string[];
      try {
        names = await readdir(join(dir, 'tmp'));
      } catch {
        return;
      }
      for (const name of names) {
        const pid = Number(/^(\d+)-/.exec(name)?.[1]);
        if (Number.isSafeInteger(pid) && pid !== process.pid && !processAlive(pid)) {
          await rm(join(dir, 'tmp', name), { recursive: true, force: true }).catch(() => undefined);
        }
      }
    },
    async latestSite() {
      const sites = join(dir, 'site');
      try {
        const manifests = (await readdir(sites)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
        if (manifests.length !== 1 || manifests[0] === undefined) return undefined;
        const key = manifests[0].slice(0, -'.json'.length);
        const manifest = parseSiteManifest(await readFile(join(sites, manifests[0]), 'utf8'));
        return manifest === undefined ? undefined : { key, manifest };
      } catch {
        return undefined;
      }
    },
    async restoreSite(key, outDir) {
      const entry = join(dir, 'site', checkKey(key));
      try {
        await readdir(entry);
      } catch {
        return false;
      }
      try {
        await linkTree(entry, outDir);
        return true;
      } catch (error) {
        problem('the cached site could not be restored', error);
        return false;
      }
    },
    async storeSite(key, siteDir, manifest) {
      const staging = temporary();
      try {
        await linkTree(siteDir, staging);
        const sites = join(dir, 'site');
        await mkdir(sites, { recursive: true });
        await publish(staging, join(sites, checkKey(key)));
        await writeFileAtomic(join(sites, `${key}.json`), JSON.stringify(manifest));
        // Only the latest site is kept: each is as large as the site.
        for (const other of await readdir(sites)) {
          if (other !== key && other !== `${key}.json`) await rm(join(sites, other), { recursive: true, force: true });
        }
      } catch (error) {
        await rm(staging, { recursive: true, force: true }).catch(() => undefined);
        problem(`cannot write the cache ${dir}`, error);
      }
    },
  };
}
