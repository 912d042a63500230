// The messages between the explain page and its capture worker.
import type { CaptureStats, CapturedMessage } from '../../lib/capture/read.ts';
import type { Call } from '../../lib/trace/calls.ts';

export interface CaptureRequest {
  file: Blob;
}

export type CaptureReply =
  | { type: 'ready' }
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'error'; message: string }
  | {
      type: 'done';
      messages: CapturedMessage[];
      calls: Call[];
      stats: CaptureStats;
      /** Milliseconds the worker spent, from the file to the call list. */
      ms: number;
    };

/** The largest file read, compressed or not, and the most a gzip file may inflate to. */
export const MAX_FILE_BYTES = 256 * 2 ** 20;
