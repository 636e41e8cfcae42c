/**
 * A guide's Markdown nested deeper than the parser can take, found before parsing, without
 * recursion. The Markdown parser and the HTML tree builder recurse once per level: 10,000
 * nested `>` or list markers, or a run of 10,000 `*`, overflow the stack (after a minute of
 * work). A real guide nests a few levels; the limits leave a wide margin. Pure.
 */
export const MAX_MARKDOWN_NESTING = 32;
/** Columns of leading indentation (a tab counts 4): 64 levels of nested lists. */
export const MAX_MARKDOWN_INDENT = 128;
/** Longest run of emphasis markers (`*` or `_`) in a line that is not a thematic break. */
export const MAX_EMPHASIS_RUN = 64;

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

/** The first line nested too deep, or undefined. */
export function markdownTooDeep(text: string): TooDeep | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const at = { line: index + 1, column: 1 };
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
