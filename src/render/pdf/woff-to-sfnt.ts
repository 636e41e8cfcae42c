/**
 * WOFF (1.0) → the TrueType/OpenType file it wraps: the header and table directory rebuilt,
 * each table inflated. Fontconfig reads WOFF, but Chromium takes only TrueType and CFF files
 * from it, and the font packages ship WOFF and WOFF2 only. Pure.
 * Format: https://www.w3.org/TR/WOFF/ (header 44 bytes, then 20 bytes per table).
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

interface Table {
  readonly tag: number;
  readonly checksum: number;
  readonly data: Uint8Array;
}

function padded(length: number): number {
  return (length + 3) & ~3;
}

export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables: Table[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = 44 + index * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const original = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    const data = compressed < original ? inflateSync(raw) : raw;
    if (data.length !== original) throw new Error('a WOFF table does not have its stated length');
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= count) entrySelector += 1;
  const searchRange = 2 ** entrySelector * 16;
  const headerSize = 12 + count * 16;
  const out = Buffer.alloc(tables.reduce((size, table) => size + padded(table.data.length), headerSize));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(count * 16 - searchRange, 10);
  let offset = headerSize;
  for (const [index, table] of tables.entries()) {
    const at = 12 + index * 16;
    out.writeUInt32BE(table.tag, at);
    out.writeUInt32BE(table.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(table.data.length, at + 12);
    out.set(table.data, offset);
    offset += padded(table.data.length);
  }
  return out;
}
