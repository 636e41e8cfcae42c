/**
 * Edge: the bytes of a regular file, read safely from hostile paths. The file is opened
 * non-blocking (a named pipe opens at once instead of waiting for a writer), then checked
 * through the open handle (fstat: no race between the check and the read): anything but a
 * regular file is refused unread, and at most `maxBytes` + 1 bytes are ever read (a file
 * growing while read, or a device, cannot exhaust memory). The buffer is sized to the file
 * (its fstat size + 1, to see it grow), and grows only for a file that outgrows it (a /proc
 * file says 0), never past `maxBytes` + 1: a run over many small files allocates little.
 * Async for callers that overlap reads, sync for the validation workers (no thread-pool round
 * trips) and for the images a guide's Markdown plugin resolves on the fly.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

export type RegularFileRead =
  | { readonly kind: 'read'; readonly bytes: Uint8Array }
  | { readonly kind: 'not-regular' }
  | { readonly kind: 'too-large'; readonly size: number };

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
/** The first buffer of a file whose size is not known ahead (fstat says 0). */
const UNKNOWN_SIZE_CHUNK = 16 * 1024;

/** ENXIO: a socket, or a device with nothing behind it; never readable as a file. */
function isUnopenable(cause: unknown): boolean {
  return (cause as NodeJS.ErrnoException).code === 'ENXIO';
}

/** Why the file is refused before reading, if it is. */
function refusal(info: Stats, maxBytes: number): RegularFileRead | undefined {
  if (!info.isFile()) return { kind: 'not-regular' };
  if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
  return undefined;
}

/**
 * The bytes read so far and where the next read goes: one buffer, sized to the file and grown
 * (doubled) only when it fills, up to `maxBytes` + 1 (one byte more than allowed tells "too large").
 */
class BoundedBuffer {
  private buffer: Uint8Array;
  length = 0;
  private readonly limit: number;

  constructor(size: number, maxBytes: number, reuse?: Uint8Array) {
    this.limit = maxBytes + 1;
    const wanted = Math.min(size === 0 ? UNKNOWN_SIZE_CHUNK : size + 1, this.limit);
    this.buffer = reuse !== undefined && reuse.length >= wanted ? reuse.subarray(0, wanted) : new Uint8Array(wanted);
  }

  /** Room for the next read, grown if the buffer is full; undefined once the limit is reached. */
  room(): Uint8Array | undefined {
    if (this.length === this.limit) return undefined;
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(Math.min(this.buffer.length * 2, this.limit));
      grown.set(this.buffer);
      this.buffer = grown;
    }
    return this.buffer;
  }

  result(maxBytes: number): RegularFileRead {
    return this.length > maxBytes
      ? { kind: 'too-large', size: this.length }
      : { kind: 'read', bytes: this.buffer.subarray(0, this.length) };
  }
}

export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFileRead> {
  let handle;
  try {
    handle = await open(path, FLAGS);
  } catch (cause) {
    if (isUnopenable(cause)) return { kind: 'not-regular' };
    throw cause;
  }
  try {
    const info = await handle.stat();
    const refused = refusal(info, maxBytes);
    if (refused !== undefined) return refused;
    const read = new BoundedBuffer(info.size, maxBytes);
    for (let buffer = read.room(); buffer !== undefined; buffer = read.room()) {
      const { bytesRead } = await handle.read(buffer, read.length, buffer.length - read.length, null);
      if (bytesRead === 0) break;
      read.length += bytesRead;
    }
    return read.result(maxBytes);
  } finally {
    await handle.close();
  }
}

/**
 * A buffer that `readRegularFileSync` reads small files into instead of allocating one per
 * file (a run over 10,000 files otherwise allocates and frees 10,000 buffers): the bytes it
 * returns are then only valid until the next read with the same scratch.
 */
export class ReadScratch {
  readonly buffer = new Uint8Array(64 * 1024);
}

export function readRegularFileSync(path: string, maxBytes: number, scratch?: ReadScratch): RegularFileRead {
  let fd;
  try {
    fd = openSync(path, FLAGS);
  } catch (cause) {
    if (isUnopenable(cause)) return { kind: 'not-regular' };
    throw cause;
  }
  try {
    const info = fstatSync(fd);
    const refused = refusal(info, maxBytes);
    if (refused !== undefined) return refused;
    const read = new BoundedBuffer(info.size, maxBytes, scratch?.buffer);
    for (let buffer = read.room(); buffer !== undefined; buffer = read.room()) {
      const asked = buffer.length - read.length;
      const bytesRead = readSync(fd, buffer, read.length, asked, null);
      if (bytesRead === 0) break;
      read.length += bytesRead;
      // A short read that reaches the size fstat gave is the end of the file: no second read
      // to see 0 bytes. (A file that grew fills the read; a /proc or sysfs file, whose size
      // says 0 or 4096, keeps being read until a read gives 0.)
      if (bytesRead < asked && read.length === info.size) break;
    }
    return read.result(maxBytes);
  } finally {
    closeSync(fd);
  }
}
