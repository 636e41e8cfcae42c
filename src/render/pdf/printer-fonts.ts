/**
 * The only fonts the printer's Chromium sees: the Noto fonts shipped as npm packages, written
 * as TrueType files into a folder with a fontconfig configuration that lists that folder and
 * nothing else (`FONTCONFIG_FILE`). A character the form's own font lacks (✓, →, ★, 🚀…)
 * then falls back to Noto Sans Symbols, Symbols 2, Math or Noto Emoji (monochrome), never to
 * whatever the machine has installed, so one input prints the same PDF everywhere. A character
 * none of them has prints as the font's empty box on every machine alike.
 *
 * Unwrapping the 38 WOFF files (~50 ms) and fontconfig's scan of the result (its cache) were
 * paid at every browser launch; `cachedPrinterFonts` does both once per set of font files,
 * in a folder named after their content hash in the user's cache folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

interface FontFile {
  readonly name: string;
  readonly woff: Buffer;
}

/** The shipped WOFF files, in a fixed order. */
function printerFontFiles(): FontFile[] {
  const require = createRequire(import.meta.url);
  return PRINTER_FONT_PACKAGES.flatMap(({ name, files }) => {
    const folder = join(dirname(require.resolve(`${name}/package.json`)), 'files');
    return readdirSync(folder)
      .filter((entry) => files.test(entry))
      .sort()
      .map((file) => ({ name: file, woff: readFileSync(join(folder, file)) }));
  });
}

function ttfName(woffName: string): string {
  return woffName.replace(/\.woff$/, '.ttf');
}

/** Writes the fonts and the configuration naming them under `dir`; returns the configuration file. */
function writePrinterFonts(fonts: readonly FontFile[], dir: string, configuredDir: string = dir): string {
  const fontsDir = join(dir, 'fonts');
  mkdirSync(fontsDir, { recursive: true });
  for (const { name, woff } of fonts) writeFileSync(join(fontsDir, ttfName(name)), woffToSfnt(woff));
  writeFileSync(join(dir, 'fonts.conf'), fontconfigXml(join(configuredDir, 'fonts'), join(configuredDir, 'fontconfig-cache')));
  return join(configuredDir, 'fonts.conf');
}

/**
 * Writes the fonts and the configuration under `dir` (the browser's private profile folder);
 * returns the configuration file, for `FONTCONFIG_FILE`.
 */
export function preparePrinterFonts(dir: string): string {
  return writePrinterFonts(printerFontFiles(), dir);
}

/**
 * The folder's name: the hash of the font files' names and bytes, of the converter (its code)
 * and of the configuration's form.
 */
export function printerFontsKey(fonts: readonly FontFile[] = printerFontFiles()): string {
  const hash = createHash('sha256').update(fontconfigXml('', '')).update(woffToSfnt.toString());
  for (const { name, woff } of fonts) hash.update(`\0${name}\0${String(woff.length)}\0`).update(woff);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Whether `folder` holds what `writePrinterFonts(fonts, …, folder)` writes: its configuration
 * names this very folder (a cache restored elsewhere, under another HOME, names the old one:
 * fontconfig would find no font, and no other font may reach a PDF), and every font is there.
 */
function completeFontsFolder(fonts: readonly FontFile[], folder: string): boolean {
  try {
    if (readFileSync(join(folder, 'fonts.conf'), 'utf8') !== fontconfigXml(join(folder, 'fonts'), join(folder, 'fontconfig-cache'))) return false;
    return fonts.every(({ name }) => statSync(join(folder, 'fonts', ttfName(name))).size > 0);
  } catch {
    return false;
  }
}

/**
 * The fonts and configuration in `cacheDir/printer-fonts-<content hash>`, written once (into a
 * temporary folder renamed into place: a folder there is complete) and then reused by every
 * launch, fontconfig's cache with them. Falls back to `preparePrinterFonts(fallbackDir)` when
 * the cache folder cannot be written.
 */
export function cachedPrinterFonts(cacheDir: string, fallbackDir: string): string {
  const fonts = printerFontFiles();
  const folder = join(cacheDir, `printer-fonts-${printerFontsKey(fonts)}`);
  const config = join(folder, 'fonts.conf');
  if (completeFontsFolder(fonts, folder)) return config;
  // A folder there that is not complete (moved, damaged) is left alone: the profile's own copy.
  if (existsSync(folder)) return writePrinterFonts(fonts, fallbackDir);
  const temporary = `${folder}.${String(process.pid)}.${String(Date.now())}.tmp`;
  try {
    writePrinterFonts(fonts, temporary, folder);
    renameSync(temporary, folder);
    return config;
  } catch {
    rmSync(temporary, { recursive: true, force: true });
    // Another run renamed its folder into place first: use it; else the profile's own copy.
    return completeFontsFolder(fonts, folder) ? config : writePrinterFonts(fonts, fallbackDir);
  }
}
