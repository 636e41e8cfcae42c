/**
 * `bdc build [--out DIR]`: parse the flags, call `build()` (src/api/build.ts; the steps are in
 * src/pipeline/), print its findings, progress and summary on stderr, and pick the exit code.
 */
import { relative } from 'node:path';
import { build } from '../api/build.ts';
import { InvalidInputError } from '../errors.ts';
import { formatDiagnostics } from '../input/format-diagnostics.ts';
import { DocumentsFailedError } from '../pipeline/run-build.ts';
import type { SiteOutcome } from '../pipeline/site-step.ts';
import { HELP, parseBuildOptions } from './build-options.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { progressReporter } from './progress.ts';

export { HELP } from './build-options.ts';

function siteOutcomeText(outcome: SiteOutcome): string {
  switch (outcome.kind) {
    case 'cached':
      return 'reused from the cache';
    case 'incremental':
      return `built again for ${outcome.orderPages} of ${outcome.orders} orders (their pages, the order list, the guides), the rest reused from the cache`;
    case 'built':
      return 'built';
  }
}

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const options = parseBuildOptions(argv);
  if (options.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const say = (message: string): void => {
    io.err(`bdc build: ${message}`);
  };
  let result;
  try {
    result = await build({
      ...options.build,
      cwd: io.cwd,
      env: io.env,
      onValidated: (report) => {
        if (report.diagnostics.length > 0) io.err(formatDiagnostics(report.diagnostics, 'text', report));
      },
      onProgress: progressReporter(io, 'built'),
      onWarning: say,
    });
  } catch (error) {
    if (error instanceof DocumentsFailedError) {
      for (const failure of error.failures) {
        say(`order ${failure.orderId} not rendered: ${failure.error instanceof Error ? failure.error.message : String(failure.error)}`);
      }
    }
    if (error instanceof InvalidInputError || error instanceof DocumentsFailedError) {
      say(error.message);
      return error instanceof InvalidInputError ? EXIT.failed : EXIT.internal;
    }
    throw error;
  }
  const shownOut = relative(io.cwd, result.out) || '.';
  if (result.cache !== undefined) {
    say(`${result.cache.reused} of ${result.orders} orders' documents reused from the cache (${relative(io.cwd, result.cache.dir) || '.'})`);
    if (result.site !== undefined) say(`the site ${siteOutcomeText(result.site)}`);
  }
  const shard = options.build.shard;
  const scope = shard === undefined ? '' : ` (shard ${shard.index}/${shard.count})`;
  say(
    `${result.orders} orders${scope}, ${result.forms} order forms, ${result.summaries} withdrawal summaries${result.site === undefined ? '' : ' and the site'} written to ${shownOut}`,
  );
  return EXIT.ok;
}
