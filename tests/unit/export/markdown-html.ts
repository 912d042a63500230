// Markdown as a reader sees it: rendered by the site's own Markdown processor (astro.config.mjs),
// with GFM tables, math and raw HTML on, as GitHub reads a comment, then read as a document.
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import { markdownToHtml } from 'satteri';

export interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

export const render = (markdown: string) =>
  parseDocument(
    markdownToHtml(markdown, {
      features: { gfm: true, math: true, rawHtml: true, smartPunctuation: false },
    }).html,
  ) as unknown as Node;

export function all(node: Node, name: string): Node[] {
  const found: Node[] = [];
  const visit = (at: Node) => {
    if (at.name === name) found.push(at);
    for (const child of at.children ?? []) visit(child);
  };
  visit(node);
  return found;
}

/**
 * A link GFM makes of an address written out in the text ("www.…", "http://…", "a@b.example"):
 * it shows its whole target, so it hides nothing, and escaping cannot prevent it.
 */
export const isAutolink = (a: Node) =>
  a.attribs!.href!.replace(/^mailto:|^http:\/\/(?=www\.)/, '') === textOf(a);

export const textOf = (node: Node): string =>
  node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(textOf).join('');

export function table(markdown: string) {
  const document = render(markdown);
  const [body] = all(document, 'tbody');
  assert.ok(body, 'a table');
  const header = all(all(document, 'thead')[0]!, 'th').map(textOf);
  const rows = all(body, 'tr').map((tr) =>
    all(tr, 'td').map((td) => ({
      text: textOf(td),
      links: all(td, 'a').map((a) => a.attribs!.href),
    })),
  );
  for (const row of rows) assert.equal(row.length, header.length, 'as many cells as columns');
  return { document, header, rows };
}
