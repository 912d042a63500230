// What the service worker keeps for reading offline, derived from the build output: the list is
// never written by hand, so a new page type is cached as soon as it is built.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** A file the build wrote, by its path inside the output directory ("486/index.html"). */
export interface BuiltFile {
  path: string;
  /** The file's content, for the build id and the byte count. */
  content: Uint8Array;
}

/**
 * Pages a reader may reach offline without their own copy. With the whole reference kept, any
 * other /NNN/ address opens the generic page about unregistered codes, and any other address the
 * not-found page; without it, a page not kept opens the page that offers to keep the reference.
 */
export const OFFLINE_FALLBACKS = {
  unregisteredCode: '/unregistered/',
  notFound: '/404.html',
  notKept: '/offline/',
} as const;

/** The list of files to keep, fetched by the worker only when the reader asks to keep them. */
export const OFFLINE_MANIFEST = '/offline.json';

/** Read by crawlers and the browser's own chrome, never by a reader of a page. */
const NOT_FOR_READERS = [
  /^sitemap[^/]*\.xml$/,
  /^robots\.txt$/,
  /^opensearch\.xml$/,
  /^sw\.js$/,
  /^offline\.json$/,
  // Pagefind ships three UIs; the site uses none of them (its own search calls pagefind.js), nor
  // its highlighter or its worker (searches run on the main thread).
  /^pagefind\/pagefind-(ui|modular-ui|component-ui)\.(js|css)$/,
  /^pagefind\/pagefind-(highlight|worker)\.js$/,
];

/** Whether a built page asks to stay out of search engines (unregistered codes, not found). */
export function isNoindexPage(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

/** The address of a built file, relative to the site: "486/index.html" → "/486/". */
export function addressOf(path: string): string {
  if (path === 'index.html') return '/';
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The languages Pagefind indexed, from its pagefind-entry.json: only their WebAssembly is used. */
export function pagefindLanguages(entryJson: string): string[] {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { wasm?: string }> };
  return Object.values(entry.languages ?? {}).map((language) => language.wasm ?? 'unknown');
}

/**
 * The files a reader needs offline: every page except those marked noindex (the generic
 * fallbacks stand in for them), the scripts and styles the pages load, the data files, and the
 * search with its index.
 */
export function offlineFiles(
  files: readonly BuiltFile[],
  languages: readonly string[],
): BuiltFile[] {
  const fallbacks = new Set<string>(Object.values(OFFLINE_FALLBACKS));
  const wasm = new Set(languages.map((language) => `pagefind/wasm.${language}.pagefind`));
  return files
    .filter(({ path, content }) => {
      if (NOT_FOR_READERS.some((pattern) => pattern.test(path))) return false;
      if (/^pagefind\/wasm\.[^/]+\.pagefind$/.test(path)) return wasm.has(path);
      if (!path.endsWith('.html')) return true;
      if (fallbacks.has(addressOf(path))) return true;
      return !isNoindexPage(Buffer.from(content).toString('utf8'));
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A short id that changes whenever any file kept offline changes: the cache's version. */
export function buildId(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const { path, content } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(path).update('\0').update(createHash('sha256').update(content).digest());
  }
  return hash.digest('hex').slice(0, 16);
}

/** /offline.json: what keeping the whole reference fetches, and what it weighs. */
export interface OfflineManifest {
  build: string;
  /** Site-relative addresses ("/486/"), resolved against the base by the worker. */
  files: string[];
  /** What the files take once kept. */
  bytes: number;
  /** What fetching them costs from a host that compresses (gzip, as the budgets count). */
  transferBytes: number;
}

export function offlineManifest(kept: readonly BuiltFile[]): OfflineManifest {
  return {
    build: buildId(kept),
    files: kept.map(({ path }) => addressOf(path)),
    bytes: kept.reduce((sum, { content }) => sum + content.byteLength, 0),
    transferBytes: kept.reduce((sum, { content }) => sum + gzipSync(content).byteLength, 0),
  };
}

/** What the worker itself is told: small, so registering it costs little; it changes per build. */
export interface WorkerSettings {
  build: string;
  base: string;
  fallbacks: typeof OFFLINE_FALLBACKS;
  manifest: typeof OFFLINE_MANIFEST;
}

export function workerSettings(build: string, base: string): WorkerSettings {
  return { build, base, fallbacks: OFFLINE_FALLBACKS, manifest: OFFLINE_MANIFEST };
}

/** The worker script: its settings, then its code (src/scripts/service-worker.js). */
export function serviceWorkerScript(settings: WorkerSettings, workerSource: string): string {
  return `self.OFFLINE = ${JSON.stringify(settings)};\n${workerSource}`;
}

/** The build id a worker script written by serviceWorkerScript carries, or null if none. */
export function workerBuildId(script: string): string | null {
  const manifest = /^self\.OFFLINE = (\{.*\});$/m.exec(script)?.[1];
  if (manifest === undefined) return null;
  try {
    const { build } = JSON.parse(manifest) as { build?: unknown };
    return typeof build === 'string' ? build : null;
  } catch {
    return null;
  }
}
