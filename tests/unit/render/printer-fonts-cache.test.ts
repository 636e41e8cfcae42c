import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
});
