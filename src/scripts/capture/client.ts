// The page's side of the capture worker: starts it with the page (so opening a file makes no
// request), hands it a file, shows its progress with a way to stop, and starts a fresh worker
// after a stop.
import workerUrl from './worker.ts?worker&url';
import type { CaptureReply } from './protocol.ts';

export type Done = Extract<CaptureReply, { type: 'done' }>;

export interface CaptureClient {
  read(file: Blob, onProgress: (stage: string, fraction: number) => void): Promise<Done>;
  cancel(): void;
}

export function startCaptureClient(onReady: () => void): CaptureClient {
  let worker: Worker;
  let pending: { resolve: (done: Done) => void; reject: (error: Error) => void } | null = null;
  let progress: (stage: string, fraction: number) => void = () => {};

  const spawn = () => {
    worker = new Worker(workerUrl, { type: 'module', name: 'capture' });
    worker.addEventListener('message', (event: MessageEvent<CaptureReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') onReady();
      else if (reply.type === 'progress')
        progress(reply.stage, reply.total > 0 ? reply.done / reply.total : 0);
      else if (reply.type === 'error') pending?.reject(new Error(reply.message));
      else pending?.resolve(reply);
      if (reply.type === 'error' || reply.type === 'done') pending = null;
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      pending?.reject(new Error('The capture reader stopped unexpectedly.'));
      pending = null;
    });
  };
  spawn();

  return {
    read(file, onProgress) {
      // The worker reads one file at a time: a new one stops the one under way.
      if (pending) this.cancel();
      progress = onProgress;
      return new Promise<Done>((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage({ file });
      });
    },
    cancel() {
      worker.terminate();
      pending?.reject(new Error('Stopped: the capture was not read.'));
      pending = null;
      spawn();
    },
  };
}
