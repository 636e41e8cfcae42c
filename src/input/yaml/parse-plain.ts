/**
 * The fastest path: a hand-written reader for the plain YAML that order files are written in
 * (block mappings and sequences, one-line flow collections of scalars, plain and quoted
 * one-line scalars, comments, `---` documents). It returns exactly what the js-yaml fast path
 * (parse-fast.ts) returns for such a file, and gives up (`undefined`) on anything else, however
 * small: tabs, CR, anchors, aliases, tags, directives, block scalars, multi-line scalars,
 * escapes, odd keys, duplicate keys, indentation it does not expect. The caller then uses the
 * js-yaml fast path, which decides as before. tests/unit/input/parse-plain.test.ts compares the
 * two on every YAML file of the repository, a generated corpus and seeded mutations.
 */
import { AMOUNT_KEYS, PLAIN_DECIMAL } from './parse-file.ts';
import { firstUnusualCharacter } from './unusual-character.ts';

/** One document: its plain value and its own text (from its `---` line to the next one). */
export interface PlainDocument {
  readonly value: unknown;
  readonly source: string;
}

/** Thrown (never an Error: no stack to build) when the text is not the plain subset. */
const GIVE_UP: unique symbol = Symbol('give up');

/** The core schema's number forms, as parse-fast.ts resolves them (any other plain text is a string). */
const CORE_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;
/** Keys this reader takes as they are (others, e.g. quoted or with dashes, are left to js-yaml). */
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Keys that are words js-yaml resolves (null, booleans) or the prototype: left to js-yaml. */
const RESERVED_KEYS: ReadonlySet<string> = new Set([
  'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__',
]);
/** Nesting beyond this is left to the other parsers (they report it). */
const MAX_DEPTH = 32;

/**
 * Keys met before, by a hash of their length and end characters: the same key again (orders
 * repeat a few dozen keys) reuses the string already checked and already internalized as a
 * property name, instead of a new slice of the text.
 */
const KEY_CACHE_SIZE = 1024;
const keyCache: (string | undefined)[] = new Array<string | undefined>(KEY_CACHE_SIZE);

/** The key written from `start` to `end` (checked: a simple, unreserved name), else give up. */
function keyAt(text: string, start: number, end: number): string {
  const length = end - start;
  const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1)) & (KEY_CACHE_SIZE - 1);
  const cached = keyCache[slot];
  if (cached !== undefined && cached.length === length && text.startsWith(cached, start)) return cached;
  const key = text.slice(start, end);
  if (!SIMPLE_KEY.test(key) || RESERVED_KEYS.has(key)) giveUp();
  keyCache[slot] = key;
  return key;
}

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
/** Characters this reader leaves to js-yaml inside a flow collection's plain scalar: [ ] { } # " '. */
const FLOW_UNUSUAL: ReadonlySet<number> = new Set([0x5b, 0x5d, 0x7b, 0x7d, HASH, DOUBLE_QUOTE, SINGLE_QUOTE]);
const PERCENT = 0x25;

function giveUp(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a private signal, caught below
  throw GIVE_UP;
}

/** A plain scalar resolved as the fast path's schema does (null, booleans, plain decimals). */
function resolvePlain(text: string, key: string): unknown {
  const first = text.charCodeAt(0);
  if (first === 0x6e || first === 0x4e || first === 0x7e) {
    if (text === 'null' || text === 'Null' || text === 'NULL' || text === '~') return null;
  } else if (first === 0x74 || first === 0x54) {
    if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  } else if (first === 0x66 || first === 0x46) {
    if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  } else if ((first >= 0x30 && first <= 0x39) || first === DASH || first === 0x2b || first === 0x2e) {
    if (CORE_NUMBER.test(text)) {
      if (!PLAIN_DECIMAL.test(text)) giveUp();
      return AMOUNT_KEYS.has(key) ? text : Number(text);
    }
  }
  return text;
}

/** `trimEnd` of spaces only (YAML's white space; other Unicode spaces are content). */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether a plain scalar may start with this character here (else it is something YAML reads otherwise). */
function plainStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // Indicators: - ? : , [ ] { } # & * ! | > ' " % @ `
  if ('?:,[]{}#&*!|>\'"%@`'.includes(text[at] ?? '')) return false;
  if (c === DASH) {
    const next = text.charCodeAt(at + 1);
    return next >= 0x30 && next <= 0x39;
  }
  return true;
}

class Reader {
  private readonly text: string;
  /** Content lines (not blank, not comment-only) of the document being read. */
  private readonly indents: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private at = 0;
  private depth = 0;

  constructor(text: string) {
    this.text = text;
  }

  /** A line of the current document: kept when it holds content (not blank, not only a comment). */
  line(lineStart: number, lineEnd: number): void {
    const { text } = this;
    let first = lineStart;
    while (first < lineEnd && text.charCodeAt(first) === SPACE) first += 1;
    if (first < lineEnd && text.charCodeAt(first) !== HASH) {
      this.indents.push(first - lineStart);
      this.starts.push(first);
      this.ends.push(lineEnd);
    }
  }

  /** The current document, from `from` to `to`, read and added to `documents` unless blank; then the next one starts. */
  flush(from: number, to: number, documents: PlainDocument[]): void {
    const { indents } = this;
    if (indents.length > 0) {
      if (indents[0] !== 0) giveUp();
      this.at = 0;
      this.depth = 0;
      const value = this.mapping(0);
      if (this.at !== indents.length) giveUp();
      documents.push({ value, source: this.text.slice(from, to) });
    }
    indents.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
  }

  private isItem(line: number): boolean {
    const start = this.starts[line] ?? 0;
    if (this.text.charCodeAt(start) !== DASH) return false;
    const next = start + 1;
    return next === this.ends[line] || this.text.charCodeAt(next) === SPACE;
  }

  private block(indent: number): unknown {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) giveUp();
    const value = this.isItem(this.at) ? this.sequence(indent) : this.mapping(indent);
    this.depth -= 1;
    return value;
  }

  /** The value after `key:` with nothing else on its line: a nested block, a same-indent sequence, or null. */
  private nested(indent: number): unknown {
    const next = this.indents[this.at];
    if (next === undefined) return null;
    if (next > indent) return this.block(next);
    if (next === indent && this.isItem(this.at)) return this.block(indent);
    return null;
  }

  /** After a one-line value: a more indented line would continue it (multi-line scalar). */
  private endOfValue(indent: number): void {
    this.at += 1;
    const next = this.indents[this.at];
    if (next !== undefined && next > indent) giveUp();
  }

  private mapping(indent: number): Record<string, unknown> {
    const { text, indents, starts, ends } = this;
    const out: Record<string, unknown> = {};
    while (this.at < indents.length) {
      const lineIndent = indents[this.at] ?? 0;
      if (lineIndent < indent) break;
      if (lineIndent > indent) giveUp();
      const start = starts[this.at] ?? 0;
      const end = ends[this.at] ?? 0;
      const colon = text.indexOf(':', start);
      if (colon < 0 || colon >= end) giveUp();
      const key = keyAt(text, start, colon);
      if (Object.hasOwn(out, key)) giveUp();
      let valueStart = colon + 1;
      if (valueStart < end && text.charCodeAt(valueStart) !== SPACE) giveUp();
      while (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart += 1;
      if (valueStart === end || text.charCodeAt(valueStart) === HASH) {
        this.at += 1;
        out[key] = this.nested(indent);
      } else {
        out[key] = this.inline(valueStart, end, key);
        this.endOfValue(indent);
      }
    }
    return out;
  }

  private sequence(indent: number): unknown[] {
    const { text, indents, starts, ends } = this;
    const out: unknown[] = [];
    while (this.at < indents.length) {
      const lineIndent = indents[this.at] ?? 0;
      if (lineIndent < indent) break;
      if (lineIndent > indent) giveUp();
      if (!this.isItem(this.at)) break;
      const start = starts[this.at] ?? 0;
      const end = ends[this.at] ?? 0;
      let content = start + 1;
      while (content < end && text.charCodeAt(content) === SPACE) content += 1;
      if (content === end || text.charCodeAt(content) === HASH) {
        this.at += 1;
        const next = indents[this.at];
        out.push(next !== undefined && next > indent ? this.block(next) : null);
        continue;
      }
      if (this.opensBlock(content, end)) {
        // `- key: value` or `- - item`: a block whose first line starts after the dash.
        const column = lineIndent + (content - start);
        indents[this.at] = column;
        starts[this.at] = content;
        out.push(this.block(column));
        continue;
      }
      out.push(this.inline(content, end, ''));
      this.endOfValue(indent);
    }
    return out;
  }

  /** A sequence item's content that is itself a block: `key:` (then space or end) or `- `. */
  private opensBlock(from: number, end: number): boolean {
    const { text } = this;
    if (text.charCodeAt(from) === DASH && (from + 1 === end || text.charCodeAt(from + 1) === SPACE)) return true;
    let at = from;
    while (at < end) {
      const c = text.charCodeAt(at);
      const word = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || (at > from && c >= 0x30 && c <= 0x39);
      if (!word) break;
      at += 1;
    }
    return at > from && at < end && text.charCodeAt(at) === COLON && (at + 1 === end || text.charCodeAt(at + 1) === SPACE);
  }

  /** Only spaces, then nothing or a comment, from `from` to `end`. */
  private restIsBlank(from: number, end: number): void {
    const { text } = this;
    let at = from;
    while (at < end && text.charCodeAt(at) === SPACE) at += 1;
    if (at < end && !(text.charCodeAt(at) === HASH && at > from)) giveUp();
  }

  /** A value written on its line: a quoted scalar, a one-line flow collection or a plain scalar. */
  private inline(from: number, end: number, key: string): unknown {
    const { text } = this;
    const c = text[from];
    if (c === '"' || c === "'") {
      const [value, after] = this.quoted(from, end);
      this.restIsBlank(after, end);
      return value;
    }
    if (c === '{' || c === '[') {
      const [value, after] = this.flow(from, end);
      this.restIsBlank(after, end);
      return value;
    }
    if (!plainStart(text, from)) giveUp();
    const line = text.slice(from, end);
    const comment = line.indexOf(' #');
    const plain = withoutTrailingSpaces(comment < 0 ? line : line.slice(0, comment));
    if (plain.includes(': ') || plain.endsWith(':')) giveUp();
    return resolvePlain(plain, key);
  }

  /** A one-line quoted scalar without escapes: its text and the offset after its closing quote. */
  private quoted(from: number, end: number): [string, number] {
    const { text } = this;
    const quote = text[from];
    if (quote === '"') {
      const close = text.indexOf('"', from + 1);
      if (close < 0 || close >= end) giveUp();
      const value = text.slice(from + 1, close);
      if (value.includes('\\')) giveUp();
      return [value, close + 1];
    }
    let value = '';
    let at = from + 1;
    for (;;) {
      const close = text.indexOf("'", at);
      if (close < 0 || close >= end) giveUp();
      value += text.slice(at, close);
      if (text[close + 1] !== "'") return [value, close + 1];
      value += "'";
      at = close + 2;
    }
  }

  /** A one-line flow mapping or sequence of scalars (nothing nested): its value and the offset after it. */
  private flow(from: number, end: number): [unknown, number] {
    const { text } = this;
    const isMap = text.charCodeAt(from) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    let at = from + 1;
    while (at < end && text.charCodeAt(at) === SPACE) at += 1;
    if (text.charCodeAt(at) === close) return [isMap ? map : list, at + 1];
    for (;;) {
      let key = '';
      if (isMap) {
        const colon = text.indexOf(':', at);
        if (colon <= at || colon >= end) giveUp();
        key = keyAt(text, at, colon);
        if (Object.hasOwn(map, key)) giveUp();
        at = colon + 1;
        if (text.charCodeAt(at) !== SPACE) giveUp();
        while (at < end && text.charCodeAt(at) === SPACE) at += 1;
      }
      let value: unknown;
      const c = text.charCodeAt(at);
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
        [value, at] = this.quoted(at, end);
        while (at < end && text.charCodeAt(at) === SPACE) at += 1;
      } else {
        if (at >= end || !plainStart(text, at)) giveUp();
        let stop = at;
        for (; stop < end; stop += 1) {
          const s = text.charCodeAt(stop);
          if (s === COMMA || s === close) break;
          if (FLOW_UNUSUAL.has(s)) giveUp();
        }
        let last = stop;
        while (last > at && text.charCodeAt(last - 1) === SPACE) last -= 1;
        const plain = text.slice(at, last);
        if (plain.includes(': ') || plain.endsWith(':')) giveUp();
        value = resolvePlain(plain, key);
        at = stop;
      }
      if (isMap) map[key] = value;
      else list.push(value);
      if (text.charCodeAt(at) === close) return [isMap ? map : list, at + 1];
      if (text.charCodeAt(at) !== COMMA) giveUp();
      at += 1;
      while (at < end && text.charCodeAt(at) === SPACE) at += 1;
      if (at >= end || text.charCodeAt(at) === close) giveUp();
    }
  }
}

/** The line at `at` starts with the marker `---` or `...`: then the end, a space, a tab or a CR. */
function isMarker(text: string, at: number, marker: string): boolean {
  if (!text.startsWith(marker, at)) return false;
  const next = text.charCodeAt(at + 3);
  return Number.isNaN(next) || next === 0x0a || next === SPACE || next === 0x09 || next === 0x0d;
}

/** The documents of a plain file, or undefined when it is anything more (the caller reads it another way). */
export function parsePlain(text: string): PlainDocument[] | undefined {
  // Control characters (tab and CR included), a BOM, non-characters: js-yaml refuses them or
  // reads them its own way. decodeSource has just looked (the answer is kept).
  if (firstUnusualCharacter(text) >= 0) return undefined;
  const reader = new Reader(text);
  const documents: PlainDocument[] = [];
  try {
    // One pass over the lines: a `---` line ends the document before it (parse-fast.ts splits
    // the same way: a document runs from its marker line to the next one).
    let documentStart = 0;
    for (let lineStart = 0; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const first = text.charCodeAt(lineStart);
      if (first === PERCENT) return undefined;
      if (first === DOT && isMarker(text, lineStart, '...')) return undefined;
      if (first === DASH && isMarker(text, lineStart, '---')) {
        // Only a comment may follow the marker on its line.
        let at = lineStart + 3;
        while (at < lineEnd && text.charCodeAt(at) === SPACE) at += 1;
        if (at < lineEnd && text.charCodeAt(at) !== HASH) return undefined;
        if (lineStart > 0) {
          reader.flush(documentStart, lineStart, documents);
          documentStart = lineStart;
        }
      } else reader.line(lineStart, lineEnd);
      lineStart = lineEnd + 1;
    }
    reader.flush(documentStart, text.length, documents);
  } catch (cause) {
    if (cause === GIVE_UP || cause instanceof RangeError) return undefined;
    throw cause;
  }
  return documents;
}
