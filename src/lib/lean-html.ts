// What every built page can shed without a reader or a browser noticing (src/middleware.ts):
// the comments templates leave in the markup for their authors, and the policy's hashes for
// inline scripts and styles that other pages have but this one does not. Astro's policy lists
// the hashes of every inline script and style of the whole site on every page; keeping only the
// page's own makes the policy tighter and the page about 1 KB lighter after gzip.
import { cspHash } from './csp.ts';

/** Elements whose text is not markup: a comment-like run inside them is their content. */
const RAW = /(<(script|style|pre|textarea)\b[\s\S]*?<\/\2\s*>)/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const POLICY = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** Removes HTML comments, except inside scripts, styles, preformatted text and text areas. */
export function dropComments(html: string): string {
  // split() with the element and its tag name captured yields: text, element, tag name, text, …
  const parts = html.split(RAW);
  return parts
    .map((part, index) => {
      if (index % 3 === 1) return part;
      if (index % 3 === 2) return '';
      return part.replace(/<!--(?!\[)[\s\S]*?-->/g, '');
    })
    .join('');
}

/**
 * Removes the indentation templates leave at the start of lines, except inside scripts, styles,
 * preformatted text and text areas. A line break stays, so the page reads and wraps as before.
 */
export function dropIndentation(html: string): string {
  return html
    .split(RAW)
    .map((part, index) => {
      if (index % 3 === 1) return part;
      if (index % 3 === 2) return '';
      return part.replace(/\n\s+/g, '\n');
    })
    .join('');
}

/** Keeps, in the page's Content Security Policy, only the hashes of its own inline code. */
export function keepOwnHashes(html: string): string {
  const own = new Set<string>();
  for (const [, , attributes, text] of html.matchAll(INLINE)) {
    if (!/\ssrc\s*=/i.test(attributes!)) own.add(cspHash(text!));
  }
  return html.replace(
    POLICY,
    (_, start: string, policy: string, end: string) =>
      start +
      policy.replace(/\s*'(sha256-[^']+)'/g, (source, hash: string) =>
        own.has(hash) ? source : '',
      ) +
      end,
  );
}
