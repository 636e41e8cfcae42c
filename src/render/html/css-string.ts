/**
 * A CSS string literal for any text: everything but letters, digits and spaces is written as
 * a hex escape, so no text can close the string, the rule or the <style> element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /^[A-Za-z0-9 ]$/.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()} `;
  }
  return `${out}"`;
}
