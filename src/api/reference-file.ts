/** `reference` (`--reference FILE`, default data/subsidiaries.yaml), resolved; a missing file is a usage error. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.ts';

export const DEFAULT_REFERENCE_FILE = 'data/subsidiaries.yaml';

export async function existingReferenceFile(value: string | undefined, cwd: string): Promise<string> {
  const path = resolve(cwd, value ?? DEFAULT_REFERENCE_FILE);
  try {
    await stat(path);
  } catch (cause) {
    throw new UsageError(`${value === undefined ? 'reference data' : '--reference'}: no such file: ${path}`, 'check the path', { cause });
  }
  return path;
}
