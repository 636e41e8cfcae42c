/**
 * A guide's Markdown nested deeper than the parser can take, found before parsing, without
 * recursion. The Markdown parser and the HTML tree builder recurse once per level: 10,000
 * nested `>` or list markers, or a run of 10,000 `*`, overflow the stack (after a minute of
 * work); thousands of nested `[` or `(` make link parsing quadratic (minutes for a few
 * hundred KB). A real guide nests a few levels; the limits leave a wide margin. Pure.
 */
export const MAX_MARKDOWN_NESTING = 32;
/** Columns of leading indentation (a tab counts 4): 64 levels of nested lists. */
export const MAX_MARKDOWN_INDENT = 128;
/** Longest run of emphasis markers (`*` or `_`) in a line that is not a thematic break. */
export const MAX_EMPHASIS_RUN = 64;
/** Deepest nesting of `[` or `(` open at once in a paragraph (link text and destinations). */
export const MAX_BRACKET_NESTING = 32;

export interface TooDeep {
  /** 1-based line in the text. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Leading block-container markers of a line: `>` and list bullets or numbers, with their spaces. */
const CONTAINER_MARKER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;
const THEMATIC_BREAK = /^[ \t]*(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const EMPHASIS_RUN = new RegExp(`[*_]{${String(MAX_EMPHASIS_RUN + 1)},}`);

function containerDepth(line: string): number {
  let rest = line;
  let depth = 0;
  for (;;) {
    const marker = CONTAINER_MARKER.exec(rest);
    if (marker === null) return depth;
    depth += 1;
    if (depth > MAX_MARKDOWN_NESTING) return depth;
    rest = rest.slice(marker[0].length);
  }
}

function indentColumns(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns += 1;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

const FENCE = /^[ \t]{0,3}(?:`{3,}|~{3,})/;

/** Open `[` and `(` carried from line to line within a paragraph (code fences left out). */
interface Brackets {
  square: number;
  round: number;
  inFence: boolean;
}

/** The column (1-based) where `[` or `(` nesting passes the limit on this line, or undefined. */
function bracketTooDeep(line: string, open: Brackets): number | undefined {
  if (FENCE.test(line)) open.inFence = !open.inFence;
  if (open.inFence) return undefined;
  if (line.trim() === '') {
    open.square = 0;
    open.round = 0;
    return undefined;
  }
  for (let at = 0; at < line.length; at += 1) {
    const char = line[at];
    if (char === '[') open.square += 1;
    else if (char === ']') open.square = Math.max(0, open.square - 1);
    else if (char === '(') open.round += 1;
    else if (char === ')') open.round = Math.max(0, open.round - 1);
    if (open.square > MAX_BRACKET_NESTING || open.round > MAX_BRACKET_NESTING) return at + 1;
  }
  return undefined;
}

/** The first line nested too deep, or undefined. */
export function markdownTooDeep(text: string): TooDeep | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const open: Brackets = { square: 0, round: 0, inFence: false };
  for (const [index, line] of lines.entries()) {
    const at = { line: index + 1, column: 1 };
    const bracket = bracketTooDeep(line, open);
    if (bracket !== undefined) {
      return { line: index + 1, column: bracket, message: `more than ${MAX_BRACKET_NESTING} brackets ([ or () are open at once` };
    }
    if (containerDepth(line) > MAX_MARKDOWN_NESTING) {
      return { ...at, message: `blocks (quotes or lists) are nested more than ${MAX_MARKDOWN_NESTING} levels deep` };
    }
    if (indentColumns(line) > MAX_MARKDOWN_INDENT) {
      return { ...at, message: `the line is indented more than ${MAX_MARKDOWN_INDENT} columns (lists nested too deep)` };
    }
    const run = THEMATIC_BREAK.test(line) ? null : EMPHASIS_RUN.exec(line);
    if (run !== null) {
      return { line: index + 1, column: run.index + 1, message: `a run of more than ${MAX_EMPHASIS_RUN} emphasis markers (* or _)` };
    }
  }
  return undefined;
}
