// The prose of a content file, piece by piece: every string in its frontmatter or YAML, its
// comments, and the body of an MDX page with link targets and markup removed. Wire examples are
// left out: they are SIP messages, not sentences.
import { parse } from 'yaml';

export interface ProsePiece {
  /** Where the text sits in the file: "body", "summary", "headers.0.note", "comment"… */
  where: string;
  text: string;
}

/** Fields that hold protocol data rather than prose. */
const NOT_PROSE = new Set(['example']);

function stringsIn(value: unknown, path: string, pieces: ProsePiece[]): void {
  if (typeof value === 'string') {
    pieces.push({ where: path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => stringsIn(item, `${path}.${index}`, pieces));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_PROSE.has(key)) stringsIn(item, path ? `${path}.${key}` : key, pieces);
    }
  }
}

function comments(yaml: string): ProsePiece[] {
  return yaml
    .split('\n')
    .map((line) => /^\s*#\s?(.*)$/.exec(line)?.[1])
    .filter((text): text is string => text !== undefined && text.trim().length > 0)
    .map((text) => ({ where: 'comment', text }));
}

/** MDX body text as a reader sees it: link text kept, link targets and tags dropped. */
function bodyProse(body: string): string {
  return body
    .replace(/^(import|export) .*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');
}

export function proseOf(filePath: string, text: string): ProsePiece[] {
  const pieces: ProsePiece[] = [];
  if (/\.ya?ml$/.test(filePath)) {
    stringsIn(parse(text), '', pieces);
    return [...pieces, ...comments(text)];
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const frontmatter = match?.[1] ?? '';
  stringsIn(parse(frontmatter), '', pieces);
  pieces.push(...comments(frontmatter));
  pieces.push({ where: 'body', text: bodyProse(match ? match[2]! : text) });
  return pieces;
}
