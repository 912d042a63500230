// Reads a capture off the page's main thread: decompress, read packets, find SIP, parse it once
// and list the calls. The page stays responsive and can stop it at any time by terminating it.
import { gunzip, isGzip } from '../../lib/capture/gzip.ts';
import { CaptureReader, readFile } from '../../lib/capture/read.ts';
import { CaptureError } from '../../lib/capture/types.ts';
import { parseCaptured } from '../../lib/trace/captured.ts';
import { listCalls } from '../../lib/trace/calls.ts';
import { MAX_FILE_BYTES, type CaptureReply, type CaptureRequest } from './protocol.ts';

const post = (reply: CaptureReply) => self.postMessage(reply);

async function read({ file }: CaptureRequest): Promise<void> {
  const started = performance.now();
  if (file.size > MAX_FILE_BYTES)
    throw new CaptureError(
      `This file is ${Math.round(file.size / 2 ** 20)} MB; the page reads captures up to ${MAX_FILE_BYTES / 2 ** 20} MB. Cut it with editcap or a display filter first.`,
    );
  post({ type: 'progress', stage: 'Opening the file', done: 0, total: file.size });
  let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
  if (isGzip(bytes)) {
    post({ type: 'progress', stage: 'Decompressing', done: 0, total: bytes.length });
    bytes = await gunzip(bytes, MAX_FILE_BYTES);
  }
  const packets = readFile(bytes, (done, total) =>
    post({ type: 'progress', stage: 'Reading packets', done, total }),
  );
  const reader = new CaptureReader();
  packets.packets.forEach((packet, index) => {
    reader.add(packet);
    if (index % 8192 === 8191)
      post({
        type: 'progress',
        stage: 'Finding SIP',
        done: index + 1,
        total: packets.packets.length,
      });
  });
  reader.finish();
  post({ type: 'progress', stage: 'Listing calls', done: 0, total: reader.messages.length });
  const { found, kept } = parseCaptured(reader.messages);
  post({
    type: 'done',
    messages: kept,
    calls: listCalls(found),
    stats: { ...reader.stats, format: packets.format, truncated: packets.truncated },
    ms: performance.now() - started,
  });
}

self.addEventListener('message', (event: MessageEvent<CaptureRequest>) => {
  read(event.data).catch((error: unknown) => {
    post({
      type: 'error',
      message:
        error instanceof CaptureError
          ? error.message
          : `This file could not be read as a capture (${(error as Error).message}).`,
    });
  });
});
post({ type: 'ready' });
