/**
 * Starlight writes the content of every <head> entry as raw HTML (`set:html`), the page
 * <title> included, which it builds from the guide's front-matter `title`: a title like
 * `T </title><script>…</script>` would end the title and open a live script. The route
 * middleware escapes that text first; scripts and styles (only ever the site's own
 * configuration) are left as they are. Pure.
 */
export interface HeadEntry {
  readonly tag: string;
  content?: string | undefined;
}

/** Text → HTML that reads as the same text inside an element (RCDATA such as <title> too). */
export function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function escapeHeadText(head: HeadEntry[]): void {
  for (const entry of head) {
    if (entry.content === undefined || entry.tag === 'script' || entry.tag === 'style') continue;
    entry.content = escapeHtmlText(entry.content);
  }
}
