/**
 * Resolves a guide's relative images against its folder. An image that is shipped is inlined
 * as a data: URL (the site then needs no copy step); one that is missing, outside the guide's
 * folder or too large resolves to undefined and is shown as a described placeholder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import type { ImageResolver } from './markup/guide-images.ts';

const MIME: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};
const MAX_BYTES = 1_500_000;

export function folderImageResolver(folder: string): ImageResolver {
  return (src) => {
    const path = resolve(folder, decodeURI(src.split(/[?#]/)[0] ?? ''));
    const inside = relative(folder, path);
    const mime = MIME[extname(path).toLowerCase()];
    if (inside.startsWith('..') || mime === undefined || !existsSync(path)) return undefined;
    if (statSync(path).size > MAX_BYTES) return undefined;
    return `data:${mime};base64,${readFileSync(path).toString('base64')}`;
  };
}
