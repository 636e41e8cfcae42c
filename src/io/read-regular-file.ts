/**
 * Edge: the bytes of a regular file, read safely from hostile paths. The file is opened
 * non-blocking (a named pipe opens at once instead of waiting for a writer), then checked
 * through the open handle (fstat: no race between the check and the read): anything but a
 * regular file is refused unread, and at most `maxBytes` + 1 bytes are ever read (a file
 * growing while read, or a device, cannot exhaust memory). Async for the many order files,
 * sync for the images a guide's Markdown plugin resolves on the fly.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

export type RegularFileRead =
  | { readonly kind: 'read'; readonly bytes: Uint8Array }
  | { readonly kind: 'not-regular' }
  | { readonly kind: 'too-large'; readonly size: number };

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

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

function result(buffer: Uint8Array, length: number, maxBytes: number): RegularFileRead {
  return length > maxBytes ? { kind: 'too-large', size: length } : { kind: 'read', bytes: buffer.subarray(0, length) };
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
    const refused = refusal(await handle.stat(), maxBytes);
    if (refused !== undefined) return refused;
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      length += bytesRead;
      if (bytesRead === 0 || length === buffer.length) return result(buffer, length, maxBytes);
    }
  } finally {
    await handle.close();
  }
}

export function readRegularFileSync(path: string, maxBytes: number): RegularFileRead {
  let fd;
  try {
    fd = openSync(path, FLAGS);
  } catch (cause) {
    if (isUnopenable(cause)) return { kind: 'not-regular' };
    throw cause;
  }
  try {
    const refused = refusal(fstatSync(fd), maxBytes);
    if (refused !== undefined) return refused;
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
      length += bytesRead;
      if (bytesRead === 0 || length === buffer.length) return result(buffer, length, maxBytes);
    }
  } finally {
    closeSync(fd);
  }
}
