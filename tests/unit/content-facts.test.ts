// Facts of single pages that a reading against the RFC corrected, held so that an edit does not
// bring the old claim back. Each test names the RFC section it follows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { codeSchema } from '../../src/content.config.ts';
import { parseSipResponse } from '../../src/lib/sip-message.ts';

const root = new URL('../../', import.meta.url);

function page(code: number) {
  const text = readFileSync(new URL(`content/codes/${code}.mdx`, root), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  assert.ok(match, `${code}.mdx: no frontmatter block`);
  return { data: codeSchema.parse(parse(match[1]!)), body: match[2]! };
}

describe('415 Unsupported Media Type (RFC 3261 §8.2.3, §21.4.13)', () => {
  const { data } = page(415);

  it('requires each Accept header field only for its own problem', () => {
    for (const name of ['Accept', 'Accept-Encoding', 'Accept-Language']) {
      const row = data.headers.find((header) => header.name === name);
      assert.equal(row?.requirement, 'MUST', name);
      assert.ok(row?.when, `${name} is a MUST only when its problem arose`);
    }
  });

  it('answers a body of an unknown type, as its flow shows, with Accept alone', () => {
    const message = parseSipResponse(data.example!);
    const names = message.headers.map(({ name }) => name.toLowerCase());
    assert.ok(names.includes('accept'));
    assert.ok(!names.includes('accept-encoding') && !names.includes('accept-language'));
  });
});

describe('401 and 407 (RFC 3261 §22.1)', () => {
  it('say that ACK and CANCEL are never challenged, and that the ACK carries the INVITE’s credentials', () => {
    for (const code of [401, 407]) {
      const { data, body } = page(code);
      assert.match(body, /must not challenge ACK or CANCEL|never challenged/, `${code}`);
      assert.match(body, /ACK[^.]*repeats[^.]*INVITE|copies into it the Authorization/, `${code}`);
      if (code === 407) assert.match(data.whoSends ?? '', /never on an ACK or a CANCEL/);
    }
  });
});

describe('180 Ringing (RFC 3261 §9.1, §13.3.1.1, §16.8)', () => {
  const { data, body } = page(180);

  it('has a UAS that needs longer repeat a provisional response other than 100 every minute', () => {
    assert.match(body, /other than 100[^.]*at least once a minute/);
    assert.match(body, /Timer C/);
  });

  it('does not count the CANCEL among the requests of the early dialog', () => {
    assert.ok(!data.next.some((step) => /any request sent before the answer uses it/.test(step)));
    assert.match(body, /CANCEL is not a request of the early dialog/);
  });
});

describe('480 Temporarily Unavailable (RFC 3261 §16.5, §21.4.18; RFC 6665)', () => {
  it('names a proxy or redirect server with no registered contact, where no device is reached', () => {
    const { data, body } = page(480);
    assert.match(data.whoSends ?? '', /^Often a proxy or redirect server/);
    assert.match(body, /target set[^.]*empty/);
    assert.match(body, /No device was reached/);
  });

  it('ends a subscription when it answers a SUBSCRIBE refresh or a NOTIFY', () => {
    const { body } = page(480);
    assert.match(body, /refreshing SUBSCRIBE gets a 480[^.]*ended/);
    assert.match(body, /NOTIFY gets a 480 must remove the subscription/);
  });

  it('is not called "device reached" in the see-also notes of 486 and 503', () => {
    for (const code of [486, 503]) {
      const why = page(code).data.seeAlso.find((link) => link.code === 480)!.why;
      assert.doesNotMatch(why, /device was reached|callee was reached/, `${code}`);
    }
  });
});

describe('202 Accepted (RFC 6665 §8.3.1, RFC 7647 §5)', () => {
  it('is not to be sent to REFER either: 200 replaces it there too', () => {
    const { data, body } = page(202);
    assert.doesNotMatch(data.summary, /still sent/);
    assert.match(data.summary, /REFER \(RFC 7647\)/);
    assert.match(body, /must not answer 202, must send 200 wherever RFC 3515 asked for 202/);
  });
});

describe('494 Security Agreement Required (RFC 3329 §2.3.1, §2.3.2)', () => {
  it('requires Require only when the server started the agreement, which the example does not show', () => {
    const { data } = page(494);
    assert.ok(data.headers.find((header) => header.name === 'Require')?.when);
    assert.equal(data.headers.find((header) => header.name === 'Security-Server')?.when, undefined);
    const names = parseSipResponse(data.example!).headers.map(({ name }) => name.toLowerCase());
    assert.ok(names.includes('security-server') && !names.includes('require'));
  });
});

describe('608 Rejected (RFC 8688 §3.1)', () => {
  it('requires Call-Info only when nothing suggests the caller would misuse it', () => {
    const row = page(608).data.headers.find((header) => header.name === 'Call-Info');
    assert.equal(row?.requirement, 'MUST');
    assert.ok(row?.when);
  });
});

describe('408 Request Timeout (RFC 4320 §4.2)', () => {
  it('is sent on the wire only in answer to an INVITE', () => {
    const { data, body } = page(408);
    assert.match(data.whoSends ?? '', /answers only an INVITE/);
    assert.match(body, /only in answer to an INVITE/);
    assert.match(data.forking ?? '', /for other requests it sends no final response/);
  });
});
