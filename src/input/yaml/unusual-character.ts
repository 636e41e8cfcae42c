/**
 * Where a text first holds a character the hand-written reader (parse-plain.ts) does not take:
 * control characters (tab and CR included), a BOM, non-characters. They include every control
 * character YAML forbids (decode-source.ts), so one scan of a file serves both: the answer for
 * the last text asked about is kept, and the reader asks about the text just decoded.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const UNUSUAL_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/;

let lastText: string | undefined;
let lastIndex = -1;

/** Index of the first unusual character, or -1. */
export function firstUnusualCharacter(text: string): number {
  if (text !== lastText) {
    lastIndex = text.search(UNUSUAL_CHARACTER);
    lastText = text;
  }
  return lastIndex;
}
