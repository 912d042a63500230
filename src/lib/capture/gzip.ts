// gzip through the platform's DecompressionStream (every current browser, and Node): no library
// to ship, and the browser's native inflater is faster than one in JavaScript. Stops as soon as
// the output passes the size limit, so a small file that inflates enormously is refused early.
import { readCapped, streamOf } from '../byte-stream.ts';
import { CaptureError } from './types.ts';

export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const read = await readCapped(
    streamOf(bytes).pipeThrough(new DecompressionStream('gzip')),
    maxBytes,
  );
  if (read.overflow)
    throw new CaptureError(
      `Decompressed, this file is larger than ${Math.round(maxBytes / 2 ** 20)} MB, the most this page reads.`,
    );
  // What is there may still be read: a gzip file cut short inflates up to where it stops.
  if (read.failed && read.bytes.length === 0)
    throw new CaptureError(
      'The file is gzip-compressed but could not be decompressed: it is damaged.',
    );
  return read.bytes;
}
