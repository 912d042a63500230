// @ts-check
// Measures the site the way visitors and maintainers meet it: page weight, search speed, build
// time, how build and search index grow with the number of pages, and Lighthouse scores.
//
//   npm run bench                     build, then measure everything (scaling: 75, 750, 7500)
//   npm run bench -- --no-build       measure the dist/ that is already there
//   npm run bench -- --sizes 75,750   a quicker scaling run
//
// Writes bench/results.json (every raw number), bench/summary.md and bench/scaling.svg.

import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { format as formatWithPrettier, resolveConfig as resolvePrettierConfig } from 'prettier';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Request} Request */
/** @typedef {import('@playwright/test').Response} Response */
/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/** @typedef {NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']} LighthouseReport */
/** @typedef {'document' | 'css' | 'js' | 'font' | 'image' | 'other'} ResourceType */
/**
 * One response: its uncompressed body, that body gzipped at level 9, and the bytes sent.
 * @typedef {{ url: string, type: ResourceType, raw: number, gzip: number, wire: number }} Resource
 */
/** @typedef {{ requests: number, raw: number, gzip: number, wire: number }} Tally */
/** @typedef {{ median: number, min: number, max: number, runs: number[] }} Stats */
/** @typedef {{ error: string }} Failure */
/** @typedef {{ code: number, reason: string, rfc: string, section: string }} CodePage */
/** @typedef {() => number} Random */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = join(ROOT, 'bench');
// 4321 belongs to `npm run preview` and the end-to-end tests, which may be running meanwhile.
const PORT = 4329;
const SCALING_PORT = 4330;

const WEIGHT_PATHS = ['/', '/4xx/', '/486/', '/guides/', '/search/'];
/** @type {ResourceType[]} */
const RESOURCE_TYPES = ['document', 'css', 'js', 'font', 'image', 'other'];

const SEARCH_INPUT = '[data-search-page] pagefind-input input';
const SEARCH_RESULT = '[data-search-page] pagefind-results a.pf-result-link';
const FIRST_QUERY = '486';
const WARM_QUERY = 'busy';
const SEARCH_LOADS = 10;
// Each scaled build needs its own preview; fewer loads keep the 7,500-page run affordable.
const SCALING_SEARCH_LOADS = 3;

const BUILD_RUNS = 3;
const DEFAULT_SIZES = '75,750,7500';

const LIGHTHOUSE_PATHS = ['/', '/486/', '/search/'];
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE_METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

// ---------------------------------------------------------------------------------------------
// Small helpers

const started = performance.now();

/** @param {string} message */
function log(message) {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(5);
  process.stderr.write(`[bench ${seconds} s] ${message}\n`);
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {number[]} values */
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * @param {number[]} values
 * @returns {Stats}
 */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: values };
}

/** Parts of the run that failed, for the summary and the exit code. */
const failures = /** @type {{ section: string, error: string }[]} */ ([]);

/**
 * Runs one part of the benchmark. A failure is recorded in place of its results, so that the
 * other parts of a long run still count.
 * @template T
 * @param {string} section
 * @param {() => Promise<T>} measure
 * @returns {Promise<T | Failure>}
 */
async function attempt(section, measure) {
  log(section);
  try {
    return await measure();
  } catch (error) {
    const message = messageOf(error);
    failures.push({ section, error: message });
    log(`${section} failed: ${message.split('\n')[0]}`);
    return { error: message };
  }
}

/**
 * @param {unknown} value
 * @returns {value is Failure}
 */
function failed(value) {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** @param {string} dir */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** @param {string} name */
async function packageVersion(name) {
  const manifest = join(ROOT, 'node_modules', name, 'package.json');
  return JSON.parse(await readFile(manifest, 'utf8')).version;
}

/** @param {string} text */
function withoutColours(text) {
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Child processes still running, so that an interrupted run leaves no server behind. */
const children = /** @type {Set<ChildProcess>} */ (new Set());
/** Temporary project copies, removed even when the run is interrupted. */
const tempDirs = /** @type {Set<string>} */ (new Set());

/**
 * Signals a child's whole process group: npx starts npm, which starts the node process that
 * does the work, and signalling npx alone would leave that one running.
 * @param {ChildProcess} child
 * @param {NodeJS.Signals} [signal]
 */
function killGroup(child, signal = 'SIGTERM') {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function cleanUp() {
  for (const child of children) killGroup(child, 'SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}

// 'exit' also comes after an uncaught error; the signal handlers turn Ctrl-C into an exit.
process.once('exit', cleanUp);
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

/**
 * Starts a command in its own process group (see killGroup), collecting its output.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function start(command, args, cwd) {
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const output = { text: '' };
  child.stdout?.on('data', (chunk) => (output.text += chunk));
  child.stderr?.on('data', (chunk) => (output.text += chunk));
  return { child, output };
}

/**
 * Runs a command to completion and times it. Its output is shown only when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ ms: number, output: string }>}
 */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const begin = performance.now();
    const { child, output } = start(command, args, cwd);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const ms = performance.now() - begin;
      if (code === 0) return resolve({ ms, output: withoutColours(output.text) });
      const status = signal ?? `exit code ${code}`;
      const tail = output.text.slice(-4000);
      reject(new Error(`${command} ${args.join(' ')} failed (${status}):\n${tail}`));
    });
  });
}

/** @param {string} origin */
async function answers(origin) {
  try {
    await fetch(origin, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until astro preview says where it listens and answers there. The address comes from
 * its output because, when the port is taken, Astro quietly moves on to the next free one.
 * @param {ChildProcess} child
 * @param {{ text: string }} output
 */
async function servedOrigin(child, output) {
  const deadline = Date.now() + 60_000;
  while (child.exitCode === null && Date.now() < deadline) {
    const origin = /Local\s+(http:\/\/[^\s/]+)/.exec(withoutColours(output.text))?.[1];
    if (origin && (await answers(origin))) return origin;
    await sleep(250);
  }
  throw new Error(`astro preview did not start:\n${output.text.slice(-2000)}`);
}

/**
 * Serves a built project with `astro preview` until stop() is called.
 * @param {string} cwd
 * @param {number} port
 * @param {string[]} [extraArgs]
 */
async function startPreview(cwd, port, extraArgs = []) {
  const args = ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), ...extraArgs];
  const { child, output } = start('npx', args, cwd);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** @type {string | undefined} */
  let origin;

  const stop = async () => {
    // The whole group even when npx has gone: the server it started may not have.
    killGroup(child);
    if (child.exitCode === null && child.signalCode === null) {
      const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(force);
    }
    // The next preview wants the same port.
    for (let tries = 0; origin && tries < 20 && (await answers(origin)); tries++) await sleep(250);
  };

  try {
    origin = await servedOrigin(child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  if (origin !== `http://127.0.0.1:${port}`) log(`port ${port} was taken; previewing at ${origin}`);
  return { origin, stop };
}

// ---------------------------------------------------------------------------------------------
// Page weight

/** @param {string} resourceType Playwright's name for what the browser fetched */
function typeOf(resourceType) {
  /** @type {Record<string, ResourceType>} */
  const types = {
    document: 'document',
    stylesheet: 'css',
    script: 'js',
    font: 'font',
    image: 'image',
  };
  return types[resourceType] ?? 'other';
}

/**
 * @param {Response} response
 * @returns {Promise<Resource | null>}
 */
async function weigh(response) {
  try {
    const body = await response.body();
    const sizes = await response.request().sizes();
    return {
      url: new URL(response.url()).pathname,
      type: typeOf(response.request().resourceType()),
      raw: body.length,
      // Each body on its own, as a server compressing every response would send it.
      gzip: gzipSync(body, { level: 9 }).length,
      // What astro preview actually sent: it compresses with its own settings.
      wire: sizes.responseBodySize,
    };
  } catch {
    // Redirects and aborted requests have no body to weigh.
    return null;
  }
}

/** @param {Resource[]} resources */
function tally(resources) {
  /** @type {Tally} */
  const total = { requests: 0, raw: 0, gzip: 0, wire: 0 };
  const byType = /** @type {Record<ResourceType, Tally>} */ (
    Object.fromEntries(
      RESOURCE_TYPES.map((type) => [type, { requests: 0, raw: 0, gzip: 0, wire: 0 }]),
    )
  );
  for (const { type, raw, gzip, wire } of resources) {
    for (const counts of [total, byType[type]]) {
      counts.requests += 1;
      counts.raw += raw;
      counts.gzip += gzip;
      counts.wire += wire;
    }
  }
  return { total, byType };
}

/**
 * Loads one page in a fresh context (empty cache) and weighs every response until the network
 * has been idle for 500 ms.
 * @param {Browser} browser
 * @param {string} origin
 * @param {string} path
 */
async function measurePageWeight(browser, origin, path) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {Promise<Resource | null>[]} */
    const pending = [];
    page.on('response', (response) => pending.push(weigh(response)));
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const resources = (await Promise.all(pending)).filter((resource) => resource !== null);
    return { path, ...tally(resources), resources };
  } finally {
    await context.close();
  }
}

/**
 * @param {Browser} browser
 * @param {string} origin
 */
async function measurePageWeights(browser, origin) {
  const pages = [];
  for (const path of WEIGHT_PATHS) pages.push(await measurePageWeight(browser, origin, path));
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Search

/**
 * Runs in the page: types a query the way the site's own scripts do, and resolves once a result
 * link that was not there before has its title and has been painted. Pagefind adds empty
 * result placeholders first and fills them as each page's fragment arrives. The times are
 * epoch milliseconds from the page's clock, to compare with Playwright's request timings.
 * @param {{ input: string, result: string, query: string }} args
 */
async function timeQuery({ input, result, query }) {
  const field = /** @type {HTMLInputElement} */ (document.querySelector(input));
  const stale = new Set(document.querySelectorAll(result));
  const shown = () =>
    [...document.querySelectorAll(result)].some(
      (link) => !stale.has(link) && link.textContent?.trim(),
    );
  const begin = performance.now();
  field.value = query;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no result for "${query}" in 30 s`)), 30_000);
    const check = () => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(undefined);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    check();
  });
  // A requestAnimationFrame callback runs just before the next paint; a task queued from it
  // runs after that paint.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const end = performance.now();
  return {
    ms: end - begin,
    begin: performance.timeOrigin + begin,
    end: performance.timeOrigin + end,
  };
}

/**
 * Runs in the page: resolves once the document has not changed for `quietMs`, so that results
 * still arriving for one query are not taken for those of the next.
 * @param {number} quietMs
 */
function settle(quietMs) {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      resolve(performance.timeOrigin + performance.now());
    };
    let timer = setTimeout(done, quietMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * @param {Request} request
 * @returns {Promise<{ path: string, bytes: number, start: number, end: number }>}
 */
async function pagefindFetch(request) {
  const timing = request.timing();
  const response = await request.response().catch(() => null);
  const body = await response?.body().catch(() => null);
  return {
    path: new URL(request.url()).pathname,
    bytes: body?.length ?? 0,
    start: timing.startTime,
    end: timing.startTime + timing.responseEnd,
  };
}

/**
 * One fresh load of /search/: the first query, with no part of the index loaded yet, then a
 * different query in the same page, with Pagefind's code and metadata already in memory.
 * @param {Browser} browser
 * @param {string} origin
 */
async function searchOnce(browser, origin) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {ReturnType<typeof pagefindFetch>[]} */
    const pending = [];
    /** @param {Request} request */
    const collect = (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
        pending.push(pagefindFetch(request));
      }
    };
    page.on('requestfinished', collect);
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await page.locator(SEARCH_INPUT).waitFor();
    const selectors = { input: SEARCH_INPUT, result: SEARCH_RESULT };
    const first = await page.evaluate(timeQuery, { ...selectors, query: FIRST_QUERY });
    const settled = await page.evaluate(settle, 500);
    const warm = await page.evaluate(timeQuery, { ...selectors, query: WARM_QUERY });
    // Fragments for the second query may still arrive; they would outlive the context.
    page.off('requestfinished', collect);
    const fetches = await Promise.all(pending);
    // The network was idle for 500 ms before typing; the allowance only absorbs rounding
    // between the page's clock and the network stack's.
    const typed = first.begin - 50;
    const untilShown = fetches.filter(({ start, end }) => start >= typed && end <= first.end);
    const untilSettled = fetches.filter(({ start }) => start >= typed && start < settled);
    return {
      firstMs: first.ms,
      warmMs: warm.ms,
      firstQueryBytes: sum(untilShown.map(({ bytes }) => bytes)),
      firstQueryAllBytes: sum(untilSettled.map(({ bytes }) => bytes)),
      firstQueryFiles: untilShown.map(({ path, bytes }) => ({ path, bytes })),
      beforeTypingBytes: sum(fetches.filter(({ start }) => start < typed).map((f) => f.bytes)),
    };
  } finally {
    await context.close();
  }
}

/**
 * @param {Browser} browser
 * @param {string} origin
 * @param {number} loads
 */
async function measureSearch(browser, origin, loads) {
  const runs = [];
  for (let load = 0; load < loads; load++) runs.push(await searchOnce(browser, origin));
  return {
    loads,
    firstQuery: FIRST_QUERY,
    warmQuery: WARM_QUERY,
    firstResultMs: stats(runs.map((run) => run.firstMs)),
    warmResultMs: stats(runs.map((run) => run.warmMs)),
    firstQueryBytes: stats(runs.map((run) => run.firstQueryBytes)),
    firstQueryAllBytes: stats(runs.map((run) => run.firstQueryAllBytes)),
    beforeTypingBytes: stats(runs.map((run) => run.beforeTypingBytes)),
    firstQueryFiles: runs[0].firstQueryFiles,
  };
}

// ---------------------------------------------------------------------------------------------
// Build time

/**
 * The time a tool reports for its own work, without the second or so npx takes to start it.
 * @param {string} output
 */
function reportedMs(output) {
  // Astro writes "512ms", "3.21s" or, past a minute, "1m 12s".
  const astro = /page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)\b/.exec(output);
  if (astro) {
    const [, minutes = '0', amount, unit] = astro;
    return Number(minutes) * 60_000 + Number(amount) * (unit === 's' ? 1000 : 1);
  }
  const pagefind = /Finished in ([\d.]+) seconds/.exec(output);
  return pagefind ? Number(pagefind[1]) * 1000 : null;
}

/**
 * @param {string[]} args
 * @param {string} cwd
 */
async function timeTool(args, cwd) {
  const { ms, output } = await run('npx', args, cwd);
  return { ms, reportedMs: reportedMs(output), output };
}

async function measureBuilds() {
  const astro = [];
  const pagefind = [];
  for (let round = 1; round <= BUILD_RUNS; round++) {
    log(`build ${round}/${BUILD_RUNS}`);
    astro.push(await timeTool(['astro', 'build'], ROOT));
    // Each index is built from the pages just written, as `npm run build` does.
    pagefind.push(await timeTool(['pagefind', '--site', 'dist'], ROOT));
  }
  /** @param {{ ms: number, reportedMs: number | null }[]} times */
  const summarize = (times) => ({
    ...stats(times.map(({ ms }) => ms)),
    reported: stats(times.map(({ reportedMs }) => reportedMs ?? NaN)),
  });
  return { runs: BUILD_RUNS, astroBuildMs: summarize(astro), pagefindMs: summarize(pagefind) };
}

// ---------------------------------------------------------------------------------------------
// Synthetic content for the scaling run

// Guides are the page type that can be multiplied: code pages are limited to the numbers
// 100-699 and must match the registry. Their prose is drawn from these words.
const FUNCTION_WORDS = `the a of to and in that is for on with as by it this be or from at are not
  an can when which but if than its after before only each every other may should must will
  does no then also so into about more`.split(/\s+/);
const TOPIC_WORDS = `request response proxy server client caller callee dialog transaction
  session media offer answer header field registrar gateway trunk carrier endpoint device phone
  voicemail branch route routing target contact address domain realm nonce credentials challenge
  timer retry interval provisional final failure success redirect location registration
  subscription notification event refresh expiry codec stream port transport connection socket
  certificate identity signature policy network operator subscriber account billing queue
  overload capacity load limit threshold window sequence number counter value token body content
  type length format syntax version extension option feature support requirement precondition
  reliability acknowledgement cancellation termination forking parallel serial fallback
  alternative service emergency priority preference quality delay jitter loss bandwidth latency
  log trace message method invite register subscribe notify refer update prack options bye cancel
  ack info publish sends receives returns rejects accepts forwards retries cancels answers ends
  starts waits expects carries names lists marks drops keeps checks matches fails succeeds
  arrives reaches blocks allows denies asks tells shows treats stops clears sets changes moves
  holds early late busy temporary permanent local remote upstream downstream unknown invalid
  missing stale fresh shared single multiple pending active idle global specific`.split(/\s+/);
const SEED = 0x5ee0;
const GUIDE_WORDS = 300;

/**
 * A small seeded PRNG (mulberry32), so that every run generates the same pages.
 * @param {number} seed
 * @returns {Random}
 */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * @template T
 * @param {Random} random
 * @param {readonly T[]} items
 */
function oneOf(random, items) {
  return items[Math.floor(random() * items.length)];
}

/**
 * A word of prose. Real text is mostly function words plus a few frequent topic words; squaring
 * the draw favours the front of the topic list, a rough stand-in for that skew, which matters
 * to how well the index compresses.
 * @param {Random} random
 */
function word(random) {
  if (random() < 0.45) return oneOf(random, FUNCTION_WORDS);
  return TOPIC_WORDS[Math.floor(random() ** 2 * TOPIC_WORDS.length)];
}

/** @param {string} text */
function capitalize(text) {
  return text[0].toUpperCase() + text.slice(1);
}

/**
 * Words up to a length limit, as the schema's one-line plain-text fields require.
 * @param {Random} random
 * @param {number} minWords
 * @param {number} maxWords
 * @param {number} maxChars
 */
function phrase(random, minWords, maxWords, maxChars) {
  const count = minWords + Math.floor(random() * (maxWords - minWords + 1));
  let text = capitalize(oneOf(random, TOPIC_WORDS));
  for (let index = 1; index < count; index++) {
    const next = word(random);
    if (text.length + next.length + 1 > maxChars) break;
    text += ` ${next}`;
  }
  return text;
}

/**
 * @param {Random} random
 * @param {number} maxChars including the full stop
 */
function sentence(random, maxChars) {
  return `${phrase(random, 8, 20, maxChars - 1)}.`;
}

/**
 * About `targetWords` words in paragraphs. Some sentences link to a compared code, as the real
 * guides do, which also puts code numbers in the index.
 * @param {Random} random
 * @param {CodePage[]} codes
 * @param {number} targetWords
 */
function prose(random, codes, targetWords) {
  const paragraphs = [];
  const sentences = [];
  for (let words = 0; words < targetWords;) {
    let text = sentence(random, 200);
    if (random() < 0.25) {
      const { code, reason } = oneOf(random, codes);
      text = `${text.slice(0, -1)}, as with [${code} ${reason}](/${code}/).`;
    }
    words += text.split(' ').length;
    sentences.push(text);
    if (sentences.length === 5) paragraphs.push(sentences.splice(0).join(' '));
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}

/**
 * Two to five different codes, in the order a guide presents them.
 * @param {Random} random
 * @param {CodePage[]} codes
 */
function pickCodes(random, codes) {
  const pool = [...codes];
  const count = 2 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]);
}

/**
 * The MDX source of synthetic guide number `index`, following the guide schema in
 * src/content.config.ts and the rules in src/lib/guides.ts. Each guide has its own seed, so the
 * smaller sets are the first part of the larger ones.
 * @param {number} index
 * @param {CodePage[]} codes
 */
function guideSource(index, codes) {
  const random = prng(SEED + index);
  const picked = pickCodes(random, codes);
  const cell = () => phrase(random, 3, 7, 100);
  const topic = () => oneOf(random, TOPIC_WORDS);
  const data = {
    title: `${capitalize(topic())} and ${topic()} ${index + 1}`,
    summary: sentence(random, 160),
    codes: picked.map(({ code }) => code),
    comparison: picked.map(({ code }) => ({
      code,
      sender: cell(),
      scope: cell(),
      retry: cell(),
      forking: cell(),
    })),
    sendWhen: picked.map(({ code }) => ({ code, when: sentence(random, 240) })),
    receiveWhen: picked.map(({ code }) => ({ code, action: sentence(random, 240) })),
  };
  // lineWidth 0: no folded lines, so each value stays the one line of text the schema checks.
  const frontMatter = stringifyYaml(data, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${prose(random, picked, GUIDE_WORDS)}\n`;
}

/** The real code pages, with what the synthetic registry and the guides need from each. */
async function readCodePages() {
  const files = await listFiles(join(ROOT, 'content', 'codes'));
  /** @type {CodePage[]} */
  const pages = [];
  for (const file of files.filter((name) => /^\d{3}\.mdx?$/.test(basename(name)))) {
    const source = await readFile(file, 'utf8');
    const data = parseYaml(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '');
    const code = Number(basename(file).slice(0, 3));
    pages.push({ code, reason: data.reason, rfc: data.rfc, section: data.section ?? '' });
  }
  return pages.sort((a, b) => a.code - b.code);
}

/**
 * A registry that lists exactly the codes with pages, as the build demands, written from the
 * pages' own front matter.
 * @param {CodePage[]} codes
 */
function registryTsv(codes) {
  const rows = codes.map(({ code, reason, rfc, section }) =>
    [code, reason, `${Math.floor(code / 100)}xx`, rfc, section].join('\t'),
  );
  return `${['code\treason\tclass\trfc\tsection', ...rows].join('\n')}\n`;
}

// node_modules is a symlink to the real project's, where Astro keeps its content cache by
// default (node_modules/.astro): without this the copies would overwrite the project's cache.
const SCALED_CONFIG = 'astro.bench.config.mjs';
const SCALED_CONFIG_SOURCE = [
  "// Written by scripts/bench.mjs: keeps this copy's cache out of node_modules.",
  "import config from './astro.config.mjs';",
  "export default { ...config, cacheDir: './.astro-cache/' };",
  '',
].join('\n');

/**
 * A temporary copy of the project with the real code pages and enough synthetic guides to make
 * `size` content pages in all.
 * @param {number} size
 * @param {CodePage[]} codes
 */
async function makeScaledProject(size, codes) {
  const dir = await mkdtemp(join(tmpdir(), `sip-bench-${size}-`));
  tempDirs.add(dir);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Everything but the guides: classes, codes, the Q.850 tables and whatever else the content
  // config loads and checks against the codes.
  for (const entry of await readdir(join(ROOT, 'content'))) {
    if (entry === 'guides') continue;
    await cp(join(ROOT, 'content', entry), join(dir, 'content', entry), { recursive: true });
  }
  await writeFile(join(dir, 'src', 'data', 'iana-sip-response-codes.tsv'), registryTsv(codes));
  await writeFile(join(dir, SCALED_CONFIG), SCALED_CONFIG_SOURCE);
  const guides = join(dir, 'content', 'guides');
  await mkdir(guides, { recursive: true });
  for (let index = 0; index < size - codes.length; index++) {
    const name = `synthetic-${String(index + 1).padStart(5, '0')}.mdx`;
    await writeFile(join(guides, name), guideSource(index, codes));
  }
  return dir;
}

/**
 * Bytes of the search index itself, without Pagefind's UI scripts and styles.
 * @param {string} dist
 */
async function indexSize(dist) {
  const files = await listFiles(join(dist, 'pagefind'));
  const data = files.filter((file) => !/\.(js|css)$/.test(file));
  const sizes = await Promise.all(data.map(async (file) => (await stat(file)).size));
  // A search fetches a few index chunks but one fragment per result shown; the fragments, one
  // per page, are most of the total.
  const fragments = sum(sizes.filter((_, index) => /\/fragment\//.test(data[index])));
  return { bytes: sum(sizes), files: data.length, fragmentBytes: fragments };
}

/**
 * Builds, indexes and searches one scaled copy, then removes it.
 * @param {Browser} browser
 * @param {number} size content pages: code pages plus synthetic guides
 * @param {CodePage[]} codes
 */
async function measureSize(browser, size, codes) {
  // Every copy keeps all the real code pages and adds guides; it cannot have fewer pages.
  if (size < codes.length) throw new Error(`the smallest size is ${codes.length}, the code pages`);
  const dir = await makeScaledProject(size, codes);
  try {
    const config = ['--config', SCALED_CONFIG];
    log(`scaling ${size}: astro build`);
    const astro = await timeTool(['astro', 'build', ...config], dir);
    log(`scaling ${size}: pagefind`);
    const pagefind = await timeTool(['pagefind', '--site', 'dist'], dir);
    const dist = join(dir, 'dist');
    const htmlPages = (await listFiles(dist)).filter((file) => file.endsWith('.html')).length;
    const preview = await startPreview(dir, SCALING_PORT, config);
    let search;
    try {
      log(`scaling ${size}: search`);
      search = await measureSearch(browser, preview.origin, SCALING_SEARCH_LOADS);
    } finally {
      await preview.stop();
    }
    return {
      contentPages: size,
      codePages: codes.length,
      guidePages: size - codes.length,
      htmlPages,
      indexedPages: Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? NaN),
      astroBuildMs: astro.ms,
      astroReportedMs: astro.reportedMs,
      pagefindMs: pagefind.ms,
      pagefindReportedMs: pagefind.reportedMs,
      index: await indexSize(dist),
      search,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    tempDirs.delete(dir);
  }
}

/** @typedef {Awaited<ReturnType<typeof measureSize>>} SizeResult */

/**
 * How much each measure grew from one size to the next.
 * @param {(SizeResult | Failure)[]} sizes
 */
function growth(sizes) {
  const factors = [];
  for (let index = 1; index < sizes.length; index++) {
    const [from, to] = [sizes[index - 1], sizes[index]];
    if (failed(from) || failed(to)) continue;
    factors.push({
      from: from.contentPages,
      to: to.contentPages,
      pages: to.contentPages / from.contentPages,
      astroBuild: to.astroBuildMs / from.astroBuildMs,
      pagefind: to.pagefindMs / from.pagefindMs,
      indexBytes: to.index.bytes / from.index.bytes,
      firstQueryBytes: to.search.firstQueryBytes.median / from.search.firstQueryBytes.median,
    });
  }
  return factors;
}

/**
 * @param {Browser} browser
 * @param {number[]} sizeList
 */
async function measureScaling(browser, sizeList) {
  const codes = await readCodePages();
  /** @type {(SizeResult | Failure)[]} */
  const sizes = [];
  for (const size of sizeList) {
    sizes.push(await attempt(`scaling ${size}`, () => measureSize(browser, size, codes)));
  }
  return { sizes, growth: growth(sizes) };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/**
 * The audits that cost points in each category, so that a score below 100 says why.
 * @param {LighthouseReport} lhr
 * @returns {Record<string, { audit: string, score: number }[]>}
 */
function shortfalls(lhr) {
  const byCategory = LIGHTHOUSE_CATEGORIES.map((id) => [
    id,
    (lhr.categories[id]?.auditRefs ?? [])
      .filter(({ id: audit, weight }) => weight > 0 && (lhr.audits[audit]?.score ?? 1) < 1)
      .map(({ id: audit }) => ({ audit, score: lhr.audits[audit].score ?? 0 })),
  ]);
  return Object.fromEntries(byCategory);
}

/**
 * @param {string} url
 * @param {number} port
 */
async function lighthouseOnce(url, port) {
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: LIGHTHOUSE_CATEGORIES,
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = LIGHTHOUSE_CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? null]);
    const metrics = LIGHTHOUSE_METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null]);
    return {
      formFactor: lhr.configSettings.formFactor,
      scores: Object.fromEntries(scores),
      metrics: Object.fromEntries(metrics),
      shortfalls: shortfalls(lhr),
      warnings: lhr.runWarnings,
    };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/**
 * Scores each page with Lighthouse's default (mobile) settings. Errors are recorded per page
 * rather than failing the run.
 * @param {string} origin
 */
async function measureLighthouse(origin) {
  /** @type {Record<string, Awaited<ReturnType<typeof lighthouseOnce>>>} */
  const pages = {};
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    });
  } catch (error) {
    for (const path of LIGHTHOUSE_PATHS) pages[path] = { error: messageOf(error) };
    return pages;
  }
  try {
    for (const path of LIGHTHOUSE_PATHS) {
      log(`lighthouse ${path}`);
      pages[path] = await lighthouseOnce(origin + path, chrome.port);
    }
  } finally {
    chrome.kill();
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// Summary

/** @param {number} bytes */
function formatBytes(bytes) {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  return `${(bytes / 1e3).toFixed(1)} kB`;
}

/** @param {number | null} ms */
function formatMs(ms) {
  if (ms === null || Number.isNaN(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** @param {number} ms */
function formatDuration(ms) {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** @param {number} factor */
function formatFactor(factor) {
  return `×${factor.toFixed(2)}`;
}

/**
 * A Markdown table; every column after the first holds figures and is right-aligned.
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 */
function table(headers, rows) {
  const align = headers.map((_, index) => (index === 0 ? '---' : '---:'));
  return [headers, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** @param {Tally} counts */
function tallyCell(counts) {
  if (counts.requests === 0) return '–';
  return `${counts.requests} · ${formatBytes(counts.raw)} / ${formatBytes(counts.gzip)}`;
}

/** @param {Awaited<ReturnType<typeof measurePageWeights>> | Failure} pages */
function pageWeightSection(pages) {
  if (failed(pages)) return `Failed: ${pages.error}`;
  const totals = pages.map(({ path, total }) => [
    `\`${path}\``,
    total.requests,
    formatBytes(total.raw),
    formatBytes(total.gzip),
    formatBytes(total.wire),
  ]);
  const byType = pages.map(({ path, byType }) => [
    `\`${path}\``,
    ...RESOURCE_TYPES.map((type) => tallyCell(byType[type])),
  ]);
  return [
    'Each page in a fresh browser context, every response until the network was idle for',
    "500 ms. Raw is each response body uncompressed (Playwright's `response.body()`); gzip",
    'compresses each body on its own at level 9. Wire is what `astro preview`, which compresses',
    'with its own settings, actually sent.',
    '',
    table(['Page', 'Requests', 'Raw', 'Gzip', 'Wire'], totals),
    '',
    'By type (requests · raw / gzip):',
    '',
    table(['Page', ...RESOURCE_TYPES], byType),
  ].join('\n');
}

/** @param {Awaited<ReturnType<typeof measureSearch>> | Failure} search */
function searchSection(search) {
  if (failed(search)) return `Failed: ${search.error}`;
  /**
   * @param {string} label
   * @param {Stats} values
   * @param {(value: number) => string} format
   */
  const row = (label, values, format) => [
    label,
    format(values.median),
    format(values.min),
    format(values.max),
  ];
  const { firstQuery, warmQuery } = search;
  const files = search.firstQueryFiles.map(
    ({ path, bytes }) => `\`${path}\` ${formatBytes(bytes)}`,
  );
  return [
    `${search.loads} fresh loads of \`/search/\`, each in a new browser context, typing`,
    `"${firstQuery}" once the page is idle, then "${warmQuery}" once those results have settled.`,
    'Times run from the input event to the first paint after a new result shows its title, so',
    "they include the 300 ms debounce of Pagefind's `pagefind-input`. Bytes count responses under",
    '`/pagefind/` that started after typing and finished before that paint.',
    '',
    table(
      ['Measure', 'Median', 'Min', 'Max'],
      [
        row(`First result for "${firstQuery}", fresh load`, search.firstResultMs, formatMs),
        row(`First result for "${warmQuery}", same page`, search.warmResultMs, formatMs),
        row(`Bytes fetched for "${firstQuery}" until shown`, search.firstQueryBytes, formatBytes),
        row(`… until all its results shown`, search.firstQueryAllBytes, formatBytes),
        row('Pagefind bytes loaded with the page', search.beforeTypingBytes, formatBytes),
      ],
    ),
    '',
    `Files fetched for "${firstQuery}" until shown (first load): ${files.join(', ') || 'none'}.`,
  ].join('\n');
}

/**
 * @param {Awaited<ReturnType<typeof measureBuilds>> | Failure} builds
 * @param {number | null} initialBuildMs
 */
function buildSection(builds, initialBuildMs) {
  if (failed(builds)) return `Failed: ${builds.error}`;
  /**
   * @param {string} label
   * @param {Stats & { reported: Stats }} values
   */
  const row = (label, values) => [
    label,
    formatMs(values.median),
    formatMs(values.min),
    formatMs(values.max),
    values.runs.map(formatMs).join(', '),
    formatMs(values.reported.median),
  ];
  const initial = initialBuildMs === null ? 'skipped' : formatMs(initialBuildMs);
  return [
    `Wall time of the project's own build, ${builds.runs} rounds of \`npx astro build\` then`,
    '`npx pagefind --site dist`. The last column is the time each tool reports for its own work,',
    `without npx's start-up. The first \`npm run build\` of this run: ${initial}.`,
    '',
    table(
      ['Step', 'Median', 'Min', 'Max', 'Runs', 'Own timer (median)'],
      [row('`astro build`', builds.astroBuildMs), row('`pagefind --site dist`', builds.pagefindMs)],
    ),
  ].join('\n');
}

/** @param {SizeResult | Failure} size */
function scalingRow(size) {
  if (failed(size)) return ['failed', size.error.split('\n')[0], ...Array(8).fill('')];
  return [
    size.contentPages,
    `${size.codePages} + ${size.guidePages}`,
    size.htmlPages,
    size.indexedPages,
    `${formatMs(size.astroBuildMs)} (${formatMs(size.astroReportedMs)})`,
    `${formatMs(size.pagefindMs)} (${formatMs(size.pagefindReportedMs)})`,
    `${formatBytes(size.index.bytes)} (${size.index.files} files)`,
    formatBytes(size.index.fragmentBytes),
    formatBytes(size.search.firstQueryBytes.median),
    formatMs(size.search.firstResultMs.median),
  ];
}

/** @param {Awaited<ReturnType<typeof measureScaling>> | Failure} scaling */
function scalingSection(scaling) {
  if (failed(scaling)) return `Failed: ${scaling.error}`;
  const growthRows = scaling.growth.map((factors) => [
    `${factors.from} → ${factors.to}`,
    `×${factors.pages.toFixed(1)}`,
    formatFactor(factors.astroBuild),
    formatFactor(factors.pagefind),
    formatFactor(factors.indexBytes),
    formatFactor(factors.firstQueryBytes),
  ]);
  return [
    "Temporary copies of the project: the project's real code pages plus synthetic guides of",
    `about ${GUIDE_WORDS} words each, generated from a fixed word list with a seeded PRNG. HTML`,
    'pages also count the pages for unregistered codes and the other fixed pages; Pagefind',
    'indexes the code, class and guide pages and the guide list. One build per size, wall time',
    `with the tool's own timer in brackets; search figures are medians of ${SCALING_SEARCH_LOADS}`,
    'fresh loads.',
    '',
    table(
      [
        'Content pages',
        'Codes + guides',
        'HTML pages',
        'Indexed',
        'astro build',
        'pagefind',
        'Index size',
        'Of which fragments',
        `Bytes for "${FIRST_QUERY}"`,
        'First result',
      ],
      scaling.sizes.map(scalingRow),
    ),
    '',
    'Growth between consecutive sizes:',
    '',
    table(
      ['Sizes', 'Pages', 'astro build', 'pagefind', 'Index size', `Bytes for "${FIRST_QUERY}"`],
      growthRows,
    ),
    '',
    '![Build time and index size against page count](scaling.svg)',
  ].join('\n');
}

/** @param {Awaited<ReturnType<typeof measureLighthouse>>} pages */
function lighthouseSection(pages) {
  const entries = Object.entries(pages);
  const rows = entries.map(([path, result]) =>
    failed(result)
      ? [`\`${path}\``, `error: ${result.error.split('\n')[0]}`, '', '', '']
      : [
          `\`${path}\``,
          ...LIGHTHOUSE_CATEGORIES.map((id) => {
            const score = result.scores[id];
            return score === null ? '–' : Math.round(score * 100);
          }),
        ],
  );
  const lost = entries.flatMap(([path, result]) =>
    failed(result)
      ? []
      : Object.entries(result.shortfalls)
          .filter(([, audits]) => audits.length > 0)
          .map(([category, audits]) => {
            const named = audits.map(({ audit, score }) => `${audit} ${Math.round(score * 100)}`);
            return `\`${path}\` ${category}: ${named.join(', ')}`;
          }),
  );
  return [
    "Lighthouse's default mobile profile (simulated slow 4G and 4× CPU slowdown) in headless",
    'Chromium.',
    '',
    table(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO'], rows),
    '',
    `Audits short of full marks: ${lost.join('; ') || 'none'}.`,
  ].join('\n');
}

/** @param {number[]} averages */
function load(averages) {
  return averages.map((value) => value.toFixed(1)).join(', ');
}

/** @param {Record<string, any>} results */
function summary(results) {
  const { versions } = results;
  const errors = failures.map(({ section, error }) => `- ${section}: ${error.split('\n')[0]}`);
  const lines = [
    '# Benchmark',
    '',
    `Run ${results.date} on ${results.machine.cpus} CPUs: Node ${versions.node}, Chromium ` +
      `${versions.chromium}, Astro ${versions.astro}, Pagefind ${versions.pagefind}, ` +
      `Lighthouse ${versions.lighthouse}. The run took ${formatDuration(results.durationMs)}.`,
    `Load average (1, 5, 15 min) at the start ${load(results.loadAverage.start)}, at the end ` +
      `${load(results.loadAverage.end)}: timings grow with other work on the machine.`,
    'Rerun with `npm run bench` (see scripts/bench.mjs); every raw number is in `results.json`.',
    '1 kB = 1000 bytes.',
    '',
    '## Page weight',
    '',
    pageWeightSection(results.pageWeight),
    '',
    '## Search',
    '',
    searchSection(results.search),
    '',
    '## Build time',
    '',
    buildSection(results.builds, results.initialBuildMs),
    '',
    '## Scaling',
    '',
    scalingSection(results.scaling),
    '',
    '## Lighthouse',
    '',
    lighthouseSection(results.lighthouse),
  ];
  if (errors.length > 0) lines.push('', '## Failures', '', ...errors);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Chart

const CHART = { width: 640, height: 360, left: 64, right: 568, top: 60, bottom: 308 };
/**
 * @typedef {object} ChartSeries
 * @property {string} label
 * @property {string} color
 * @property {boolean} [dashed]
 * @property {'seconds' | 'megabytes'} axis which y axis it is read against
 * @property {(size: SizeResult) => number} value
 */
/** @type {ChartSeries[]} */
const CHART_SERIES = [
  {
    label: 'astro build (s)',
    color: '#1f6feb',
    axis: 'seconds',
    value: (size) => size.astroBuildMs / 1000,
  },
  {
    label: 'pagefind (s)',
    color: '#d97706',
    axis: 'seconds',
    value: (size) => size.pagefindMs / 1000,
  },
  {
    label: 'index size (MB, right axis)',
    color: '#15803d',
    dashed: true,
    axis: 'megabytes',
    value: (size) => size.index.bytes / 1e6,
  },
];

/**
 * @param {string} name
 * @param {Record<string, string | number>} attributes
 * @param {string} [text]
 */
function element(name, attributes, text) {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${text}</${name}>`;
}

/**
 * A round top for an axis with five gridlines, so that the tick labels stay short.
 * @param {number} value
 */
function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  return (steps.find((step) => step * power >= value) ?? 10) * power;
}

/**
 * Maps page counts onto the x axis, logarithmically.
 * @param {number[]} pages
 */
function logScale(pages) {
  const [low, high] = [Math.log10(Math.min(...pages)), Math.log10(Math.max(...pages))];
  const span = CHART.right - CHART.left;
  /** @param {number} value */
  return (value) =>
    high === low
      ? CHART.left + span / 2
      : CHART.left + ((Math.log10(value) - low) / (high - low)) * span;
}

/**
 * @param {number} value
 * @param {number} max
 */
function yOf(value, max) {
  return CHART.bottom - (value / max) * (CHART.bottom - CHART.top);
}

/**
 * Gridlines, tick labels and axis titles.
 * @param {{ seconds: number, megabytes: number }} max
 * @param {number[]} pages
 * @param {(value: number) => number} x
 */
function axes(max, pages, x) {
  const { left, right, top, bottom, width, height } = CHART;
  const parts = [];
  for (let step = 0; step <= 5; step++) {
    const y = yOf(step / 5, 1).toFixed(1);
    const label = (/** @type {number} */ axisMax) => String(+((step / 5) * axisMax).toFixed(2));
    parts.push(
      element('line', { x1: left, y1: y, x2: right, y2: y, stroke: '#e5e7eb' }),
      element('text', { x: left - 8, y, dy: 4, 'text-anchor': 'end' }, label(max.seconds)),
      element('text', { x: right + 8, y, dy: 4 }, label(max.megabytes)),
    );
  }
  for (const value of pages) {
    const tick = x(value).toFixed(1);
    parts.push(
      element('line', { x1: tick, y1: top, x2: tick, y2: bottom, stroke: '#f3f4f6' }),
      element(
        'text',
        { x: tick, y: bottom + 18, 'text-anchor': 'middle' },
        value.toLocaleString('en'),
      ),
    );
  }
  const middle = (top + bottom) / 2;
  parts.push(
    element('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: '#6b7280' }),
    element(
      'text',
      { x: (left + right) / 2, y: height - 14, 'text-anchor': 'middle' },
      'Content pages (log scale)',
    ),
    element(
      'text',
      { transform: `translate(18 ${middle}) rotate(-90)`, 'text-anchor': 'middle' },
      'Seconds',
    ),
    element(
      'text',
      { transform: `translate(${width - 14} ${middle}) rotate(90)`, 'text-anchor': 'middle' },
      'Index size (MB)',
    ),
  );
  return parts;
}

/**
 * One series' line, points and legend entry.
 * @param {ChartSeries} series
 * @param {number} index
 * @param {SizeResult[]} sizes
 * @param {(value: number) => number} x
 * @param {{ seconds: number, megabytes: number }} max
 */
function seriesMarks(series, index, sizes, x, max) {
  /** @type {Record<string, string | number>} */
  const dash = series.dashed ? { 'stroke-dasharray': '6 4' } : {};
  const stroke = { stroke: series.color, 'stroke-width': 2, ...dash };
  const points = sizes.map((size) => [
    x(size.contentPages),
    yOf(series.value(size), max[series.axis]),
  ]);
  const legendX = CHART.left + index * 180;
  return [
    element('polyline', {
      points: points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '),
      fill: 'none',
      ...stroke,
    }),
    ...points.map(([px, py]) =>
      element('circle', { cx: px.toFixed(1), cy: py.toFixed(1), r: 3.5, fill: series.color }),
    ),
    element('line', { x1: legendX, y1: 42, x2: legendX + 22, y2: 42, ...stroke }),
    element('text', { x: legendX + 28, y: 46 }, series.label),
  ];
}

/**
 * A line chart of build times (left axis) and index size (right axis) against content pages.
 * @param {Awaited<ReturnType<typeof measureScaling>> | Failure} scaling
 */
function scalingSvg(scaling) {
  const { width, height } = CHART;
  const sizes = failed(scaling)
    ? []
    : scaling.sizes.filter(/** @returns {size is SizeResult} */ (size) => !failed(size));
  const title = 'Build time and search index size against page count';
  const parts = [
    element('rect', { width, height, fill: '#ffffff' }),
    element(
      'text',
      { x: width / 2, y: 24, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 600 },
      title,
    ),
  ];
  if (sizes.length === 0) {
    const middle = { x: width / 2, y: height / 2, 'text-anchor': 'middle' };
    parts.push(element('text', middle, 'No scaling results'));
  } else {
    const pages = sizes.map((size) => size.contentPages);
    const x = logScale(pages);
    const seconds = sizes.flatMap((size) => [size.astroBuildMs / 1000, size.pagefindMs / 1000]);
    const megabytes = sizes.map((size) => size.index.bytes / 1e6);
    const max = {
      seconds: niceMax(Math.max(...seconds)),
      megabytes: niceMax(Math.max(...megabytes)),
    };
    parts.push(...axes(max, pages, x));
    CHART_SERIES.forEach((series, index) =>
      parts.push(...seriesMarks(series, index, sizes, x, max)),
    );
  }
  const svg = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    'font-family': 'system-ui, sans-serif',
    'font-size': 12,
  };
  return `${element('svg', svg, `\n${parts.map((part) => `  ${part}`).join('\n')}\n`)}\n`;
}

/**
 * Writes a report as `npm run format` would leave it, so that formatting the repository does not
 * rewrite the committed results.
 * @param {string} file
 * @param {string} text
 */
async function writeFormatted(file, text) {
  const options = await resolvePrettierConfig(file);
  await writeFile(file, await formatWithPrettier(text, { ...options, filepath: file }));
}

/** @param {Record<string, any>} results */
async function writeReports(results) {
  await mkdir(OUT_DIR, { recursive: true });
  await writeFormatted(join(OUT_DIR, 'results.json'), JSON.stringify(results));
  await writeFormatted(join(OUT_DIR, 'summary.md'), summary(results));
  await writeFile(join(OUT_DIR, 'scaling.svg'), scalingSvg(results.scaling));
}

// ---------------------------------------------------------------------------------------------
// Main

function readOptions() {
  const { values } = parseArgs({
    options: {
      build: { type: 'boolean', default: true },
      sizes: { type: 'string', default: DEFAULT_SIZES },
    },
    allowNegative: true,
  });
  const sizes = [...new Set(String(values.sizes).split(',').map(Number))].sort((a, b) => a - b);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes takes page counts, e.g. 75,750 (got ${values.sizes})`);
  }
  return { build: Boolean(values.build), sizes };
}

/**
 * The measurements that need the site served: page weight, search and Lighthouse.
 * @param {Browser} browser
 */
async function measureServedSite(browser) {
  const preview = await startPreview(ROOT, PORT);
  try {
    return {
      origin: preview.origin,
      pageWeight: await attempt('page weight', () => measurePageWeights(browser, preview.origin)),
      search: await attempt('search', () => measureSearch(browser, preview.origin, SEARCH_LOADS)),
      lighthouse: await measureLighthouse(preview.origin),
    };
  } finally {
    await preview.stop();
  }
}

async function main() {
  const options = readOptions();
  /** @type {number | null} */
  let initialBuildMs = null;
  if (options.build) {
    log('npm run build');
    initialBuildMs = (await run('npm', ['run', 'build'], ROOT)).ms;
  }
  await stat(join(ROOT, 'dist', 'pagefind', 'pagefind-entry.json')).catch(() => {
    throw new Error('dist/ has no Pagefind index: run without --no-build, or `npm run build`');
  });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  /** @type {Record<string, any>} */
  const results = {
    date: new Date().toISOString(),
    options,
    versions: {
      node: process.version,
      chromium: browser.version(),
      astro: await packageVersion('astro'),
      pagefind: await packageVersion('pagefind'),
      lighthouse: await packageVersion('lighthouse'),
      playwright: await packageVersion('@playwright/test'),
    },
    machine: { platform: process.platform, arch: process.arch, cpus: cpus().length },
    // Other work on the machine slows builds and searches; the load average shows how much.
    loadAverage: { start: loadavg() },
    initialBuildMs,
  };
  try {
    Object.assign(results, await measureServedSite(browser));
    results.builds = await attempt('build time', measureBuilds);
    results.scaling = await attempt('scaling', () => measureScaling(browser, options.sizes));
  } finally {
    await browser.close();
  }
  results.loadAverage.end = loadavg();
  results.failures = failures;
  results.durationMs = performance.now() - started;
  await writeReports(results);
  log(`done in ${formatDuration(results.durationMs)}: bench/results.json, summary.md, scaling.svg`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  log(messageOf(error));
  cleanUp();
  process.exitCode = 1;
});
