/** Puts the latest table into BENCHMARKS.md, between its `<!-- bench:table -->` markers. */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../src/io/atomic-write.ts';

const START = '<!-- bench:table -->';
const END = '<!-- /bench:table -->';

/** False when the file has no markers (it is then left alone). */
export async function updateBenchmarksDoc(file: string, table: string): Promise<boolean> {
  const text = await readFile(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  await writeFileAtomic(file, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
  return true;
}
