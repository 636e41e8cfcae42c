/**
 * Remark plugin: a link or link definition whose URL has a scheme other than http, https or
 * mailto (`javascript:`, `data:`, `vbscript:`, `file:`…) points nowhere (`#`), so a hostile
 * guide cannot hand a reader a script or a local file to click. Relative URLs are kept.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/** The URL as a browser reads its scheme: leading spaces and controls dropped, tabs and line breaks removed. */
function asBrowserReadsIt(url: string): string {
  let start = 0;
  while (start < url.length && url.charCodeAt(start) <= 0x20) start += 1;
  return url.slice(start).replace(/[\t\n\r]/g, '');
}

/** True for relative URLs and http(s)/mailto ones. */
export function isSafeUrl(url: string): boolean {
  const scheme = SCHEME.exec(asBrowserReadsIt(url))?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(scheme.toLowerCase());
}

export function remarkSafeUrls() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && !isSafeUrl(node.url)) node.url = '#';
    });
  };
}
