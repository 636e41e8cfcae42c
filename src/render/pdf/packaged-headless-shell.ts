/**
 * A Chromium headless shell shipped on the npm registry (`@sparticuz/chromium`, Linux x64):
 * it prints PDFs about twice as fast as a full Chromium in headless mode. Its binary is
 * brotli-compressed in the package; it is unpacked once into the user's cache folder
 * (a temporary file renamed into place, so concurrent runs never see half a binary).
 */
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createBrotliDecompress } from 'node:zlib';

const execFileAsync = promisify(execFile);

const PACKAGE = '@sparticuz/chromium';

/** Resolves a package specifier to its entry point's URL (throws when it is not installed). */
export type ResolvePackage = (specifier: string) => string;

/** The package's folder: its entry point resolved, then up to its package.json. */
function packageFolder(resolvePackage: ResolvePackage): string | undefined {
  let folder: string;
  try {
    folder = dirname(fileURLToPath(resolvePackage(PACKAGE)));
  } catch {
    return undefined;
  }
  for (let depth = 0; depth < 4; depth += 1, folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'bin'))) return folder;
  }
  return undefined;
}

/** `$XDG_CACHE_HOME/bdc`, or `~/.cache/bdc` when it is unset, empty or relative (as the XDG spec says). */
export function headlessShellCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env['XDG_CACHE_HOME'];
  return join(xdg !== undefined && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'bdc');
}

const runnable = new Map<string, Promise<boolean>>();

/** True when the binary starts here: its shared libraries (NSS, ATK…) come from the system. */
function startsHere(path: string): Promise<boolean> {
  let answer = runnable.get(path);
  if (answer === undefined) {
    answer = execFileAsync(path, ['--version'], { timeout: 10_000 }).then(
      () => true,
      () => false,
    );
    runnable.set(path, answer);
  }
  return answer;
}

/**
 * The unpacked headless shell, unpacking it on first use; undefined when not available here
 * (another platform, the package absent: it is an optional dependency, or system libraries it
 * needs missing).
 */
export async function packagedHeadlessShell(
  env: Readonly<Record<string, string | undefined>>,
  resolvePackage: ResolvePackage = (specifier) => import.meta.resolve(specifier),
): Promise<string | undefined> {
  const path = await unpackedShell(env, resolvePackage);
  return path !== undefined && (await startsHere(path)) ? path : undefined;
}

async function unpackedShell(env: Readonly<Record<string, string | undefined>>, resolvePackage: ResolvePackage): Promise<string | undefined> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const folder = packageFolder(resolvePackage);
  if (folder === undefined) return undefined;
  const archive = join(folder, 'bin', 'chromium.br');
  if (!existsSync(archive)) return undefined;
  const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
  const target = join(headlessShellCacheDir(env), `headless-shell-${version}`, 'chromium');
  try {
    const info = await stat(target);
    if (info.isFile() && (info.mode & 0o111) !== 0) return target;
  } catch {
    // Not unpacked yet.
  }
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await pipeline(createReadStream(archive), createBrotliDecompress(), createWriteStream(temporary, { mode: 0o755 }));
    await chmod(temporary, 0o755);
    await rename(temporary, target);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new Error(`could not unpack the headless shell of ${PACKAGE} into ${dirname(target)}`, { cause });
  }
  return target;
}
