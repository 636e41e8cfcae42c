/**
 * `bdc build [--out DIR]`: validate everything, then build the help site and every order
 * form and withdrawal summary into a staging folder that replaces DIR only when complete.
 * Any validation error: exit 1 and nothing written. One build at a time per DIR (a lock).
 */
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDocuments } from '../build/build-documents.ts';
import { acquireBuildLock, LockedError } from '../io/build-lock.ts';
import { stagingDirectory, swapInto } from '../io/swap-directory.ts';
import { BrowserNotFoundError } from '../render/pdf/find-browser.ts';
import { onInterrupt } from '../render/pdf/on-interrupt.ts';
import { withPdfPrinter } from '../render/pdf/printer.ts';
import { buildSite } from '../site/build-site.ts';
import { resolveAsOf } from './as-of.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { loadInput } from './load-input.ts';
import { progressReporter } from './progress.ts';
import { UsageError } from './usage-error.ts';

export const HELP = `Usage: bdc build [--out DIR] [options]

Validate every order, then build into DIR (default: dist):
  the help site (guides, state reference, order list, a page per order),
  DIR/orders/<orderId>.html and .pdf, the order forms,
  DIR/orders/<orderId>-withdrawal.html and .pdf, for each eligible withdrawal request.
The build goes to a staging folder that replaces DIR only when complete: a failed or
interrupted build leaves the previous DIR as it was.

Options:
  --out DIR            output folder (default: dist)
  --data DIR           data folder with orders/, subsidiaries.yaml, guides/ (default: data)
  --as-of DATETIME     "now" of the build (default: SOURCE_DATE_EPOCH, else the clock)
  --follow-symlinks    read symbolic links that point outside the data folder
  -h, --help           show this help

Exit: 0 built, 1 validation errors (nothing written), 2 bad usage, 3 a document or the
site could not be built, 130/143 interrupted.`;

const OPTIONS = {
  out: { type: 'string' },
  data: { type: 'string' },
  'as-of': { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: false, strict: true });
  } catch (cause) {
    throw new UsageError(cause instanceof Error ? cause.message : String(cause), 'run `bdc build --help` for the options', {
      cause,
    });
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values } = parse(argv);
  if (values.help === true) {
    io.out(HELP);
    return EXIT.ok;
  }
  const asOf = resolveAsOf(values['as-of'], io.env);
  const dataDir = resolve(io.cwd, values.data ?? 'data');
  const outDir = resolve(io.cwd, values.out ?? 'dist');
  const shownOut = relative(io.cwd, outDir) || '.';

  let release;
  try {
    release = await acquireBuildLock(outDir);
  } catch (error) {
    if (error instanceof LockedError) {
      io.err(`bdc build: ${error.message}`);
      return EXIT.failed;
    }
    throw error;
  }
  let staging: string | undefined;
  const forgetStaging = onInterrupt(() => {
    // Synchronous on purpose: the process exits right after.
    if (staging !== undefined) rmSyncQuiet(staging);
    rmSyncQuiet(`${outDir.replace(/\/+$/, '')}.lock`);
  });
  try {
    const input = await loadInput(
      {
        paths: [join(dataDir, 'orders')],
        referenceFile: join(dataDir, 'subsidiaries.yaml'),
        asOf,
        followSymlinks: values['follow-symlinks'] === true,
      },
      io,
    );
    if (input.hasErrors) {
      io.err(`bdc build: nothing written: fix the errors above first (${shownOut} is unchanged)`);
      return EXIT.failed;
    }
    staging = await stagingDirectory(outDir);
    await buildSite({ outDir: staging, dataDir, guidesDir: join(dataDir, 'guides'), asOf, root: io.cwd });
    const orders = input.orders.map(({ order }) => order);
    const report = await withPdfPrinter({ asOf, env: io.env }, (printer) =>
      buildDocuments(orders, { outDir: join(staging ?? outDir, 'orders'), asOf, printer, onProgress: progressReporter(io, 'printed') }),
    );
    for (const failure of report.failures) {
      const message = failure.error instanceof Error ? failure.error.message : String(failure.error);
      io.err(`bdc build: order ${failure.orderId} not rendered: ${message}`);
    }
    if (report.failures.length > 0) {
      io.err(`bdc build: nothing written: ${report.failures.length} document(s) failed (${shownOut} is unchanged)`);
      return EXIT.internal;
    }
    await swapInto(staging, outDir);
    staging = undefined;
    io.err(
      `bdc build: ${orders.length} orders, ${report.forms} order forms, ${report.summaries} withdrawal summaries and the site written to ${shownOut}`,
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof BrowserNotFoundError) {
      throw new UsageError(error.message, 'then run the build again', { cause: error });
    }
    throw error;
  } finally {
    forgetStaging();
    if (staging !== undefined) await rm(staging, { recursive: true, force: true });
    await release();
  }
}

function rmSyncQuiet(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Exiting anyway.
  }
}
