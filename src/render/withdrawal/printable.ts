/** Text for a terminal: no control character of a hostile fixture (an escape sequence) reaches it. */
export function printable(text: string): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : char;
  }).join('');
}
