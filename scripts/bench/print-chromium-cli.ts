/**
 * The first naive printer the benchmark compares against, as a user would script it: a new
 * `chromium --headless --print-to-pdf` process per document, with the system's Chromium
 * (Debian's, as the product's system-browser lookup finds it), one document after the other.
 * Each form's HTML goes to a temporary file, printed to a PDF beside it. `--no-sandbox` only
 * when running as root, as the product decides. The profile folder is a temporary one for the
 * whole run (a user's own profile, reused from one document to the next), so the run neither
 * touches the home folder nor meets a Chromium already running on it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { runsAsRoot } from '../../src/render/pdf/launch-browser.ts';
import type { PrintJob } from '../../src/render/pdf/print-options.ts';

const execFileAsync = promisify(execFile);

/** Prints every job with a process each, sequentially; returns the seconds taken. */
export async function printWithChromiumCli(jobs: readonly PrintJob[], chromium: string): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'bdc-naive-cli-'));
  try {
    const profile = join(folder, 'profile');
    const started = performance.now();
    for (const [index, job] of jobs.entries()) {
      const html = join(folder, `form-${index}.html`);
      const pdf = join(folder, `form-${index}.pdf`);
      await writeFile(html, job.html);
      await execFileAsync(
        chromium,
        [
          '--headless',
          ...(runsAsRoot() ? ['--no-sandbox'] : []),
          `--user-data-dir=${profile}`,
          `--print-to-pdf=${pdf}`,
          '--no-pdf-header-footer',
          pathToFileURL(html).href,
        ],
        { timeout: 60_000 },
      );
      if ((await stat(pdf)).size === 0) throw new Error(`${chromium} printed an empty PDF for ${job.title}`);
    }
    return (performance.now() - started) / 1000;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
