import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classSchema, codeSchema } from '../../src/content.config.ts';

const valid = {
  reason: 'Busy Here',
  summary: 'The callee was reached but is busy on this device.',
  gist: 'Callee busy on this device',
  rfc: 'RFC 3261',
  section: '21.4.24',
  seeAlso: [{ code: 600, why: 'Busy on every device, not only this one.' }],
  headers: [{ name: 'Retry-After', requirement: 'MAY', rfc: 'RFC 3261', section: '21.4.24' }],
};

/** The first issue zod reports for a broken copy of the valid frontmatter, as "path: message". */
function problem(data: Record<string, unknown>): string {
  const result = codeSchema.safeParse(data);
  assert.ok(!result.success, 'expected the schema to reject the data');
  const [issue] = result.error.issues;
  return `${issue!.path.join('.')}: ${issue!.message}`;
}

describe('code frontmatter schema', () => {
  it('accepts valid frontmatter and fills defaults', () => {
    const data = codeSchema.parse(valid);
    assert.equal(data.deprecated, false);
    assert.deepEqual(data.formerReasons, []);
    assert.deepEqual(data.next, []);
  });

  it('reads aliases as a list of lower-case words, empty by default', () => {
    assert.deepEqual(codeSchema.parse(valid).aliases, []);
    assert.deepEqual(codeSchema.parse({ ...valid, aliases: ['do not disturb', 'dnd'] }).aliases, [
      'do not disturb',
      'dnd',
    ]);
    for (const alias of ['Spam', 'x', '<b>spam</b>', 'spam\ncall', 'a'.repeat(33), '']) {
      assert.match(problem({ ...valid, aliases: [alias] }), /^aliases\.0: /, alias);
    }
    assert.match(problem({ ...valid, aliases: 'spam' }), /^aliases: /);
  });

  it('rejects a missing reason', () => {
    const { reason: _omitted, ...rest } = valid;
    assert.match(problem(rest), /^reason:/);
  });

  it('rejects a missing or long gist', () => {
    const { gist: _omitted, ...rest } = valid;
    assert.match(problem(rest), /^gist:/);
    assert.match(problem({ ...valid, gist: 'x'.repeat(49) }), /^gist: must be at most 48/);
  });

  it('rejects a summary over 160 characters', () => {
    assert.match(
      problem({ ...valid, summary: `${'a'.repeat(160)}.` }),
      /^summary: must be at most 160/,
    );
  });

  it('rejects Markdown or line breaks in the summary', () => {
    assert.match(
      problem({ ...valid, summary: 'See [600](/600/) for the global case.' }),
      /^summary: must be plain text/,
    );
    assert.match(
      problem({ ...valid, summary: 'First line\nsecond line of it.' }),
      /^summary: must be plain text/,
    );
  });

  it('rejects an RFC or section in another form', () => {
    assert.match(problem({ ...valid, rfc: 'RFC3261' }), /^rfc: must look like "RFC 3261"/);
    assert.match(problem({ ...valid, section: '§21.4' }), /^section: must look like "21.4.24"/);
  });

  it('rejects an empty see-also list and out-of-range codes', () => {
    assert.match(problem({ ...valid, seeAlso: [] }), /^seeAlso: must list at least one/);
    assert.match(
      problem({ ...valid, seeAlso: [{ code: 700, why: 'Not a code at all.' }] }),
      /^seeAlso\.0\.code:/,
    );
    assert.match(problem({ ...valid, seeAlso: [{ code: 600 }] }), /^seeAlso\.0\.why:/);
  });

  it('rejects unknown keys, so a typo cannot pass silently', () => {
    assert.match(problem({ ...valid, seealso: [] }), /seealso/);
    assert.match(
      problem({ ...valid, seeAlso: [{ code: 600, why: 'Busy everywhere.', url: '/600/' }] }),
      /url/,
    );
  });

  it('rejects a header with an unknown requirement level or name', () => {
    const header = valid.headers[0]!;
    assert.match(
      problem({ ...valid, headers: [{ ...header, requirement: 'OPTIONAL' }] }),
      /^headers\.0\.requirement:/,
    );
    assert.match(
      problem({ ...valid, headers: [{ ...header, name: 'Retry After' }] }),
      /^headers\.0\.name:/,
    );
  });
});

describe('class frontmatter schema', () => {
  it('needs a name and a plain summary', () => {
    assert.ok(
      classSchema.safeParse({
        name: 'Provisional',
        summary: 'The request was received and is being processed.',
      }).success,
    );
    assert.ok(!classSchema.safeParse({ summary: 'The request was received.' }).success);
  });
});
