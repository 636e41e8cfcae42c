/** Reads PDFs back with poppler-utils, as a person's PDF viewer would. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of every page, in layout mode; pages are split on form feeds. */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const pages = stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file], { env: { ...process.env, TZ: 'UTC' } });
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      }),
  );
}

/** Collapses runs of spaces (pdftotext's layout padding; NBSP and NNBSP included) to one space. */
export function squeeze(text: string): string {
  return text.replace(/[ \u00a0\u202f]+/g, ' ');
}
