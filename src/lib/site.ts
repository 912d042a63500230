export const SITE_NAME = 'SIP response codes';

/** The IANA registry of SIP response codes, which every reason phrase here follows. */
export const IANA_REGISTRY_URL =
  'https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7';

/** "486 Busy Here · SIP response codes"; the home page is just the site name. */
export function pageTitle(heading?: string): string {
  return heading ? `${heading} · ${SITE_NAME}` : SITE_NAME;
}

/**
 * An SVG image as a data: address, so a page can carry its icon inline instead of costing a
 * request (the policy allows data: images).
 */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
}
