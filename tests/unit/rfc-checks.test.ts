// The content held against the RFC texts kept in the project (reference/rfc): no copied wording,
// and every MUST or SHOULD header row backed by its section. Without the texts, or with some of
// them missing, this fails and names what is missing; it never skips.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  checkAgainstRfcs,
  findRfcFolder,
  listedTexts,
  missingTexts,
  NOT_AT_HAND,
  readRfcTexts,
  requireTexts,
} from '../../scripts/rfc-checks.ts';
import { proseOf } from '../../src/lib/content-prose.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('proseOf', () => {
  it('gives frontmatter strings, comments and the body, but not the wire example', () => {
    const mdx = [
      '---',
      '# A comment about the page',
      'summary: One sentence.',
      'seeAlso:',
      '  - code: 600',
      '    why: Another sentence.',
      'example: |',
      '  SIP/2.0 486 Busy Here',
      '---',
      '',
      'See [603 Decline](/603/) and <abbr>UAS</abbr>.',
    ].join('\n');
    const pieces = proseOf('content/codes/486.mdx', mdx);
    assert.deepEqual(
      pieces.map(({ where }) => where),
      ['summary', 'seeAlso.0.why', 'comment', 'body'],
    );
    assert.equal(pieces.at(-1)!.text.trim(), 'See [603 Decline] and  UAS .');
    assert.ok(!pieces.some(({ text }) => text.includes('SIP/2.0')));
  });

  it('reads YAML files, notes and comments alike', () => {
    const pieces = proseOf('content/flows/486.yaml', '# Flow.\nmessages:\n  - note: A note\n');
    assert.deepEqual(pieces, [
      { where: 'messages.0.note', text: 'A note' },
      { where: 'comment', text: 'Flow.' },
    ]);
  });
});

describe('findRfcFolder', () => {
  it('takes reference/rfc in the project, or RFC_TEXTS', () => {
    const base = mkdtempSync(join(tmpdir(), 'rfc-folder-'));
    try {
      const texts = join(base, 'project', 'reference', 'rfc');
      mkdirSync(texts, { recursive: true });
      assert.equal(findRfcFolder(join(base, 'project'), {}), texts);
      assert.equal(findRfcFolder('/nowhere', { RFC_TEXTS: texts }), texts);
      assert.throws(
        () => findRfcFolder('/nowhere', { RFC_TEXTS: join(base, 'missing') }),
        /RFC_TEXTS=.*missing does not exist/,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('fails loudly, naming the folder, when the project has none', () => {
    const base = mkdtempSync(join(tmpdir(), 'rfc-none-'));
    try {
      assert.throws(
        () => findRfcFolder(join(base, 'project'), {}),
        /No RFC texts: .*rfc-none-.*[/\\]project[/\\]reference[/\\]rfc is missing/,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('the texts the checks need', () => {
  it('are the files the README table lists, one per row', () => {
    const readme =
      '| file | what |\n| --- | --- |\n| rfc3261.txt | SIP |\n|  rfc6665.txt  | events |\n';
    assert.deepEqual(listedTexts(readme), ['rfc3261.txt', 'rfc6665.txt']);
  });

  it('names each listed text a folder lacks, so a partial copy fails by name', () => {
    const base = mkdtempSync(join(tmpdir(), 'rfc-partial-'));
    try {
      const partial = join(base, 'texts');
      mkdirSync(partial);
      copyFileSync(join(root, 'reference/rfc/rfc3261.txt'), join(partial, 'rfc3261.txt'));
      const missing = missingTexts(root, partial);
      assert.ok(
        missing.includes('rfc3398.txt') && missing.includes('rfc6665.txt'),
        String(missing),
      );
      assert.ok(!missing.includes('rfc3261.txt'));
      assert.throws(
        () => requireTexts(root, partial),
        /RFC texts missing from .*rfc-partial-.*: rfc3262\.txt, rfc3263\.txt/,
      );
      // A project without the README cannot tell what it needs, and says which file it lacks.
      assert.deepEqual(missingTexts(base, partial), [join(base, 'reference/rfc/README.md')]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('a MUST row whose RFC has no text fails, naming the file, unless that RFC is listed as absent', () => {
    const base = mkdtempSync(join(tmpdir(), 'rfc-row-'));
    try {
      mkdirSync(join(base, 'codes'));
      const page = (rfc: string) =>
        `---\nheaders:\n  - name: Geolocation-Error\n    requirement: MUST\n    rfc: ${rfc}\n    section: '4.3'\n---\n`;
      writeFileSync(join(base, 'codes', '424.mdx'), page('RFC 9999'));
      writeFileSync(join(base, 'codes', '425.mdx'), page([...NOT_AT_HAND][0]!));
      const unchecked: string[] = [];
      const problems = checkAgainstRfcs(base, new Map(), base, unchecked);
      assert.deepEqual(problems, [
        'codes/424.mdx: headers.0 (Geolocation-Error, MUST, RFC 9999): the text of RFC 9999 (rfc9999.txt) is missing, so the row is unchecked',
      ]);
      assert.equal(unchecked.length, 1);
      assert.match(unchecked[0]!, /^codes\/425\.mdx: headers\.0/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('the content against the RFC texts', () => {
  // Looked up inside each test: thrown while the suite is being defined, a missing folder would
  // show as a failed suite beside "fail 0" in the summary.
  const texts = () => {
    const folder = findRfcFolder(root);
    requireTexts(root, folder);
    return { folder, rfcs: readRfcTexts(folder) };
  };

  it('has every text reference/rfc/README.md lists', () => {
    const { folder, rfcs } = texts();
    for (const rfc of ['RFC 3261', 'RFC 3262', 'RFC 3398', 'RFC 6665'])
      assert.ok(rfcs.has(rfc), `${rfc} in ${folder}`);
  });

  it('shares no run of ten or more words with an RFC, and every MUST or SHOULD row cites a section that says so', () => {
    assert.deepEqual(checkAgainstRfcs(join(root, 'content'), texts().rfcs, root), []);
  });
});
