/**
 * What the site build's child process prints when Astro fails: the error's name and message,
 * where Astro says it happened and its hint, then each cause's message it does not already
 * quote; the stack traces only
 * with BDC_DEBUG=1 (they point into Astro's and our sources, not at the user's files).
 */
interface AstroErrorFields {
  readonly hint?: unknown;
  readonly loc?: { readonly file?: unknown; readonly line?: unknown; readonly column?: unknown };
}

function location(loc: AstroErrorFields['loc']): string | undefined {
  if (loc === undefined || typeof loc.file !== 'string') return undefined;
  const line = typeof loc.line === 'number' ? `:${String(loc.line)}` : '';
  const column = line !== '' && typeof loc.column === 'number' ? `:${String(loc.column)}` : '';
  return `${loc.file}${line}${column}`;
}

export function buildErrorText(error: unknown, debug: boolean): string {
  if (!(error instanceof Error)) return String(error);
  if (debug) return error.stack ?? `${error.name}: ${error.message}`;
  const lines = [`${error.name}: ${error.message}`];
  const { hint, loc } = error as Error & AstroErrorFields;
  const where = location(loc);
  if (where !== undefined) lines.push(`  at ${where}`);
  if (typeof hint === 'string' && hint !== '') lines.push(`  hint: ${hint}`);
  for (let cause: unknown = error.cause, depth = 0; cause !== undefined && depth < 5; depth += 1) {
    const message = cause instanceof Error ? cause.message : JSON.stringify(cause);
    // A cause whose words the message above already quotes adds nothing.
    if (!lines.some((line) => line.includes(message))) lines.push(`  cause: ${cause instanceof Error ? `${cause.name}: ${message}` : message}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines.join('\n');
}
