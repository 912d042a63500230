// The schemas of the cause files: what a single file may hold, before any rule across files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  asteriskSchema,
  freeswitchSchema,
  proxyRepliesSchema,
  q850Schema,
  rfc3398Schema,
} from '../../src/content.config.ts';
import { tables } from './cause-tables.ts';

describe('cause file schemas', () => {
  const fs = tables().freeswitch;
  const issue = (result: {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  }) => result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');

  it('rejects a commit that is not 40 hex digits', () => {
    for (const commit of ['cc93a683ca', 'main', 'C'.repeat(40), 1234]) {
      const result = freeswitchSchema.safeParse({ ...fs, commit });
      assert.ok(!result.success, String(commit));
      assert.match(issue(result), /^commit: /);
    }
  });

  it('rejects an Asterisk define without its prefix and a FreeSWITCH name in lower case', () => {
    const ast = tables().asterisk;
    const badDefine = asteriskSchema.safeParse({
      ...ast,
      defines: { ...ast.defines, entries: [{ define: 'BUSY', cause: 17 }] },
    });
    assert.match(issue(badDefine), /defines\.entries\.0\.define: must be an AST_CAUSE_ name/);
    const badName = freeswitchSchema.safeParse({
      ...fs,
      names: { ...fs.names, entries: [{ name: 'user_busy', cause: 17 }] },
    });
    assert.match(issue(badName), /names\.entries\.0\.name/);
  });

  it('rejects a Q.850 cause outside 1–127, a vendor cause above 999, and unknown keys', () => {
    const q850 = tables().q850;
    assert.ok(
      !q850Schema.safeParse({
        ...q850,
        causes: [{ cause: 128, name: 'x y', meaning: 'Out of range here.' }],
      }).success,
    );
    assert.ok(
      !freeswitchSchema.safeParse({
        ...fs,
        names: { ...fs.names, entries: [{ name: 'X', cause: 1000 }] },
      }).success,
    );
    assert.ok(!freeswitchSchema.safeParse({ ...fs, colour: 'red' }).success);
  });

  it('rejects line breaks in notes, but allows identifiers and quoted source', () => {
    const note = (text: string) =>
      freeswitchSchema.safeParse({
        ...fs,
        causeToSip: { ...fs.causeToSip, default: { code: 480, note: text } },
      }).success;
    assert.ok(note('Any cause not listed, such as NORMAL_CLEARING, is sent as 480.'));
    assert.ok(note('HANGUPCAUSE shows ${HANGUPCAUSE}, see `phrase`.'));
    assert.ok(!note('Too short'));
    assert.ok(!note('First line of it\nsecond line.'));
  });

  it('requires every reply to show at least one wire form', () => {
    const replies = tables().proxyReplies;
    assert.ok(
      !proxyRepliesSchema.safeParse({
        ...replies,
        replies: [{ ...replies.replies[0], sentAs: [] }],
      }).success,
    );
  });

  it('requires every reply to name its senders', () => {
    const replies = tables().proxyReplies;
    const { sentBy: _dropped, ...reply } = replies.replies[0]!;
    assert.ok(!proxyRepliesSchema.safeParse({ ...replies, replies: [reply] }).success);
    const none = { ...replies, replies: [{ ...replies.replies[0], sentBy: [] }] };
    assert.ok(!proxyRepliesSchema.safeParse(none).success);
  });

  it('lets an RFC 3398 row give no value, but requires the rules for unlisted values', () => {
    const rfc = tables().rfc3398;
    const nulls = {
      ...rfc,
      isupToSip: [{ cause: 16, code: null, note: 'Becomes a BYE or a CANCEL.' }],
      sipToIsup: [{ code: 487, cause: null, note: 'Listed with no mapping.' }],
    };
    assert.ok(rfc3398Schema.safeParse(nulls).success);
    const { isupToSipDefault: _default, ...withoutDefault } = rfc;
    assert.ok(!rfc3398Schema.safeParse(withoutDefault).success);
    const { sipToIsupUnlisted: _unlisted, ...withoutRule } = rfc;
    assert.ok(!rfc3398Schema.safeParse(withoutRule).success);
    assert.ok(!rfc3398Schema.safeParse({ ...rfc, isupToSip: [{ cause: 0, code: 404 }] }).success);
  });
});
