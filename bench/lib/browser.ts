// The browser every measurement drives, and how a response is weighed.
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { kindOf, typeOf, type ByteKind, type Resource } from './resources.ts';

export type { Browser, Page };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Runs `use` in a new browser context: empty cache, no cookies, as a first visit. Service
 * workers are blocked unless `serviceWorkers` is 'allow': from a reader's second page the
 * worker keeps what is read, fetching alongside what is being timed; the first visit and the
 * offline copy, measured with the worker on (first-visit.ts), are what it costs.
 */
export async function withFreshPage<T>(
  browser: Browser,
  use: (page: Page) => Promise<T>,
  serviceWorkers: 'allow' | 'block' = 'block',
) {
  const context = await browser.newContext({ serviceWorkers });
  try {
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}

/** A fetched file with its size three ways and when it was fetched (epoch milliseconds). */
export interface Fetched extends Resource {
  kind: ByteKind;
  start: number;
  end: number;
}

/**
 * Weighs a finished request: its body uncompressed, gzipped on its own at level 9 (as a host
 * compressing every response would send it) and as sent. Null for a request without a body,
 * such as a redirect or an aborted one.
 */
export async function weigh(request: Request): Promise<Fetched | null> {
  try {
    const response = await request.response();
    if (!response) return null;
    const body = await response.body();
    const sizes = await request.sizes();
    const timing = request.timing();
    const path = new URL(request.url()).pathname;
    return {
      url: path,
      type: typeOf(request.resourceType()),
      kind: kindOf(path, request.resourceType()),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      wire: sizes.responseBodySize,
      start: timing.startTime,
      end: timing.startTime + timing.responseEnd,
    };
  } catch {
    return null;
  }
}

/**
 * Records every request the page finishes from now on. `quiet` waits until nothing has been in
 * flight for a while; `stop` detaches the listeners and returns what was fetched (requests
 * still in flight then are left out).
 */
export function recordFetches(page: Page) {
  const pending: Promise<Fetched | null>[] = [];
  let inFlight = 0;
  let lastChange = performance.now();
  const started = () => {
    inFlight += 1;
    lastChange = performance.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = performance.now();
  };
  const finished = (request: Request) => {
    ended();
    pending.push(weigh(request));
  };
  page.on('request', started);
  page.on('requestfinished', finished);
  page.on('requestfailed', ended);
  return {
    async quiet(ms: number, timeoutMs = 30_000): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (inFlight > 0 || performance.now() - lastChange < ms) {
        if (performance.now() > deadline)
          throw new Error(`network still busy after ${timeoutMs} ms`);
        await sleep(25);
      }
    },
    async stop(): Promise<Fetched[]> {
      page.off('request', started);
      page.off('requestfinished', finished);
      page.off('requestfailed', ended);
      return (await Promise.all(pending)).filter((fetched) => fetched !== null);
    },
  };
}
