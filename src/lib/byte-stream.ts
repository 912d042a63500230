// Bytes through the platform's streams (CompressionStream, DecompressionStream): the share link
// and the capture reader both inflate gzip and must stop as soon as the output passes a limit,
// so that a small input that inflates enormously costs no more than the limit.

export const streamOf = (bytes: Uint8Array) =>
  new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();

/** The pieces of a message, split over frames, chunks or stream reads, joined in order. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

export interface StreamRead {
  /** What was read: all of it, or what came before the limit or the error. */
  bytes: Uint8Array;
  /** The output passed `maxBytes`; reading stopped there. */
  overflow: boolean;
  /** The stream failed (damaged input); `bytes` holds what came before. */
  failed: boolean;
}

export async function readCapped(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<StreamRead> {
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
        return { bytes: joinBytes(parts), overflow: true, failed: false };
      }
      parts.push(value);
    }
  } catch {
    return { bytes: joinBytes(parts), overflow: false, failed: true };
  }
  return { bytes: joinBytes(parts), overflow: false, failed: false };
}
