export const SITE_NAME = 'SIP response codes';

/** "486 Busy Here · SIP response codes"; the home page is just the site name. */
export function pageTitle(heading?: string): string {
  return heading ? `${heading} · ${SITE_NAME}` : SITE_NAME;
}
