// gzip through the platform's DecompressionStream (every current browser, and Node): no library
// to ship, and the browser's native inflater is faster than one in JavaScript. Stops as soon as
// the output passes the size limit, so a small file that inflates enormously is refused early.
import { CaptureError } from './types.ts';

export const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function gunzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        throw new CaptureError(
          `Decompressed, this file is larger than ${Math.round(maxBytes / 2 ** 20)} MB, the most this page reads.`,
        );
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof CaptureError) throw error;
    // What is there may still be read: a gzip file cut short inflates up to where it stops.
    if (total === 0)
      throw new CaptureError(
        'The file is gzip-compressed but could not be decompressed: it is damaged.',
      );
  }
  const whole = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
