// Reading a large capture on the explain page: a synthetic 20 MB pcap with 10,000 SIP messages
// (2,000 calls) and RTP, opened with the file picker. Measured in the browser: from the file's
// arrival to the call list drawn, the worker's own time, and the longest task the page's main
// thread ran meanwhile (how responsive it stayed); then the same reading in Node for its memory.
// Run alone on a built site: node --expose-gc bench/measures/capture.ts (serves dist/ itself).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '../lib/browser.ts';
import { launchBrowser, withFreshPage } from '../lib/browser.ts';
import { failedNote, formatBytes, formatLoad, formatMs, paragraph } from '../lib/format.ts';
import { failed, type Failure } from '../lib/log.ts';
import { serve } from '../lib/serve.ts';
import { stats, type Stats } from '../lib/stats.ts';
import { syntheticCapture } from '../lib/synthetic-capture.ts';
import { readCapture } from '../../src/lib/capture/read.ts';
import { parseCaptured } from '../../src/lib/trace/captured.ts';
import { listCalls } from '../../src/lib/trace/calls.ts';
import { loadavg } from 'node:os';

export const CAPTURE_MESSAGES = 10_000;
export const CAPTURE_BYTES = 20 * 2 ** 20;
const RUNS = 5;

interface Run {
  listedMs: number;
  workerMs: number;
  longestTaskMs: number;
  rows: number;
}

async function openOnce(browser: Browser, origin: string, file: Buffer): Promise<Run> {
  return withFreshPage(browser, async (page) => {
    await page.goto(`${origin}/explain/`);
    await page.waitForSelector('[data-capture-ready]', { state: 'attached' });
    await page.evaluate(() => {
      const state = { start: 0, longest: 0 };
      (window as unknown as { bench: typeof state }).bench = state;
      document.querySelector('#trace-file')!.addEventListener('change', () => {
        state.start = performance.now();
      });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          // Tasks from the change event on: handing the file to the page (a test-tool step)
          // comes before it.
          if (state.start > 0 && entry.startTime >= state.start)
            state.longest = Math.max(state.longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.locator('#trace-file').setInputFiles({
      name: 'bench.pcap',
      mimeType: 'application/vnd.tcpdump.pcap',
      buffer: file,
    });
    await page.waitForSelector('table.calls tbody tr', { timeout: 120_000 });
    return page.evaluate(() => {
      const state = (window as unknown as { bench: { start: number; longest: number } }).bench;
      const list = document.querySelector<HTMLElement>('[data-capture-list]')!;
      return {
        listedMs: performance.now() - state.start,
        workerMs: Number(list.dataset.readMs),
        longestTaskMs: state.longest,
        rows: list.querySelectorAll('table.calls tbody tr').length,
      };
    });
  });
}

/** The same reading in Node: time, and the memory the read messages and calls hold. */
function readInNode(file: Uint8Array) {
  globalThis.gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const read = readCapture(file);
  const { found, kept } = parseCaptured(read.messages);
  const calls = listCalls(found);
  const ms = performance.now() - started;
  // Collected again with everything read still held: what stays is what the reading keeps.
  globalThis.gc?.();
  const after = process.memoryUsage();
  if (calls.length + found.length + read.messages.length < 0) throw new Error('unreachable');
  return {
    ms,
    messages: kept.length,
    calls: calls.length,
    heapBytes: after.heapUsed - before.heapUsed,
    rssBytes: after.rss - before.rss,
  };
}

export async function measureCapture(browser: Browser, origin: string) {
  const file = syntheticCapture(CAPTURE_MESSAGES, CAPTURE_BYTES);
  const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await openOnce(browser, origin, buffer));
  return {
    bytes: file.length,
    messages: CAPTURE_MESSAGES,
    rows: runs[0]!.rows,
    listed: stats(runs.map((run) => run.listedMs)),
    worker: stats(runs.map((run) => run.workerMs)),
    longestTask: stats(runs.map((run) => run.longestTaskMs)),
    node: readInNode(file),
    loadAverage: loadavg(),
  };
}

export type CaptureResults = Awaited<ReturnType<typeof measureCapture>>;

const range = (s: Stats) => `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)})`;

export function captureSection(results: CaptureResults | Failure): string {
  if (failed(results)) return failedNote(results);
  return paragraph([
    `A synthetic pcap of ${formatBytes(results.bytes)} with ${results.messages.toLocaleString('en')} SIP messages and RTP, opened on /explain/: the call list (${results.rows} rows drawn) appeared ${range(results.listed)} after the file arrived, median of ${results.listed.runs.length} runs (the worker's part ${range(results.worker)});`,
    `the longest task on the page's main thread meanwhile was ${range(results.longestTask)}.`,
    `Read in Node, the same file took ${formatMs(results.node.ms)} and its messages and calls held ${formatBytes(results.node.heapBytes)} of heap (${results.node.messages} messages, ${results.node.calls} calls).`,
    `Load average at the end: ${formatLoad(results.loadAverage)}.`,
  ]);
}

if (import.meta.main) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server = await serve(join(root, 'dist'), 0);
  const browser = await launchBrowser();
  try {
    const results = await measureCapture(browser, server.origin);
    console.log(JSON.stringify(results, null, 2));
    console.log(captureSection(results));
  } finally {
    await browser.close();
    await server.close();
  }
}
