// The real content, checked as the build checks it, so a bad edit fails in seconds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { classSchema, codeSchema, flowSchema, guideSchema } from '../../src/content.config.ts';
import { readCauseFiles, CAUSE_FILES } from '../../src/loaders.ts';
import { createCauseIndex } from '../../src/lib/causes/index.ts';
import { validateCauseTables } from '../../src/lib/causes/validate.ts';
import { validateFlows } from '../../src/lib/flows.ts';
import { validateGuides } from '../../src/lib/guides.ts';
import { parseRegistry } from '../../src/lib/registry.ts';
import { validateCodeFiles } from '../../src/lib/validate.ts';

const root = new URL('../../', import.meta.url);
const registry = parseRegistry(
  readFileSync(new URL('src/data/iana-sip-response-codes.tsv', root), 'utf8'),
);

function readEntries(folder: string) {
  return readdirSync(new URL(folder, root), { recursive: true })
    .map(String)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const filePath = `${folder}${name}`;
      const text = readFileSync(new URL(filePath, root), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      assert.ok(match, `${filePath}: no frontmatter block`);
      return { filePath, frontmatter: parse(match[1]!) as unknown, body: match[2]! };
    });
}

const codeFiles = readEntries('content/codes/');

describe('content/codes', () => {
  it('every file matches the schema', () => {
    for (const { filePath, frontmatter } of codeFiles) {
      const result = codeSchema.safeParse(frontmatter);
      assert.ok(
        result.success,
        `${filePath}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
  });

  it('the files agree with each other and with the registry', () => {
    const files = codeFiles.map(({ filePath, frontmatter }) => ({
      filePath,
      data: codeSchema.parse(frontmatter),
    }));
    assert.deepEqual(validateCodeFiles(files, registry), []);
  });

  it('every registered code has a page and every page a registered code', () => {
    const pages = codeFiles
      .map(({ filePath }) => Number(/(\d{3})\.mdx?$/.exec(filePath)?.[1]))
      .sort();
    assert.deepEqual(pages, registry.map((row) => row.code).sort());
  });

  it("carries none of the seed text's garbles", () => {
    const garbles =
      /\b818\b|temporaily|too average hops|moved permently|gone quit|more than ms\b|bad request error request|message to large/i;
    for (const { filePath, body, frontmatter } of codeFiles) {
      const text = `${JSON.stringify(frontmatter)}\n${body}`;
      assert.doesNotMatch(text, garbles, filePath);
    }
  });

  it('bodies avoid raw angle brackets and braces, which MDX would read as markup', () => {
    for (const { filePath, body } of codeFiles) {
      const prose = body.replace(/`[^`]*`/g, '');
      assert.doesNotMatch(prose, /[<>{}]/, filePath);
    }
  });
});

describe('content/classes', () => {
  it('has an introduction for each class, valid against its schema', () => {
    const classes = readEntries('content/classes/');
    assert.deepEqual(
      classes.map(({ filePath }) => filePath).sort(),
      ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx'].map((id) => `content/classes/${id}.mdx`),
    );
    for (const { filePath, frontmatter } of classes) {
      assert.ok(classSchema.safeParse(frontmatter).success, filePath);
    }
  });

  it('each introduction says how an unknown code of the class is handled', () => {
    for (const { filePath, body } of readEntries('content/classes/')) {
      const id = /([1-6])xx/.exec(filePath)![1];
      assert.match(body, new RegExp(`${id}00`), filePath);
    }
  });
});

describe('content/causes', () => {
  const { tables, problems } = readCauseFiles();

  it('every file matches its schema', () => {
    assert.deepEqual(problems, []);
  });

  it('the files agree with each other and with the registry', () => {
    assert.deepEqual(validateCauseTables(tables!, registry, CAUSE_FILES), []);
  });

  it('maps the rows everyone agrees on', () => {
    const index = createCauseIndex(tables!);
    for (const view of index.forCode(486)) {
      assert.equal(view.records?.value, 17, view.mapping.label);
    }
    for (const view of index.forCause(17)) {
      assert.deepEqual(
        view.sends.map((outcome) => outcome.value),
        [486],
        view.mapping.label,
      );
    }
    assert.equal(index.cause(16)?.failure, false);
    assert.deepEqual(
      index.byName('NORMAL_CLEARING').map((cause) => cause.cause),
      [16],
    );
  });
});

describe('content/guides', () => {
  it('every guide matches its schema and agrees with the registry', () => {
    const guides = readEntries('content/guides/').map(({ filePath, frontmatter }) => {
      const result = guideSchema.safeParse(frontmatter);
      assert.ok(
        result.success,
        `${filePath}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
      return { filePath, data: result.data };
    });
    assert.ok(guides.length >= 8);
    assert.deepEqual(validateGuides(guides, registry), []);
  });
});

describe('content/flows', () => {
  it('every registered code has a valid flow that shows it', () => {
    const folder = 'content/flows/';
    const files = readdirSync(new URL(folder, root))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => {
        const result = flowSchema.safeParse(
          parse(readFileSync(new URL(`${folder}${name}`, root), 'utf8')),
        );
        assert.ok(
          result.success,
          `${folder}${name}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
        return { filePath: `${folder}${name}`, data: result.data };
      });
    assert.deepEqual(validateFlows(files, registry), []);
  });
});
