import { chmodSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedPrinterFonts, printerFontsKey } from '../../../src/render/pdf/printer-fonts.ts';

describe('cachedPrinterFonts (the printer fonts unwrapped once per set of font files)', () => {
  it('writes the fonts into a folder named after their content hash, then reuses it as it is', () => {
    const cache = mkdtempSync(join(tmpdir(), 'bdc-fonts-cache-'));
    const config = cachedPrinterFonts(cache, join(cache, 'unused'));
    const folder = join(cache, `printer-fonts-${printerFontsKey()}`);
    expect(config).toBe(join(folder, 'fonts.conf'));
    expect(readFileSync(config, 'utf8')).toContain(`<dir>${join(folder, 'fonts')}</dir>`);
    const fonts = readdirSync(join(folder, 'fonts'));
    expect(fonts.length).toBeGreaterThan(5);
    expect(fonts.every((name) => name.endsWith('.ttf'))).toBe(true);
    const written = statSync(join(folder, 'fonts', fonts[0] ?? '')).mtimeMs;
    // A second launch finds the folder complete: nothing written again, no temporary folder left.
    expect(cachedPrinterFonts(cache, join(cache, 'unused'))).toBe(config);
    expect(statSync(join(folder, 'fonts', fonts[0] ?? '')).mtimeMs).toBe(written);
    expect(readdirSync(cache)).toEqual([`printer-fonts-${printerFontsKey()}`]);
  });

  it('falls back to the profile folder when the cache folder cannot be written', () => {
    const root = mkdtempSync(join(tmpdir(), 'bdc-fonts-cache-'));
    const notAFolder = join(root, 'file');
    writeFileSync(notAFolder, '');
    chmodSync(notAFolder, 0o400);
    const profile = join(root, 'profile');
    const config = cachedPrinterFonts(notAFolder, profile);
    expect(config).toBe(join(profile, 'fonts.conf'));
    expect(readFileSync(config, 'utf8')).toContain(`<dir>${join(profile, 'fonts')}</dir>`);
    expect(readdirSync(join(profile, 'fonts')).length).toBeGreaterThan(5);
  });

  it('does not trust a cache folder restored under another path (its configuration names the old one) or missing a font: the profile gets its own copy', () => {
    const first = mkdtempSync(join(tmpdir(), 'bdc-fonts-cache-'));
    cachedPrinterFonts(first, join(first, 'unused'));
    const name = `printer-fonts-${printerFontsKey()}`;
    // The whole cache moved (a CI cache restored under another HOME).
    const moved = mkdtempSync(join(tmpdir(), 'bdc-fonts-moved-'));
    renameSync(join(first, name), join(moved, name));
    const profile = join(moved, 'profile');
    expect(cachedPrinterFonts(moved, profile)).toBe(join(profile, 'fonts.conf'));
    expect(readFileSync(join(profile, 'fonts.conf'), 'utf8')).toContain(`<dir>${join(profile, 'fonts')}</dir>`);
    // A complete folder with one font deleted by hand.
    const damaged = mkdtempSync(join(tmpdir(), 'bdc-fonts-cache-'));
    cachedPrinterFonts(damaged, join(damaged, 'unused'));
    const [font] = readdirSync(join(damaged, name, 'fonts'));
    rmSync(join(damaged, name, 'fonts', font ?? ''));
    expect(cachedPrinterFonts(damaged, join(damaged, 'profile'))).toBe(join(damaged, 'profile', 'fonts.conf'));
  });
});
