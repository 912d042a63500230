import { SITE_NAME } from './site.ts';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * An OpenSearch 1.1 description that lets a browser add the site's search as an engine.
 * `siteRoot` is the address of the home page, base path included (https://example.org/sip/).
 */
export function openSearchDescription(siteRoot: URL): string {
  const root = siteRoot.href.endsWith('/') ? siteRoot : new URL(`${siteRoot.href}/`);
  const searchUrl = new URL('search/', root).href;
  const icon = new URL('favicon.svg', root).href;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml('SIP codes')}</ShortName>
  <Description>${escapeXml(`Search ${SITE_NAME} by number, phrase or header name`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${escapeXml(icon)}</Image>
  <Url type="text/html" method="get" template="${escapeXml(`${searchUrl}?q={searchTerms}`)}"/>
</OpenSearchDescription>
`;
}
