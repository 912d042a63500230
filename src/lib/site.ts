export const SITE_NAME = 'SIP response codes';

/** The IANA registry of SIP response codes, which every reason phrase here follows. */
export const IANA_REGISTRY_URL =
  'https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7';

/** Longer titles are cut off in tabs and search results (html-validate's long-title rule). */
export const MAX_TITLE = 70;

/**
 * "486 Busy Here · SIP response codes"; the home page is just the site name. A heading too long
 * for the site name beside it goes alone, and one too long even alone is cut at a word.
 */
export function pageTitle(heading?: string): string {
  if (!heading) return SITE_NAME;
  const full = `${heading} · ${SITE_NAME}`;
  if (full.length <= MAX_TITLE) return full;
  if (heading.length <= MAX_TITLE) return heading;
  const cut = heading.slice(0, MAX_TITLE - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:(/-]+$/, '')}…`;
}

/**
 * An SVG image as a data: address, so a page can carry its icon inline instead of costing a
 * request (the policy allows data: images).
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
}
