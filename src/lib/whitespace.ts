// Astro keeps every space and line break of a template, as HTML does; Prettier formats the
// markup inside {expressions} as JSX, where a line break between elements means nothing, and
// breaks long lines there. Between them, a template that reads "(<a>RFC 3398</a>)." can render
// as "(RFC 3398 )." with the link's underline running into the space. This undoes exactly
// that, on every page (src/middleware.ts): a line break in the template never puts a space
// before punctuation, after an opening bracket, or inside the ends of a link. Spaces written on
// purpose (on one line) are kept, and so is everything in <pre>, <code>, <script>, <style> and
// <textarea>.

const RAW = /(<(script|style|pre|code|textarea)\b[\s\S]*?<\/\2\s*>)/i;
const TAG = /(<!--[\s\S]*?-->|<[^>]*>)/;
/** Whitespace that contains a line break: it comes from the template's layout. */
const BREAK = String.raw`[^\S\n]*\n\s*`;
// A dot that starts a word (".txt") is not punctuation.
const BEFORE_PUNCTUATION = new RegExp(`${BREAK}(?=[,;:!?)\\]]|\\.(?!\\w))`, 'g');
const AFTER_BRACKET = new RegExp(`([(\\[])${BREAK}`, 'g');
const LEADING_BREAK = new RegExp(`^${BREAK}`);
const TRAILING_BREAK = new RegExp(`${BREAK}$`);

/** Moves line-break whitespace at the inner ends of each link to just outside it. */
function untrimLinks(tokens: string[]): string[] {
  const out = [...tokens];
  for (let index = 0; index < out.length; index += 1) {
    if (/^<a\b/i.test(out[index]!) && index + 1 < out.length) {
      const leading = LEADING_BREAK.exec(out[index + 1]!)?.[0];
      if (leading && out[index + 1] !== leading) {
        out[index + 1] = out[index + 1]!.slice(leading.length);
        out[index] = `${leading}${out[index]}`;
      }
    }
    if (/^<\/a\s*>$/i.test(out[index]!) && index > 0) {
      const trailing = TRAILING_BREAK.exec(out[index - 1]!)?.[0];
      if (trailing && out[index - 1] !== trailing) {
        out[index - 1] = out[index - 1]!.slice(0, -trailing.length);
        out[index] = `${out[index]}${trailing}`;
      }
    }
  }
  return out;
}

function tidySegment(html: string): string {
  const tokens = untrimLinks(html.split(TAG));
  // Tags were joined to the whitespace moved out of links; split again to tidy the text alone.
  return tokens
    .join('')
    .split(TAG)
    .map((token, index) =>
      index % 2 === 1 ? token : token.replace(BEFORE_PUNCTUATION, '').replace(AFTER_BRACKET, '$1'),
    )
    .join('');
}

/** The page with the spaces that only the template's line breaks put there removed. */
export function tidyWhitespace(html: string): string {
  return html
    .split(RAW)
    .map((part, index) => {
      // split() with two groups yields [text, raw, tagName, text, raw, tagName, ...].
      if (index % 3 === 1) return part;
      if (index % 3 === 2) return '';
      return tidySegment(part);
    })
    .join('');
}
