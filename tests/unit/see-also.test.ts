import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { isolatedCodes, oneWayLinks, seeAlsoGraph } from '../../src/lib/see-also.ts';

const links = (...codes: number[]) => codes.map((code) => ({ code }));

describe('seeAlsoGraph', () => {
  it('finds codes without links and links that are not returned', () => {
    const graph = seeAlsoGraph([
      { code: 486, seeAlso: links(600) },
      { code: 600, seeAlso: links(486, 603) },
      { code: 603, seeAlso: links() },
    ]);
    assert.deepEqual([...graph.get(600)!], [486, 603]);
    assert.deepEqual(isolatedCodes(graph), [603]);
    assert.deepEqual(oneWayLinks(graph), [[600, 603]]);
  });
});

describe('the see-also graph of the real content', () => {
  const folder = new URL('../../content/codes/', import.meta.url);
  const pages = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(
        readFileSync(new URL(name, folder), 'utf8'),
      )![1]!;
      return {
        code: Number(name.slice(0, 3)),
        seeAlso: (parse(frontmatter).seeAlso ?? []) as { code: number }[],
      };
    });
  const graph = seeAlsoGraph(pages);

  it('gives every registered code at least one link', () => {
    assert.equal(graph.size, 75);
    assert.deepEqual(isolatedCodes(graph), []);
  });

  it('is reciprocal, and joins the pairs users confuse most', () => {
    assert.deepEqual(oneWayLinks(graph), []);
    for (const [a, b] of [
      [486, 600],
      [404, 485],
      [401, 407],
      [408, 504],
    ]) {
      assert.ok(graph.get(a)!.has(b), `${a} links ${b}`);
    }
  });
});
