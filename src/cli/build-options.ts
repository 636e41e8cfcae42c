/** `bdc build`'s command line: help text and option parsing. */
import { resolve } from 'node:path';
import { DEFAULT_CONCURRENCY } from '../render/pdf/default-concurrency.ts';
import type { Shard } from '../render/shard.ts';
import { browserEndpointOption, concurrencyOption, parseCommandArgs, shardOption } from './options.ts';
import { UsageError } from './usage-error.ts';

export const DEFAULT_CACHE_DIR = '.cache/bdc';

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

Exit: 0 built, 1 validation errors (nothing written), 2 bad usage, 3 a document or the
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

export interface BuildOptions {
  readonly help: boolean;
  readonly outDir: string;
  readonly dataDir: string;
  readonly asOf: string | undefined;
  /** Undefined: --no-cache. */
  readonly cacheDir: string | undefined;
  readonly shard: Shard | undefined;
  readonly browserWSEndpoint: string | undefined;
  readonly concurrency: number;
  readonly followSymlinks: boolean;
  /** --site and --base, checked with the config file by loadSiteSettings (site-config.ts). */
  readonly site: string | undefined;
  readonly base: string | undefined;
}

export function parseBuildOptions(argv: readonly string[], cwd: string): BuildOptions {
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
    outDir: resolve(cwd, values.out ?? 'dist'),
    dataDir: resolve(cwd, values.data ?? 'data'),
    asOf: values['as-of'],
    cacheDir: values['no-cache'] === true ? undefined : resolve(cwd, values['cache-dir'] ?? DEFAULT_CACHE_DIR),
    shard: shardOption(values.shard),
    browserWSEndpoint: endpoint,
    concurrency: concurrencyOption(values.concurrency),
    followSymlinks: values['follow-symlinks'] === true,
    site: values.site,
    base: values.base,
  };
}
