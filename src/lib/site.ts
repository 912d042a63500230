export const SITE_NAME = 'SIP response codes';

/** The IANA registry of SIP response codes, which every reason phrase here follows. */
export const IANA_REGISTRY_URL =
  'https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7';

/** "486 Busy Here · SIP response codes"; the home page is just the site name. */
export function pageTitle(heading?: string): string {
  return heading ? `${heading} · ${SITE_NAME}` : SITE_NAME;
}
