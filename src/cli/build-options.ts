/** `bdc build`'s command line: help text and option parsing. */
import { DEFAULT_CACHE_DIR, type BuildOptions } from '../api/build.ts';
import { DEFAULT_CONCURRENCY } from '../render/pdf/default-concurrency.ts';
import type { Shard } from '../render/shard.ts';
import { browserEndpointOption, concurrencyOption, optional, parseCommandArgs, shardOption } from './options.ts';
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
  --cache-dir DIR      reuse documents and the site built before from DIR (default:
                       ${DEFAULT_CACHE_DIR}); delete it at any time. Outputs taken from
                       the cache are read-only hard links into it
  --no-cache           build everything, read and write no cache
  --shard I/N          build only the documents of shard I of N (orderId mod N = I - 1);
                       shard 1 also builds the site. Merge: copy every shard's DIR together
  --browser-ws-endpoint URL
                       print on a remote Chrome (ws://…) instead of launching one
  --concurrency N      browser tabs printing at once (default: ${DEFAULT_CONCURRENCY})
  --follow-symlinks    read symbolic links that point outside the data folder
  --site URL           the help site's address (canonical links, hreflang alternates)
  --base /PATH/        the path the help site is served under (default: /); both also
                       read from bdc.config.yaml (site, base, title) in the data folder,
                       else in the working folder
  -h, --help           show this help

Exit: 0 built, 1 validation errors or no order (nothing written), 2 bad usage, 3 a document or the
site could not be built, 130/143 interrupted.`;

const OPTIONS = {
  out: { type: 'string' },
  data: { type: 'string' },
  'as-of': { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  shard: { type: 'string' },
  'browser-ws-endpoint': { type: 'string' },
  concurrency: { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
  site: { type: 'string' },
  base: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface BuildCommand {
  readonly help: boolean;
  /** The library's options, from the flags (one mapping). */
  readonly build: BuildOptions & { readonly shard?: Shard };
}

export function parseBuildOptions(argv: readonly string[]): BuildCommand {
  const { values, positionals } = parseCommandArgs('build', argv, OPTIONS);
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`, 'bdc build takes only options; the data folder is --data DIR');
  }
  if (values['no-cache'] === true && values['cache-dir'] !== undefined) {
    throw new UsageError('--no-cache and --cache-dir contradict each other', 'give one of them');
  }
  const endpoint = browserEndpointOption(values['browser-ws-endpoint']);
  return {
    help: values.help === true,
    build: {
      ...optional('out', values.out),
      ...optional('data', values.data),
      ...optional('asOf', values['as-of']),
      ...optional('cacheDir', values['cache-dir']),
      ...(values['no-cache'] === true ? { cache: false } : {}),
      ...optional('shard', shardOption(values.shard)),
      ...optional('browserWSEndpoint', endpoint),
      concurrency: concurrencyOption(values.concurrency),
      followSymlinks: values['follow-symlinks'] === true,
      ...optional('site', values.site),
      ...optional('base', values.base),
    },
  };
}
