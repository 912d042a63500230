// The text of a page as a browser lays it out (CSS `white-space: normal`): runs of whitespace
// collapse to one space, and spaces at the start and end of a line vanish. Written for the
// checks a reader would notice: a space before punctuation, or an underline that runs past a
// link's text because the link starts or ends with a space.
/* eslint-disable no-control-regex -- U+0001 and U+0002 are the link markers below, chosen because page text never holds them. */
import { parseDocument } from 'htmlparser2';
import type { HtmlNode } from './site.ts';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'button', 'input', 'label', 'select', 'textarea',
]);
/** Not laid out as text, or laid out as is. */
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'svg', 'pre', 'textarea']);

export const LINK_START = '\u0001';
export const LINK_END = '\u0002';

/** Each block of rendered text, with LINK_START and LINK_END around the text of each link. */
export function renderedBlocks(html: string): string[] {
  const raw: string[] = [];
  let current = '';
  const flush = () => {
    raw.push(current);
    current = '';
  };
  const visit = (node: HtmlNode) => {
    if (node.type === 'text') {
      current += node.data ?? '';
      return;
    }
    // htmlparser2 gives <script> and <style> types of their own.
    if (node.type === 'script' || node.type === 'style') return;
    if (node.type !== 'tag' && node.type !== 'root') {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const name = node.name ?? '';
    if (SKIPPED.has(name)) return;
    // Inline code stands for a word: its own spaces are not prose.
    if (node.name === 'code') {
      current += 'CODE';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (node.name === 'a') current += LINK_START;
    for (const child of node.children ?? []) visit(child);
    if (node.name === 'a') current += LINK_END;
    if (block) flush();
  };
  visit(parseDocument(html, { decodeEntities: true }) as unknown as HtmlNode);
  flush();
  return raw.map(collapse).filter((text) => text.replace(/[\u0001\u0002]/g, '') !== '');
}

/** CSS whitespace collapsing within one block; the link markers take no space. */
function collapse(text: string): string {
  let out = '';
  let afterSpace = true; // the start of a line swallows spaces
  for (const char of text) {
    if (/\s/.test(char)) {
      if (!afterSpace) out += ' ';
      afterSpace = true;
    } else {
      out += char;
      if (char !== LINK_START && char !== LINK_END) afterSpace = false;
    }
  }
  // The end of a line swallows its trailing space, wherever the markers fall.
  return out.replace(/ ([\u0001\u0002]*)$/, '$1');
}

/** What a reader would notice in one block of text, as short descriptions. */
export function typographyProblems(block: string): string[] {
  const problems: string[] = [];
  const plain = block.replace(/[\u0001\u0002]/g, '');
  const show = (index: number) => JSON.stringify(plain.slice(Math.max(0, index - 25), index + 15));
  // A dot that starts a word (".txt", ".NET") is not the end of a sentence.
  for (const match of plain.matchAll(/ (?:[,;:!?)\]]|\.(?![\w]))/g)) {
    problems.push(`space before "${match[0][1]}": ${show(match.index)}`);
  }
  for (const match of plain.matchAll(/[([] /g)) {
    problems.push(`space after "${match[0][0]}": ${show(match.index)}`);
  }
  if (/ \u0002/.test(block) || /\u0001 /.test(block)) {
    const text = block.replace(/\u0001/g, '[').replace(/\u0002/g, ']');
    problems.push(`link text starts or ends with a space: ${JSON.stringify(text.slice(0, 90))}`);
  }
  return problems;
}
