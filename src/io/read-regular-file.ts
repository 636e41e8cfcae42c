/**
 * Edge: the bytes of a regular file, read safely from hostile paths. The file is opened
 * non-blocking (a named pipe opens at once instead of waiting for a writer), then checked
 * through the open handle (fstat: no race between the check and the read): anything but a
 * regular file is refused unread, and at most `maxBytes` + 1 bytes are ever read (a file
 * growing while read, or a device, cannot exhaust memory).
 */
import { constants } from 'node:fs';
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
    if (!info.isFile()) return { kind: 'not-regular' };
    if (info.size > maxBytes) return { kind: 'too-large', size: info.size };
    const buffer = new Uint8Array(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0 || length + bytesRead === buffer.length) {
        length += bytesRead;
        break;
      }
      length += bytesRead;
    }
    return length > maxBytes ? { kind: 'too-large', size: length } : { kind: 'read', bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}
