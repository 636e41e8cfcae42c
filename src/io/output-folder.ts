/**
 * What `bdc build --out DIR` may replace. A build swaps a whole folder into DIR and deletes
 * what was there, so DIR must not be, hold or lie inside the data folder, must not hold the
 * working folder, must be a folder (or nothing yet), and, when it holds anything, must be a
 * previous build's output: `bdc build` leaves a marker file (`.bdc-output`) in each. Checked
 * before anything is touched; a refusal names the reason in one line.
 */
import { lstat, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';

export const OUTPUT_MARKER = '.bdc-output';

const MARKER_TEXT = 'This folder was written by `bdc build`, which replaces it whole on every build.\n';

export class UnsafeOutputError extends Error {
  override readonly name = 'UnsafeOutputError';
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
  }
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest. */
async function realOrAncestor(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const parent = dirname(path);
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === path) throw error;
    return join(await realOrAncestor(parent), basename(path));
  }
}

/** Whether `inner` is `outer` or lies under it. */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`);
}

async function kindOf(path: string): Promise<'missing' | 'folder' | 'other'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A dangling symbolic link is something, not nothing.
      return (await lstat(path).then(() => true, () => false)) ? 'other' : 'missing';
    }
    throw error;
  }
}

const CHOOSE = 'choose a new or empty folder, or the output of an earlier bdc build, e.g. --out dist';

/** Throws UnsafeOutputError when `bdc build` must not replace `outDir`. */
export async function assertReplaceableOutput(outDir: string, where: { readonly dataDir: string; readonly cwd: string }): Promise<void> {
  const shown = relative(where.cwd, outDir) || '.';
  const out = await realOrAncestor(outDir);
  const data = await realOrAncestor(where.dataDir);
  const cwd = await realOrAncestor(where.cwd);
  if (within(data, out)) {
    throw new UnsafeOutputError(`--out ${shown} ${out === data ? 'is' : 'holds'} the data folder (${relative(where.cwd, where.dataDir) || '.'}): a build replaces its output folder whole`, CHOOSE);
  }
  if (within(out, data)) {
    throw new UnsafeOutputError(`--out ${shown} is inside the data folder (${relative(where.cwd, where.dataDir) || '.'}): a build replaces its output folder whole`, CHOOSE);
  }
  if (within(cwd, out)) {
    throw new UnsafeOutputError(`--out ${shown} holds the working folder: a build replaces its output folder whole`, CHOOSE);
  }
  const kind = await kindOf(outDir);
  if (kind === 'other') throw new UnsafeOutputError(`--out ${shown} is a file, not a folder: a build replaces its output folder whole`, CHOOSE);
  if (kind === 'missing') return;
  const entries = await readdir(outDir);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new UnsafeOutputError(
      `--out ${shown} is a folder that holds files and was not written by bdc build (no ${OUTPUT_MARKER} in it): a build replaces its output folder whole`,
      `${CHOOSE}; an output of a bdc older than this check has no marker: delete it once`,
    );
  }
}

/**
 * For commands that write files into `outDir` without replacing it (`bdc render`, `bdc
 * withdraw`): it must be a folder or nothing yet.
 */
export async function assertFolderOrMissing(outDir: string, cwd: string): Promise<void> {
  if ((await kindOf(outDir)) === 'other') {
    throw new UnsafeOutputError(`--out ${relative(cwd, outDir) || '.'} is a file, not a folder`, 'give a folder (it is created if missing)');
  }
}

/** Marks `dir` (a build's staging folder) as bdc's output, which later builds may replace. */
export async function writeOutputMarker(dir: string): Promise<void> {
  await writeFile(join(dir, OUTPUT_MARKER), MARKER_TEXT);
}
