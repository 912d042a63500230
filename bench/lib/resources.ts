// What a page fetched, sorted two ways: by the browser's resource type (page weight) and by what
// the bytes are for (the first search). Pure, so the sorting rules are unit-tested.

/** The browser's view: the columns of the page weight table. */
export const RESOURCE_TYPES = ['document', 'css', 'js', 'font', 'image', 'other'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/**
 * What a search's bytes are for. Index is Pagefind's entry file, metadata, index chunks, filters
 * and fragments; answers is the data of the instant answers, JSON fetched from outside
 * /pagefind/ (see search-ui.ts).
 */
export const BYTE_KINDS = ['js', 'css', 'wasm', 'index', 'answers', 'other'] as const;
export type ByteKind = (typeof BYTE_KINDS)[number];

/** One response: its uncompressed body, that body gzipped at level 9, and the bytes sent. */
export interface Resource {
  url: string;
  type: ResourceType;
  raw: number;
  gzip: number;
  wire: number;
}

export interface Tally {
  requests: number;
  raw: number;
  gzip: number;
  wire: number;
}

/** Playwright's name for what the browser fetched, as a page weight column. */
export function typeOf(resourceType: string): ResourceType {
  const types: Record<string, ResourceType> = {
    document: 'document',
    stylesheet: 'css',
    script: 'js',
    font: 'font',
    image: 'image',
  };
  return types[resourceType] ?? 'other';
}

/**
 * What a fetched file is for, from its path and the browser's resource type. Pagefind fetches
 * its WebAssembly and index files with fetch(), so the path decides for those.
 */
export function kindOf(path: string, resourceType: string): ByteKind {
  const pagefind = path.includes('/pagefind/');
  if (/\.wasm$/.test(path) || (pagefind && /\/wasm\.[^/]*\.pagefind$/.test(path))) return 'wasm';
  if (pagefind && /(\.pf_[a-z]+|pagefind-entry\.json)$/.test(path)) return 'index';
  if (resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
  if (resourceType === 'stylesheet' || /\.css$/.test(path)) return 'css';
  if (!pagefind && /\.json$/.test(path)) return 'answers';
  return 'other';
}

function emptyTally(): Tally {
  return { requests: 0, raw: 0, gzip: 0, wire: 0 };
}

function add(counts: Tally, { raw, gzip, wire }: Omit<Resource, 'url' | 'type'>): void {
  counts.requests += 1;
  counts.raw += raw;
  counts.gzip += gzip;
  counts.wire += wire;
}

/** Totals over all resources and per resource type. */
export function tally(resources: readonly Resource[]) {
  const total = emptyTally();
  const byType = Object.fromEntries(RESOURCE_TYPES.map((type) => [type, emptyTally()])) as Record<
    ResourceType,
    Tally
  >;
  for (const resource of resources) {
    add(total, resource);
    add(byType[resource.type], resource);
  }
  return { total, byType };
}

/** Totals over all fetched files and per byte kind. */
export function tallyByKind(files: readonly (Omit<Resource, 'type'> & { kind: ByteKind })[]) {
  const total = emptyTally();
  const byKind = Object.fromEntries(BYTE_KINDS.map((kind) => [kind, emptyTally()])) as Record<
    ByteKind,
    Tally
  >;
  for (const file of files) {
    add(total, file);
    add(byKind[file.kind], file);
  }
  return { total, byKind };
}
