/** The page address to share: canonical form, without any #fragment or ?query. */
export function shareableUrl(location: { origin: string; pathname: string }): string {
  const path = location.pathname.endsWith('/') ? location.pathname : `${location.pathname}/`;
  return `${location.origin}${path}`;
}

/** The address of one section of the page: the canonical form with the section's #id. */
export function sectionUrl(location: { origin: string; pathname: string }, id: string): string {
  return `${shareableUrl(location)}#${encodeURIComponent(id)}`;
}

/** A Markdown link, with the characters that would end the text or the URL escaped. */
export function markdownLink(text: string, url: string): string {
  const safeText = text.replace(/[\\[\]]/g, '\\$&');
  const safeUrl = url.replace(
    /[()\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${safeText}](${safeUrl})`;
}
