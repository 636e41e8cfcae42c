/**
 * The benchmark's one table (Markdown, so BENCHMARKS.md can hold it as printed). Every row names
 * the layout of the orders it measured (results written before layouts were measured had 40
 * orders per file).
 */
import type { BuildRun, BuildRuns } from './build.ts';
import type { HtmlRate, PdfRates } from './forms.ts';
import { layoutName } from './corpus.ts';
import type { Machine } from './machine.ts';
import type { RenderRate } from './render.ts';
import type { ValidateRate } from './validate.ts';

export interface Results {
  readonly date: string;
  readonly machine: Machine;
  readonly validateFirst: ValidateRate;
  readonly validate: ValidateRate;
  /** The other layout (absent in results written before layouts were measured). */
  readonly validateMany?: ValidateRate;
  /** `bdc render --format html` in each layout (absent in earlier results). */
  readonly renderHtml?: readonly RenderRate[];
  readonly html: HtmlRate;
  readonly pdf: PdfRates | null;
  readonly build1k: BuildRuns;
  readonly build1kMany?: BuildRuns;
  readonly build10k: BuildRuns | null;
}

/** The layout before layouts were measured: the generator wrote 40 orders per file. */
const EARLIER_LAYOUT = 40;
const layoutOf = (run: { readonly ordersPerFile?: number }): string => layoutName(run.ordersPerFile ?? EARLIER_LAYOUT);

type Row = readonly [measure: string, figure: string, target: string, met: boolean | undefined];

const GiB = 2 ** 30;
const MiB = 2 ** 20;

function memory(bytes: number | null): string {
  if (bytes === null) return 'n/a';
  return bytes >= GiB ? `${(bytes / GiB).toFixed(2)} GiB` : `${Math.round(bytes / MiB)} MiB`;
}

const peaks = (run: BuildRun): string =>
  `${memory(run.peakRssBytes)} / ${memory(run.peakDescendantRssBytes)} / ${memory(run.peakTreePssBytes)}`;
const rate = (value: number, unit: string): string =>
  `${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)} ${unit}`;
const seconds = (run: BuildRun | undefined): string => (run === undefined ? 'n/a' : `${run.seconds.toFixed(1)} s`);

/**
 * A 1,000-order cold build: the unsampled run's wall time against the target (what a user sees),
 * then the sampled run (memory and CPU by process read from /proc) and its phases.
 */
function coldRows(runs: BuildRuns, target: string, targetSeconds: number): Row[] {
  const layout = layoutOf(runs);
  const headline = runs.coldUnsampled ?? runs.cold;
  const rows: Row[] = [[`bdc build 1,000 orders, ${layout}, cold`, seconds(headline), target, headline.seconds <= targetSeconds]];
  if (runs.coldUnsampled !== undefined) {
    rows.push([`bdc build 1,000 orders, ${layout}, cold, sampled (memory and CPU read from /proc every 50–200 ms; the profile below)`, seconds(runs.cold), '', undefined]);
  }
  return [...rows, ...phaseRows(runs, `build 1,000 cold, ${layout}`)];
}

/**
 * A cold build's phases (src/pipeline/phase-timings.ts), in the order they start: wall time
 * (start offset) and the CPU of the process that ran them; the site's phases run in the Astro
 * child beside the documents. Then the CPU of each kind of process of the tree (Chromium and
 * Pagefind included), sampled from /proc by the bench (child.ts).
 */
function phaseRows(runs: BuildRuns, what: string): Row[] {
  const { timings } = runs.cold;
  if (timings === undefined) return [];
  const rows: Row[] = timings.phases.map(({ phase, process, startMs, wallMs, cpuMs }) => [
    `${what}: ${phase} (${process === 'site' ? 'Astro child' : 'bdc'}; from ${(startMs / 1000).toFixed(1)} s)`,
    `${(wallMs / 1000).toFixed(1)} s${cpuMs === null ? '' : ` (CPU ${(cpuMs / 1000).toFixed(1)} s)`}`,
    '',
    undefined,
  ]);
  const cpu = runs.cold.cpuSecondsByProcess;
  if (cpu !== undefined && cpu !== null) {
    const kinds = ['bdc', 'astro', 'chromium', 'pagefind', 'other'] as const;
    const total = Object.values(cpu).reduce((sum, seconds) => sum + seconds, 0);
    rows.push([
      `${what}: CPU by process, bdc / Astro child / Chromium / Pagefind / other = total (wall ${(timings.wallMs / 1000).toFixed(1)} s)`,
      `${kinds.map((kind) => (cpu[kind] ?? 0).toFixed(1)).join(' / ')} = ${total.toFixed(1)} s`,
      '',
      undefined,
    ]);
  }
  return rows;
}

/** Validation targets by layout (issue 13): one order per file, and files of many orders. */
function validateTarget(run: ValidateRate): readonly [string, boolean] {
  const target = (run.ordersPerFile ?? EARLIER_LAYOUT) === 1 ? 10_000 : 15_000;
  return [`>= ${target.toLocaleString('en')} orders/s`, run.perSecond >= target];
}

function validateRow(run: ValidateRate): Row {
  const [target, met] = validateTarget(run);
  return [
    `validate ${run.orders.toLocaleString('en')} orders, ${layoutOf(run)}, cold process (median of 3)`,
    `${rate(run.perSecond, 'orders/s')} (${run.seconds.toFixed(2)} s)`,
    target,
    met,
  ];
}

/** The PDF printers (issue 13, part 4): the project's, then the two naive ones and the ratios. */
function pdfRows(pdf: PdfRates, formsFrom: string): Row[] {
  const naiveForms = (forms: number | undefined): string =>
    forms === undefined || forms === pdf.forms ? `the same ${pdf.forms} forms` : `the first ${forms} of the same forms`;
  const list: Row[] = [
    [
      `PDF, project printer (${pdf.forms} forms from ${formsFrom}, ${pdf.pages.min}–${pdf.pages.max} pages, launch included; printing alone; median of 3 runs)`,
      `${rate(pdf.project.perSecond, 'forms/s')} (${rate(pdf.printingPerSecond, 'forms/s')})`,
      '>= 55 forms/s',
      pdf.project.perSecond >= 55,
    ],
  ];
  const cli = pdf.naiveCli;
  if (cli !== undefined) {
    list.push([
      'perSecond' in cli
        ? `PDF, naive printer (a): a \`chromium --headless --print-to-pdf\` process per form, ${cli.browser} (${naiveForms(cli.forms)}, ${formsFrom}, one after the other)`
        : `PDF, naive printer (a): a \`chromium --headless --print-to-pdf\` process per form (${formsFrom})`,
      'perSecond' in cli ? rate(cli.perSecond, 'forms/s') : `not measured: ${cli.notMeasured}`,
      '',
      undefined,
    ]);
  }
  list.push([
    `PDF, naive printer${cli === undefined ? '' : ' (b)'}: a new Puppeteer browser per form (${naiveForms(pdf.naive.forms)}, ${formsFrom})`,
    rate(pdf.naive.perSecond, 'forms/s'),
    '',
    undefined,
  ]);
  if (pdf.ratioCli !== undefined) {
    list.push([`PDF, project / naive (a) chromium process per form (${formsFrom}, launch included)`, `${pdf.ratioCli.toFixed(1)}×`, '', undefined]);
  }
  list.push([
    `PDF, project / naive${cli === undefined ? '' : ' (b) Puppeteer browser per form'} (${formsFrom}, launch included)`,
    `${pdf.ratio.toFixed(1)}×`,
    '',
    undefined,
  ]);
  return list;
}

function rows(results: Results): Row[] {
  const { validateFirst, validate, validateMany, renderHtml, html, pdf, build1k, build1kMany, build10k } = results;
  // HTML and PDF are measured in process on orders already loaded, from the 1,000-order corpus.
  const formsFrom = layoutOf(build1k);
  const list: Row[] = [
    [
      `validate ${validateFirst.orders.toLocaleString('en')} orders, ${layoutOf(validateFirst)}, first run after install (compile cache empty)`,
      `${rate(validateFirst.perSecond, 'orders/s')} (${validateFirst.seconds.toFixed(2)} s)`,
      '',
      undefined,
    ],
    validateRow(validate),
  ];
  if (validateMany !== undefined) list.push(validateRow(validateMany));
  for (const run of renderHtml ?? []) {
    list.push([
      `bdc render --format html, ${run.orders.toLocaleString('en')} orders, ${layoutOf(run)}, cold process (reading, validation and writing included)`,
      `${rate(run.perSecond, 'forms/s')} (${run.seconds.toFixed(2)} s)`,
      '',
      undefined,
    ]);
  }
  list.push([
    `HTML order forms (${html.forms.toLocaleString('en')} orders read from ${formsFrom}; rendered in process)`,
    rate(html.perSecond, 'forms/s'),
    '',
    undefined,
  ]);
  if (pdf !== null) list.push(...pdfRows(pdf, formsFrom));
  const layout1k = layoutOf(build1k);
  list.push(
    // Issue 13: <= 30 s for one order per file (it was <= 60 s for files of 40).
    ...coldRows(build1k, '<= 30 s', 30),
    [
      `bdc build 1,000 orders, ${layout1k}, nothing changed`,
      seconds(build1k.unchanged),
      '<= 3 s',
      build1k.unchanged === undefined ? undefined : build1k.unchanged.seconds <= 3,
    ],
    [`bdc build 1,000 orders, ${layout1k}, one order changed`, seconds(build1k.oneChanged), 'only its outputs redone', undefined],
    [`peak RSS, build 1,000 cold, ${layout1k}: bdc / largest child process / whole tree (PSS)`, peaks(build1k.cold), '', undefined],
  );
  if (build1kMany !== undefined) {
    list.push(...coldRows(build1kMany, '<= 60 s', 60));
  }
  if (build10k !== null) {
    const layout10k = layoutOf(build10k);
    list.push(
      [
        `bdc build 10,000 orders, ${layout10k}, cold${build10k.measuredAt === undefined ? '' : ` (run of ${build10k.measuredAt.slice(0, 16)})`}`,
        `${seconds(build10k.cold)} (${(build10k.cold.seconds / build1k.cold.seconds).toFixed(1)}× the sampled 1,000 build)`,
        'linear: ~10× the 1,000 build',
        undefined,
      ],
      [
        `peak RSS, build 10,000 cold, ${layout10k}: bdc / largest child process / whole tree (PSS)`,
        peaks(build10k.cold),
        '<= 1.5 GiB (each process)',
        build10k.cold.peakRssBytes === null
          ? undefined
          : Math.max(build10k.cold.peakRssBytes, build10k.cold.peakDescendantRssBytes ?? 0) <= 1.5 * GiB,
      ],
    );
  }
  return list;
}

export function renderTable(results: Results): string {
  const { machine } = results;
  const header = `bdc bench, ${results.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.browser}`;
  const lines = ['| measure | figure | target | met |', '|---|---|---|---|'];
  for (const [measure, figure, target, met] of rows(results)) {
    lines.push(`| ${measure} | ${figure} | ${target} | ${met === undefined ? '' : met ? 'yes' : 'NO'} |`);
  }
  return `${header}\n\n${lines.join('\n')}`;
}
