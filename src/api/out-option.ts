/**
 * `--out DIR` of `render` and `withdraw`: a folder, or nothing yet (it is created). A file there
 * is a usage error (exit 2), refused before anything is read or printed.
 */
import { resolve } from 'node:path';
import { assertFolderOrMissing, UnsafeOutputError } from '../io/output-folder.ts';
import { UsageError } from '../errors.ts';

/** The absolute output folder; throws UsageError when `out` names something other than a folder. */
export async function outputFolderOption(out: string, cwd: string): Promise<string> {
  const outDir = resolve(cwd, out);
  await assertFolderOrMissing(outDir, cwd).catch((error: unknown) => {
    throw error instanceof UnsafeOutputError ? new UsageError(error.message, error.hint, { cause: error }) : error;
  });
  return outDir;
}
