/**
 * The only fonts the printer's Chromium sees: the Noto fonts shipped as npm packages, written
 * as TrueType files into a folder with a fontconfig configuration that lists that folder and
 * nothing else (`FONTCONFIG_FILE`). A character the form's own font lacks (✓, →, ★, 🚀…)
 * then falls back to Noto Sans Symbols, Symbols 2, Math or Noto Emoji (monochrome), never to
 * whatever the machine has installed, so one input prints the same PDF everywhere. A character
 * none of them has prints as the font's empty box on every machine alike.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { woffToSfnt } from './woff-to-sfnt.ts';

/** The packages and which of their files (weights) are shipped to the printer. */
export const PRINTER_FONT_PACKAGES: readonly { readonly name: string; readonly files: RegExp }[] = [
  { name: '@fontsource/noto-sans', files: /-(400|700)-normal\.woff$/ },
  { name: '@fontsource/noto-sans-symbols', files: /-400-normal\.woff$/ },
  { name: '@fontsource/noto-sans-symbols-2', files: /-400-normal\.woff$/ },
  { name: '@fontsource/noto-sans-math', files: /-400-normal\.woff$/ },
  { name: '@fontsource/noto-emoji', files: /-400-normal\.woff$/ },
];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The fontconfig configuration: our folder only, its cache beside it, no system includes. */
export function fontconfigXml(fontsDir: string, cacheDir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <dir>${escapeXml(fontsDir)}</dir>`,
    `  <cachedir>${escapeXml(cacheDir)}</cachedir>`,
    '  <alias><family>sans-serif</family><prefer><family>Noto Sans</family></prefer></alias>',
    '  <alias><family>serif</family><prefer><family>Noto Sans</family></prefer></alias>',
    '  <alias><family>monospace</family><prefer><family>Noto Sans</family></prefer></alias>',
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Writes the fonts and the configuration under `dir` (the browser's private profile folder);
 * returns the configuration file, for `FONTCONFIG_FILE`.
 */
export function preparePrinterFonts(dir: string): string {
  const require = createRequire(import.meta.url);
  const fontsDir = join(dir, 'fonts');
  mkdirSync(fontsDir, { recursive: true });
  for (const { name, files } of PRINTER_FONT_PACKAGES) {
    const folder = join(dirname(require.resolve(`${name}/package.json`)), 'files');
    for (const file of readdirSync(folder).filter((entry) => files.test(entry)).sort()) {
      writeFileSync(join(fontsDir, file.replace(/\.woff$/, '.ttf')), woffToSfnt(readFileSync(join(folder, file))));
    }
  }
  const config = join(dir, 'fonts.conf');
  writeFileSync(config, fontconfigXml(fontsDir, join(dir, 'fontconfig-cache')));
  return config;
}
