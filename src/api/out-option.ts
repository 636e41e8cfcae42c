/**
 * `--out DIR` of `render` and `withdraw`: a folder, or nothing yet (it is created). A file there
 * is a usage error (exit 2), refused before anything is read or printed. The temporaries a
 * killed earlier run left there (SIGKILL mid-write) are removed first.
 */
import { resolve } from 'node:path';
import { sweepAbandonedTemporaries } from '../io/atomic-write.ts';
import { assertFolderOrMissing, UnsafeOutputError } from '../io/output-folder.ts';
import { UsageError } from '../errors.ts';

/** The absolute output folder; throws UsageError when `out` names something other than a folder. */
export async function outputFolderOption(out: string, cwd: string): Promise<string> {
  const outDir = resolve(cwd, out);
  await assertFolderOrMissing(outDir, cwd).catch((error: unknown) => {
    throw error instanceof UnsafeOutputError ? new UsageError(error.message, error.hint, { cause: error }) : error;
  });
  await sweepAbandonedTemporaries(outDir);
  return outDir;
}
