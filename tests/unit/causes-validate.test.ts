import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateCauseTables, type CauseFilePaths } from '../../src/lib/causes/validate.ts';
import { registry, tables } from './cause-tables.ts';

const files: CauseFilePaths = {
  q850: 'content/causes/q850.yaml',
  rfc3398: 'content/causes/rfc3398.yaml',
  freeswitch: 'content/causes/freeswitch.yaml',
  asterisk: 'content/causes/asterisk.yaml',
  proxyReplies: 'content/causes/proxy-replies.yaml',
};

const check = (edit: (t: ReturnType<typeof tables>) => void) => {
  const broken = tables();
  edit(broken);
  return validateCauseTables(broken, registry, files);
};

describe('validateCauseTables', () => {
  it('accepts consistent tables', () => {
    assert.deepEqual(validateCauseTables(tables(), registry, files), []);
  });

  it('rejects a cause number that has no Q.850 or vendor name', () => {
    assert.deepEqual(
      check((t) => t.freeswitch.causeToSip.rows.push({ cause: 900, code: 480 })),
      [
        'content/causes/freeswitch.yaml: causeToSip uses cause 900, which has no Q.850 or FreeSWITCH name',
      ],
    );
    assert.deepEqual(
      check((t) => (t.asterisk.pjsip.sipToCause.default.cause = 999)),
      [
        'content/causes/asterisk.yaml: pjsip.sipToCause uses cause 999, which has no Q.850 or Asterisk name',
      ],
    );
    // A FreeSWITCH name does not name a cause for Asterisk's tables.
    assert.deepEqual(
      check((t) => t.asterisk.chanSip.causeToSip.rows.push({ cause: 487, code: 487 })),
      [
        'content/causes/asterisk.yaml: chanSip.causeToSip uses cause 487, which has no Q.850 or Asterisk name',
      ],
    );
    assert.deepEqual(
      check((t) => t.rfc3398.isupToSip.push({ cause: 99, code: 404, note: undefined })),
      [
        'content/causes/rfc3398.yaml: isupToSip uses cause 99, which has no Q.850 (content/causes/q850.yaml) name',
      ],
    );
  });

  it('rejects a mapping to an unregistered code, defaults and ranges included', () => {
    assert.deepEqual(
      check((t) => {
        t.freeswitch.causeToSip.rows.push({ cause: 16, code: 499, note: undefined });
        t.asterisk.pjsip.causeToSip.default.code = 477;
        t.asterisk.pjsip.causeToSip.ranges.push({ from: 1, to: 3, code: 299 });
        t.rfc3398.sipToIsup.push({ code: 498, cause: 1, note: undefined });
      }),
      [
        'content/causes/rfc3398.yaml: sipToIsup maps to 498, which is not a registered code',
        'content/causes/freeswitch.yaml: causeToSip maps to 499, which is not a registered code',
        'content/causes/asterisk.yaml: pjsip.causeToSip maps to 477, which is not a registered code',
        'content/causes/asterisk.yaml: pjsip.causeToSip maps to 299, which is not a registered code',
      ],
    );
  });

  it('lets a stack read an unregistered code, but not send one', () => {
    assert.deepEqual(
      check((t) => t.asterisk.pjsip.sipToCause.rows.push({ code: 409, cause: 1, note: undefined })),
      [],
    );
    assert.deepEqual(
      check((t) =>
        t.asterisk.pjsip.causeToSip.rows.push({ cause: 16, code: 409, note: undefined }),
      ),
      [
        'content/causes/asterisk.yaml: pjsip.causeToSip maps to 409, which is not a registered code',
      ],
    );
  });

  it('rejects a row whose Asterisk define stands for another cause', () => {
    assert.deepEqual(
      check((t) => {
        t.asterisk.pjsip.causeToSip.rows[0]!.define = 'AST_CAUSE_BUSY';
        t.asterisk.chanSip.sipToCause.rows.push({
          code: 404,
          cause: 1,
          define: 'AST_CAUSE_NOPE',
          note: undefined,
        });
      }),
      [
        'content/causes/asterisk.yaml: pjsip.causeToSip gives AST_CAUSE_BUSY for cause 1, but causes.h gives it 17',
        'content/causes/asterisk.yaml: chanSip.sipToCause gives AST_CAUSE_NOPE for cause 1, but causes.h has no such define',
      ],
    );
  });

  it('rejects proxy status lines that do not start with their code, and registered codes listed as unregistered', () => {
    assert.deepEqual(
      check((t) => {
        t.proxyReplies.replies[0]!.sentAs.push(
          '478 Unfortunately error on sending to next hop occurred (477/TM)',
        );
        t.proxyReplies.otherPhrases[0]!.entries.push({
          error: 'E_SEND',
          code: 477,
          sentAs: '477 Send failed (477/TM)',
          note: undefined,
        });
        t.proxyReplies.rewrites[0]!.sentAs = '503 Service Unavailable';
      }),
      [
        'content/causes/proxy-replies.yaml: Kamailio 477: "478 Unfortunately error on sending to next hop occurred (477/TM)" does not start with 477',
        'content/causes/proxy-replies.yaml: Kamailio otherPhrases lists 477, which is not a registered code; list it under replies',
        'content/causes/proxy-replies.yaml: the Kamailio rewrite sends "503 Service Unavailable", which does not start with 500',
      ],
    );
  });

  it('holds RFC 3398’s rules for unlisted values to the same checks as its rows', () => {
    assert.deepEqual(
      check((t) => {
        t.rfc3398.isupToSipDefault.code = 498;
        t.rfc3398.sipToIsupUnlisted = { from: 699, to: 400, cause: 99, note: 'Broken rule.' };
      }),
      [
        'content/causes/rfc3398.yaml: isupToSip maps to 498, which is not a registered code',
        'content/causes/rfc3398.yaml: sipToIsup uses cause 99, which has no Q.850 (content/causes/q850.yaml) name',
        'content/causes/rfc3398.yaml: sipToIsupUnlisted 699–400 runs backwards',
      ],
    );
  });

  it('rejects a proxy reply sender that is not listed, or a status line no sender signs', () => {
    assert.deepEqual(
      check((t) => {
        t.proxyReplies.replies[1]!.sentBy = ['t_reply_error'];
        t.proxyReplies.replies[0]!.sentBy = ['sl_reply_error'];
      }),
      [
        'content/causes/proxy-replies.yaml: Kamailio 477: "477 Unfortunately error on sending to next hop occurred (477/TM)" is signed /TM, but none of its senders (sl_reply_error) signs so',
        'content/causes/proxy-replies.yaml: Kamailio 479 is sent by t_reply_error(), which signatures does not list for Kamailio',
        'content/causes/proxy-replies.yaml: Kamailio 479: "479 Regretfully, we were not able to process the URI (479/SL)" is signed /SL, but none of its senders (t_reply_error) signs so',
      ],
    );
  });

  it('lets a proxy reply carry an unregistered code, but not a rewrite', () => {
    assert.deepEqual(
      check((t) => (t.proxyReplies.rewrites[0]!.from = 599)),
      [
        'content/causes/proxy-replies.yaml: the Kamailio rewrite uses 599, which is not a registered code',
      ],
    );
  });

  it('rejects duplicate rows; RFC 3398 may give one value two different rows', () => {
    assert.deepEqual(
      check((t) => {
        t.freeswitch.sipToCause.rows.push({ code: 486, cause: 17, note: undefined });
        t.asterisk.chanSip.causeToSip.rows.push({ cause: 17, code: 600, note: undefined });
        t.rfc3398.isupToSip.push({ cause: 22, code: 410, note: undefined });
        t.rfc3398.sipToIsup.push({ code: 404, cause: 1, note: undefined });
      }),
      [
        'content/causes/rfc3398.yaml: isupToSip has a duplicate row for cause→code 22→410',
        'content/causes/rfc3398.yaml: sipToIsup has a duplicate row for code→cause 404→1',
        'content/causes/freeswitch.yaml: sipToCause has a duplicate row for code 486',
        'content/causes/asterisk.yaml: chanSip.causeToSip has a duplicate row for cause 17',
      ],
    );
  });

  it('rejects a name given two numbers and a number named twice', () => {
    assert.deepEqual(
      check((t) => {
        t.asterisk.defines.entries.push({ define: 'AST_CAUSE_BUSY', cause: 18 });
        t.freeswitch.names.entries.push({ name: 'USER_BUSY', cause: 18 });
        t.freeswitch.names.entries.push({ name: 'LINE_BUSY', cause: 17 });
        t.q850.causes.push({ cause: 17, name: 'Busy', meaning: 'Busy again.', failure: true });
        t.asterisk.names.entries.push({ cause: 17, name: 'BUSY', description: 'Busy' });
      }),
      [
        'content/causes/q850.yaml: cause 17 is listed twice',
        'content/causes/freeswitch.yaml: cause 17 has two names',
        'content/causes/freeswitch.yaml: name USER_BUSY stands for two causes: 17 and 18',
        'content/causes/asterisk.yaml: define AST_CAUSE_BUSY stands for two causes: 17 and 18',
        'content/causes/asterisk.yaml: names lists cause 17 twice',
      ],
    );
  });

  it('reports a name repeated with the same number as a repeat', () => {
    assert.deepEqual(
      check((t) => t.asterisk.defines.entries.push({ define: 'AST_CAUSE_BUSY', cause: 17 })),
      ['content/causes/asterisk.yaml: define AST_CAUSE_BUSY is listed twice'],
    );
  });

  it('rejects a range that runs backwards', () => {
    assert.deepEqual(
      check((t) => (t.asterisk.pjsip.sipToCause.ranges[0]!.from = 600)),
      ['content/causes/asterisk.yaml: pjsip. range 600–599 runs backwards'],
    );
  });

  it('rejects a proxy reply whose wire form lacks its phrase, and repeated replies', () => {
    assert.deepEqual(
      check((t) => {
        t.proxyReplies.replies[0]!.sentAs.push('477 Send failed (477/TM)');
        t.proxyReplies.replies.push({
          ...t.proxyReplies.replies[0]!,
          sentAs: ['477 Unfortunately error on sending to next hop occurred'],
        });
      }),
      [
        'content/causes/proxy-replies.yaml: Kamailio 477: "477 Send failed (477/TM)" does not contain the phrase "Unfortunately error on sending to next hop occurred"',
        'content/causes/proxy-replies.yaml: the reply Kamailio 477 "Unfortunately error on sending to next hop occurred" is listed twice',
      ],
    );
  });
});
