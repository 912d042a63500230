// The only places pages may link to outside the site: specification and registry hosts.
export const ALLOWED_EXTERNAL_HOSTS = [
  'www.rfc-editor.org', // RFC text, the definition of every code
  'www.iana.org', // the registry of response codes
] as const;

export function isAllowedExternal(url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    (ALLOWED_EXTERNAL_HOSTS as readonly string[]).includes(url.hostname)
  );
}
