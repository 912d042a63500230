import { SITE_NAME } from './site.ts';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** An OpenSearch 1.1 description that lets a browser add the site's search as an engine. */
export function openSearchDescription(site: URL): string {
  const searchUrl = new URL('/search/', site).href;
  const icon = new URL('/favicon.svg', site).href;
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
