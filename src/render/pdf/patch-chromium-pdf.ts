/**
 * The fast path of `finalizePdf`: Chromium (Skia) writes a classic, uncompressed Info
 * dictionary, structure-element ids as plain strings and a plain trailer. Rewriting those in
 * place, each replacement of the same byte length, keeps every xref offset valid, so the
 * file needs no re-parsing. Returns undefined when the file is not laid out as expected
 * (another Chromium version…): the caller then rewrites it with pdf-lib.
 */
import { documentId, pdfDate, PRODUCER, type PdfMetadata } from './pdf-metadata.ts';

const INFO = /^%PDF-1\.\d\n(?:%[^\n]*\n)?1 0 obj\n<<([^]*?)>>\nendobj\n/;
const STRING = String.raw`\((?:\\[^]|[^\\)])*\)`;
const NODE_ID = /\(node(\d{8})\)/g;
const ELEMENT_ID = /\/ID \(node(\d{8})\)/g;
const TRAILER = /trailer\n<<([^]*?)>>\nstartxref\n\d+\n%%EOF\n?$/;

/**
 * The title as Skia writes it: a literal string when printable ASCII (parentheses and
 * backslashes would be escaped: such titles are left to the rewrite), else UTF-16BE in hex
 * with its byte order mark (Modulo d’ordine, Formulário de encomenda).
 */
export function chromiumTitle(title: string): string | undefined {
  if (/^[ -~]*$/.test(title)) return /[()\\]/.test(title) ? undefined : `(${title})`;
  let hex = 'FEFF';
  for (let index = 0; index < title.length; index += 1) hex += title.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** `/Key (anything)` → `/Key (value)` padded with spaces to the same length. */
function replaceEntry(info: string, key: string, value: string): string | undefined {
  const pattern = new RegExp(String.raw`/${key} ${STRING}`);
  const match = pattern.exec(info);
  if (match === null) return undefined;
  const replacement = `/${key} (${value})`;
  if (replacement.length > match[0].length) return undefined;
  return info.replace(pattern, replacement.padEnd(match[0].length, ' '));
}

export function patchChromiumPdf(raw: Uint8Array, metadata: PdfMetadata): Uint8Array | undefined {
  let text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const info = INFO.exec(text);
  const trailer = TRAILER.exec(text);
  if (info === null || trailer === null || !text.includes('/StructTreeRoot')) return undefined;
  if ((trailer[1] ?? '').includes('/ID')) return undefined;
  // Chromium took the title from <title> and the language from <html lang>: check, else rewrite.
  const title = chromiumTitle(metadata.title);
  if (title === undefined || !(info[1] ?? '').startsWith(`/Title ${title}\n`)) return undefined;
  if (!text.includes(`/Lang (${metadata.language})`)) return undefined;

  // An element repeated on several pages (a table header) shares one id, and which copy the
  // id tree names is Chromium's whim: leave such files to the rewrite, which drops the ids.
  const elementIds = [...text.matchAll(ELEMENT_ID)].map((match) => match[1]);
  if (new Set(elementIds).size !== elementIds.length) return undefined;

  const date = pdfDate(metadata.date);
  let dictionary: string | undefined = info[1] ?? '';
  for (const [key, value] of [
    ['Creator', PRODUCER],
    ['Producer', PRODUCER],
    ['CreationDate', date],
    ['ModDate', date],
  ] as const) {
    dictionary = dictionary === undefined ? undefined : replaceEntry(dictionary, key, value);
  }
  if (dictionary === undefined || dictionary.length !== (info[1] ?? '').length) return undefined;
  text = text.replace(info[1] ?? '', dictionary);

  // Structure ids → ranks, same width: the same form gives the same ids in any tab.
  const numbers = [...new Set([...text.matchAll(NODE_ID)].map((match) => match[1] ?? ''))].sort();
  const ranks = new Map(numbers.map((number, index) => [number, String(index + 1).padStart(8, '0')]));
  text = text.replace(NODE_ID, (_, number: string) => `(node${ranks.get(number) ?? number})`);

  const id = documentId(metadata);
  const trailerStart = text.length - trailer[0].length;
  text = text.slice(0, trailerStart) + trailer[0].replace('>>\nstartxref', `\n/ID [<${id}> <${id}>]>>\nstartxref`);
  return Buffer.from(text, 'latin1');
}
