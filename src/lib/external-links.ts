// The only places pages may link to outside the site: specification, registry and source hosts.
export const ALLOWED_EXTERNAL_HOSTS = [
  'www.rfc-editor.org', // RFC text, the definition of every code
  'www.iana.org', // the registry of response codes
  'github.com', // source files of FreeSWITCH, Asterisk and proxies, at the commit they were read
] as const;

export function isAllowedExternal(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    (ALLOWED_EXTERNAL_HOSTS as readonly string[]).includes(url.hostname)
  );
}
