// Reads a built site: the tests here check what `npm run build` produced in dist/, and what
// `npm run build:under-path` produced in dist-sip/ (the same site published under /sip/).
import { readdirSync, readFileSync, existsSync } from 'node:fs';

export const read = (file: URL) => readFileSync(file, 'utf8');

export interface BuiltSite {
  /** The output directory. */
  dir: URL;
  /** The origin of the site's canonical links. */
  origin: string;
  /** The path the site is published under ("/" or "/sip/"). */
  base: string;
  /** Every built HTML page as [address, file], excluding Pagefind's own files. */
  htmlPages: [string, URL][];
}

export function loadSite(dir: URL, buildCommand: string): BuiltSite {
  if (!existsSync(new URL('index.html', dir))) {
    throw new Error(`${dir.pathname} has no site: run \`${buildCommand}\` first`);
  }
  // The home page's canonical link is the site's address: its path is the base.
  const home = new URL(
    /<link rel="canonical" href="([^"]+)"/.exec(read(new URL('index.html', dir)))![1]!,
  );
  const base = home.pathname;
  const htmlPages = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'))
    .map((name): [string, URL] => {
      const path = name === 'index.html' ? '' : name.replace(/index\.html$/, '');
      return [`${base}${path}`, new URL(name, dir)];
    });
  return { dir, origin: home.origin, base, htmlPages };
}

export const dist = new URL('../../dist/', import.meta.url);
export const site = loadSite(dist, 'npm run build');
export const htmlPages = site.htmlPages;

/** The copy built under a path by `npm run build:under-path`. */
export const underPathDir = new URL('../../dist-sip/', import.meta.url);

/** The parts of an htmlparser2 node the checks read: a document, element, text or comment. */
export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}
