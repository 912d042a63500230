import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { answerData, ANSWER_DATA_VERSION } from '../../src/lib/answers/data.ts';
import { createCauseIndex } from '../../src/lib/causes/index.ts';
import { tables } from './cause-tables.ts';
import { realAnswerData } from './answer-data.ts';

const codes = [
  { code: 400, reason: 'Bad Request' },
  { code: 486, reason: 'Busy Here', former: [], aliases: [] },
  { code: 500, reason: 'Server Internal Error' },
  { code: 607, reason: 'Unwanted', aliases: ['spam'] },
];
const data = answerData(codes, createCauseIndex(tables()));

describe('answerData', () => {
  it('keeps codes with only the fields they use', () => {
    assert.equal(data.version, ANSWER_DATA_VERSION);
    assert.deepEqual(data.codes[1], { code: 486, reason: 'Busy Here' });
    assert.deepEqual(data.codes[3], { code: 607, reason: 'Unwanted', aliases: ['spam'] });
  });

  it('gives each cause its names once and the code each table sends, default included', () => {
    const busy = data.causes.find((cause) => cause.cause === 17)!;
    // USER_BUSY and "User busy" read the same as the names already listed.
    assert.deepEqual(busy, {
      cause: 17,
      name: 'User busy',
      q850: true,
      freeswitch: 'USER_BUSY',
      asterisk: ['AST_CAUSE_USER_BUSY', 'AST_CAUSE_BUSY'],
      sip: { rfc3398: 486, freeswitch: 486, asteriskPjsip: 486, asteriskChanSip: 486 },
    });
    // FreeSWITCH sends cause 22 through its default branch; chan_sip's default gives no code.
    assert.deepEqual(data.causes.find((cause) => cause.cause === 22)!.sip, {
      rfc3398: 410,
      freeswitch: 480,
    });
  });

  it('says what a cause that is not a failure means', () => {
    assert.equal(data.causes.find((cause) => cause.cause === 16)!.normal, 'A party hung up.');
    assert.equal(data.causes.find((cause) => cause.cause === 17)!.normal, undefined);
  });

  it('collects the phrases proxies and stacks send on their own', () => {
    // chan_sip's "Busy here" differs from "Busy Here" only in case, which answers ignore.
    assert.deepEqual(data.phrases, [
      {
        code: 477,
        phrase: 'Unfortunately error on sending to next hop occurred',
        by: 'Kamailio',
        source: 'proxy',
      },
      {
        code: 479,
        phrase: 'Regretfully, we were not able to process the URI',
        by: 'Kamailio',
        source: 'proxy',
      },
      { code: 400, phrase: 'Bad To', by: 'Kamailio', source: 'proxy' },
      {
        code: 500,
        phrase: "I'm terribly sorry, server error occurred",
        by: 'Kamailio',
        source: 'proxy',
      },
      { code: 500, phrase: 'Service Unavailable', by: 'Kamailio tm', source: 'rewrite', from: 503 },
    ]);
  });

  it('leaves out a phrase that is the registered one', () => {
    const same = answerData(codes, createCauseIndex(tables()), [
      { code: 486, phrase: 'BUSY HERE', by: 'A stack', source: 'stack' },
    ]);
    assert.ok(!same.phrases.some((entry) => entry.by === 'A stack'));
  });
});

describe('answerData from the real content', () => {
  const real = realAnswerData();
  const json = JSON.stringify(real);

  it('covers every code and cause the site has', () => {
    assert.ok(real.codes.length >= 70);
    assert.ok(real.causes.some((cause) => cause.cause === 487 && !cause.q850));
    assert.ok(real.phrases.some((entry) => entry.code === 477 && entry.by === 'OpenSIPS'));
  });

  it('stays small: under 32 KB, and 6 KB gzip', () => {
    assert.ok(json.length < 32_000, `${json.length} bytes`);
    const gzip = gzipSync(json, { level: 9 }).length;
    assert.ok(gzip < 6_000, `${gzip} bytes gzip`);
  });
});
