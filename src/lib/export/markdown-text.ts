// Text from a trace written into Markdown so that it reads as the same text and nothing more:
// no emphasis, links, HTML, headings, list items, math, issue references or mentions, and in a
// table cell no column break. CommonMark lets a backslash escape any ASCII punctuation, and GFM
// reads "\|" as a literal pipe inside a table cell, code spans included.
import { routes, withBase } from '../paths.ts';

/**
 * Characters that start Markdown syntax somewhere in a line: emphasis, code, links, HTML,
 * headings and GitHub's #123 references, tables, strikethrough, entities and math.
 */
const SPECIAL = /[\\`*_[\]<>#|~&$]/g;

/** One line of inline text, whitespace (line breaks included) folded into single spaces. */
export function markdownText(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(SPECIAL, '\\$&')
      // "@name" after a space or at the start would mention someone on GitHub or GitLab.
      .replace(/(^|[^\w\\])@/g, '$1\\@')
  );
}

/** Inline text that begins a paragraph: not read as a list item, quote or heading either. */
export function markdownParagraph(text: string): string {
  return markdownText(text)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** A link whose text is escaped for a table cell or a paragraph. */
export function markdownLinkTo(text: string, url: string): string {
  const target = url.replace(
    /[()<>\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${markdownText(text)}](${target})`;
}

/**
 * The absolute address of a site-relative page ("/486/") on the published site, whose root
 * (base path included) is `siteUrl`: "https://example.org/sip/" → "https://example.org/sip/486/".
 */
export function siteAddress(siteUrl: string, path: string): string {
  const root = new URL(siteUrl);
  return new URL(withBase(root.pathname, path), root).href;
}

/** The page of a status code, as an absolute address. */
export function codeAddress(siteUrl: string, code: number): string {
  return siteAddress(siteUrl, routes.code(code));
}
