/**
 * Resolves a guide's relative images against its folder, read like guides and orders: the
 * path must stay inside the guide's folder as written and inside the guides folder once
 * links are followed (unless --follow-symlinks), be a regular file under the size limit
 * (opened so that a pipe or device never blocks or floods), and be a PNG, JPEG, GIF or WebP
 * by its content (SVG is refused: image-type.ts). A shipped image is inlined as a data: URL.
 * One that is not there resolves to undefined and is shown as a described placeholder, as
 * ovh/docs guides ship without their images; every refused one is reported.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { error, warning, type Finding } from '../input/diagnostic.ts';
import { readRegularFileSync } from '../io/read-regular-file.ts';
import { MAX_GUIDE_IMAGE_BYTES, mayRead, type GuideReadPolicy } from './guide-read-policy.ts';
import { imageTypeOf } from './image-type.ts';
import type { ImageResolver } from './markup/guide-images.ts';

/** Receives each refused image with the source as written in the guide. */
export type ImageReport = (src: string, finding: Finding) => void;

function decodedPath(src: string): string | undefined {
  try {
    return decodeURI(src.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function outside(): Finding {
  return error(
    'GUIDE_IMAGE_OUTSIDE_DATA',
    [],
    'this image is outside the guide’s folder (a path with .. or a symbolic link); it was not read',
    'put the image in the guide’s folder (images/…), or pass --follow-symlinks if you trust the link',
  );
}

function imageData(path: string, policy: GuideReadPolicy): { url: string } | Finding {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return error('GUIDE_IMAGE_NOT_REGULAR_FILE', [], 'this image is a link to nothing; it was not read', 'replace the link by the image itself');
  }
  if (!mayRead(policy, real)) return outside();
  const read = readRegularFileSync(real, MAX_GUIDE_IMAGE_BYTES);
  if (read.kind === 'not-regular') {
    return error('GUIDE_IMAGE_NOT_REGULAR_FILE', [], 'this image is not a regular file (a pipe, a device or a folder); it was not read', 'replace it by the image file itself');
  }
  if (read.kind === 'too-large') {
    return error('GUIDE_IMAGE_TOO_LARGE', [], `image is ${read.size} bytes; the limit is ${MAX_GUIDE_IMAGE_BYTES} bytes`, 'shrink or compress it');
  }
  const mime = imageTypeOf(read.bytes);
  if (mime === undefined) {
    return error(
      'GUIDE_IMAGE_TYPE',
      [],
      'this file is not a PNG, JPEG, GIF or WebP image by its content (SVG is refused: it can carry scripts)',
      'export the image as PNG, JPEG, GIF or WebP',
    );
  }
  return { url: `data:${mime};base64,${Buffer.from(read.bytes).toString('base64')}` };
}

export function folderImageResolver(folder: string, policy: GuideReadPolicy, report: ImageReport): ImageResolver {
  return (src) => {
    const decoded = decodedPath(src);
    if (decoded === undefined) {
      report(src, warning('GUIDE_URL_MALFORMED', [], 'this image path has a malformed % escape; it is shown as a placeholder', 'write % as %25, or fix the escape (e.g. %20 for a space)'));
      return undefined;
    }
    const path = resolve(folder, decoded);
    const inside = relative(folder, path);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      report(src, outside());
      return undefined;
    }
    if (!exists(path)) return undefined;
    const data = imageData(path, policy);
    if ('url' in data) return data.url;
    report(src, data);
    return undefined;
  };
}
