// Every address inside the site is written through these helpers, so that a copy published
// under a path (https://example.org/sip/) links within that path. The base comes from SITE_URL's
// path (astro.config.mjs sets it as Astro's `base`, which Vite exposes as BASE_URL in both the
// build and the browser bundles); outside Astro (unit tests) it is "/".

/** "/", "/sip/": a base path with exactly one slash at each end. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site-relative path ("/486/") under a given base ("/sip/" → "/sip/486/"). */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`"${path}" is not a site-relative path`);
  }
  return `${normalizeBase(base)}${path.slice(1)}`;
}

/**
 * The site-relative path of an address under the base ("/sip/486/" → "/486/"), or null when it
 * lies outside the base.
 */
export function withoutBase(base: string, path: string): string | null {
  const prefix = normalizeBase(base);
  if (path === prefix.slice(0, -1)) return '/';
  return path.startsWith(prefix) ? `/${path.slice(prefix.length)}` : null;
}

/** Site-relative routes: the address of each kind of page as the site itself names it. */
export const routes = {
  code: (code: number) => `/${code}/`,
  statusClass: (classId: string) => `/${classId}/`,
  guide: (slug: string) => `/guides/${slug}/`,
  cause: (cause: number) => `/causes/${cause}/`,
};

const env = (import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env;

/** The path the site is published under, always with a trailing slash ("/" or "/sip/"). */
export const BASE_PATH = normalizeBase(env?.BASE_URL ?? '/');

/** A site-relative path ("/486/") as an address under the site's base path. */
export function sitePath(path: string): string {
  return withBase(BASE_PATH, path);
}

/** The page of a status code. */
export function codePath(code: number): string {
  return sitePath(routes.code(code));
}

/** The page of a class ("4xx"). */
export function classPath(classId: string): string {
  return sitePath(routes.statusClass(classId));
}

/** The page of a guide. */
export function guidePath(slug: string): string {
  return sitePath(routes.guide(slug));
}

/** The page of a Q.850 cause. */
export function causePath(cause: number): string {
  return sitePath(routes.cause(cause));
}

/** An absolute URL for a site-relative path on the published site (canonical links, sitemap). */
export function siteUrl(path: string, site: URL | string): string {
  return new URL(sitePath(path), site).href;
}
