import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { codePageOf, readCodePages } from '../../../bench/lib/scaled-project.ts';
import {
  guideSource,
  phrase,
  prng,
  prose,
  registryTsv,
  sentence,
  type CodePage,
} from '../../../bench/lib/synthetic.ts';
import { guideSchema } from '../../../src/content.config.ts';
import { validateGuides } from '../../../src/lib/guides.ts';
import type { RegistryRow } from '../../../src/lib/registry.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const codes: CodePage[] = [
  { code: 486, reason: 'Busy Here', rfc: 'RFC 3261', section: '21.4.24' },
  { code: 600, reason: 'Busy Everywhere', rfc: 'RFC 3261', section: '21.6.1' },
  { code: 603, reason: 'Decline', rfc: 'RFC 3261', section: '21.6.2' },
  { code: 408, reason: 'Request Timeout', rfc: 'RFC 3261', section: '21.4.9' },
];

function frontMatter(source: string) {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '');
}

describe('prng', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const [a, b] = [prng(42), prng(42)];
    const draws = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(
      draws.slice(0, 5),
      Array.from({ length: 5 }, () => b()),
    );
    assert.ok(draws.every((value) => value >= 0 && value < 1));
    assert.notEqual(prng(43)(), prng(42)());
  });
});

describe('phrases and prose', () => {
  it('keeps phrases and sentences within their length limits', () => {
    const random = prng(1);
    for (let round = 0; round < 200; round++) {
      assert.ok(phrase(random, 3, 7, 100).length <= 100);
      const text = sentence(random, 160);
      assert.ok(text.length <= 160 && text.endsWith('.'), text);
    }
  });

  it('writes about the asked number of words, linking some sentences to codes', () => {
    const text = prose(prng(2), codes, 300);
    const words = text.split(/\s+/).length;
    assert.ok(words >= 300 && words < 360, `${words} words`);
    assert.match(text, /\[\d{3} [A-Z][^\]]*\]\(\/\d{3}\/\)/);
  });
});

describe('guideSource', () => {
  it('is the same on every run, and different for each guide', async () => {
    const pages = await readCodePages(ROOT);
    assert.equal(guideSource(7, pages), guideSource(7, pages));
    assert.notEqual(guideSource(7, pages), guideSource(8, pages));
  });

  it("passes the guide schema and the guides' cross-file rules", async () => {
    const pages = await readCodePages(ROOT);
    const registry = pages.map(
      ({ code, reason, rfc, section }) =>
        ({ code, reason, statusClass: `${Math.floor(code / 100)}xx`, rfc, section }) as RegistryRow,
    );
    const files = Array.from({ length: 40 }, (_, index) => ({
      filePath: `content/guides/synthetic-${index + 1}.mdx`,
      data: guideSchema.parse(frontMatter(guideSource(index, pages))),
    }));
    assert.deepEqual(validateGuides(files, registry), []);
  });
});

describe('registryTsv', () => {
  it('lists each code with its class, under the registry header', () => {
    assert.equal(
      registryTsv(codes.slice(0, 2)),
      'code\treason\tclass\trfc\tsection\n' +
        '486\tBusy Here\t4xx\tRFC 3261\t21.4.24\n' +
        '600\tBusy Everywhere\t6xx\tRFC 3261\t21.6.1\n',
    );
  });
});

describe('code pages', () => {
  it('reads the number from the file name and the registry fields from the front matter', () => {
    const source = '---\nreason: Busy Here\nrfc: RFC 3261\nsection: 21.4.24\n---\nText\n';
    assert.deepEqual(codePageOf('content/codes/486.mdx', source), codes[0]);
    assert.equal(
      codePageOf('content/codes/199.mdx', '---\nreason: X\nrfc: RFC 1\n---\n').section,
      '',
    );
  });

  it("reads the project's code pages in code order", async () => {
    const pages = await readCodePages(ROOT);
    assert.ok(pages.length > 50);
    assert.deepEqual(
      pages.map(({ code }) => code),
      [...pages.map(({ code }) => code)].sort((a, b) => a - b),
    );
    assert.ok(pages.every(({ reason, rfc }) => reason && rfc));
  });
});
