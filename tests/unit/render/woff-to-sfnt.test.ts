import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontconfigXml, PRINTER_FONT_PACKAGES } from '../../../src/render/pdf/printer-fonts.ts';
import { woffToSfnt } from '../../../src/render/pdf/woff-to-sfnt.ts';

/** OpenType table checksum: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(data: Buffer): number {
  const words = Buffer.alloc((data.length + 3) & ~3);
  data.copy(words);
  let sum = 0;
  for (let at = 0; at < words.length; at += 4) sum = (sum + words.readUInt32BE(at)) >>> 0;
  return sum;
}

const require = createRequire(import.meta.url);
const shipped = PRINTER_FONT_PACKAGES.flatMap(({ name, files }) => {
  const folder = join(dirname(require.resolve(`${name}/package.json`)), 'files');
  return readdirSync(folder)
    .filter((file) => files.test(file))
    .map((file) => join(folder, file));
});

describe('woffToSfnt', () => {
  it('unwraps every shipped font into a TrueType file whose tables match their checksums', () => {
    expect(shipped.length).toBeGreaterThan(20);
    for (const file of shipped) {
      const sfnt = woffToSfnt(readFileSync(file));
      expect(sfnt.readUInt32BE(0), file).toBe(0x00010000);
      const count = sfnt.readUInt16BE(4);
      for (let index = 0; index < count; index += 1) {
        const at = 12 + index * 16;
        const tag = sfnt.toString('latin1', at, at + 4);
        if (tag === 'head') continue; // its checksum adjustment field makes it special
        const offset = sfnt.readUInt32BE(at + 8);
        const table = sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12));
        expect(checksum(table), `${file} ${tag}`).toBe(sfnt.readUInt32BE(at + 4));
      }
    }
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes to pass the header length check....'))).toThrow('not a WOFF 1.0 file');
  });
});

describe('fontconfigXml', () => {
  it('lists our folder only (no system include), escaped', () => {
    const xml = fontconfigXml('/tmp/a&b/fonts', '/tmp/a&b/cache');
    expect(xml).toContain('<dir>/tmp/a&amp;b/fonts</dir>');
    expect(xml).not.toMatch(/<include|\/usr\/share\/fonts|~\/\.fonts/);
  });
});
