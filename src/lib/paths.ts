// Every address inside the site is written through these helpers, so that a copy published
// under a path (https://example.org/sip/) links within that path.

/** The path the site is published under, always with a trailing slash ("/" or "/sip/"). */
export const BASE_PATH = '/';

/** A site-relative path ("/486/") as an address under the site's base path. */
export function sitePath(path: string): string {
  if (!path.startsWith('/')) throw new Error(`"${path}" is not a site-relative path`);
  return `${BASE_PATH}${path.slice(1)}`;
}

/** The page of a status code. */
export function codePath(code: number): string {
  return sitePath(`/${code}/`);
}

/** The page of a class ("4xx"). */
export function classPath(classId: string): string {
  return sitePath(`/${classId}/`);
}

/** The page of a guide. */
export function guidePath(slug: string): string {
  return sitePath(`/guides/${slug}/`);
}

/** The page of a Q.850 cause. */
export function causePath(cause: number): string {
  return sitePath(`/causes/${cause}/`);
}
