/**
 * The form's font, inlined as base64 @font-face rules: Noto Sans (latin + latin-ext, regular
 * and bold) from the `@fontsource/noto-sans` package. It covers French, €, £, zł, Kč, ₹… and
 * needs no network. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Face {
  readonly subset: 'latin' | 'latin-ext';
  readonly weight: 400 | 700;
  readonly unicodeRange: string;
}

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

const FACES: readonly Face[] = [
  { subset: 'latin-ext', weight: 400, unicodeRange: LATIN_EXT },
  { subset: 'latin-ext', weight: 700, unicodeRange: LATIN_EXT },
  { subset: 'latin', weight: 400, unicodeRange: LATIN },
  { subset: 'latin', weight: 700, unicodeRange: LATIN },
];

let cached: string | undefined;

/** The @font-face rules, fonts embedded as data: URLs (allowed by the form's CSP). */
export function fontFaceCss(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  const folder = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  cached = FACES.map((face) => {
    const file = join(folder, `noto-sans-${face.subset}-${face.weight}-normal.woff2`);
    const data = readFileSync(file).toString('base64');
    return `@font-face{font-family:'Noto Sans';font-style:normal;font-display:block;font-weight:${face.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.unicodeRange};}`;
  }).join('\n');
  return cached;
}
