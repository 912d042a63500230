// Every real trace in tests/fixtures/traces/ gets the diagnoses its sidecar lists, each finding
// well formed; the clean ones get no error.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildExchange } from '../../../src/lib/trace/exchange.ts';
import { findMessages } from '../../../src/lib/trace/find.ts';
import { traceDir } from '../trace/explain-data.ts';
import { assertWellFormed, diagnoseText, kindsOf, only } from './helpers.ts';

const names = readdirSync(traceDir).filter((name) => name.endsWith('.txt'));
const read = (name: string) => readFileSync(new URL(name, traceDir), 'utf8');
const sidecar = (name: string) =>
  JSON.parse(read(name.replace(/\.txt$/, '.json'))) as { expect: { diagnoses: string[] } };

describe('diagnoses of the real traces', () => {
  for (const name of names) {
    it(name, () => {
      const text = read(name);
      const found = diagnoseText(text);
      assert.deepEqual(kindsOf(found), [...sidecar(name).expect.diagnoses].sort());
      assertWellFormed(found, findMessages(text).messages.length);
    });
  }

  it('a dozen kinds at least are seen in real traces, not only in made-up exchanges', () => {
    const real = names.filter((name) => !name.startsWith('rfc'));
    const kinds = new Set(real.flatMap((name) => sidecar(name).expect.diagnoses));
    assert.ok(kinds.size >= 12, [...kinds].join(', '));
  });

  it('clean traces get no error, and the RFC 3665 ones nothing at all', () => {
    for (const name of [
      'rfc3665-busy.txt',
      'rfc3665-no-answer.txt',
      'rfc3665-registration.txt',
      'sngrep-200-ack.txt',
      'kamailio-ngrep-cancel.txt',
      'freeswitch-siptrace-ack.txt',
    ]) {
      const found = diagnoseText(read(name));
      assert.deepEqual(
        found.filter((d) => d.severity === 'error'),
        [],
        name,
      );
      if (name.startsWith('rfc3665')) assert.deepEqual(found, [], name);
    }
    // The 200 to INVITE is acknowledged once: nothing to say about that call.
    assert.deepEqual(diagnoseText(read('sngrep-200-ack.txt')), []);
  });

  it('a BYE without a To tag names no dialog (pyVoIP against Asterisk)', () => {
    const found = only(diagnoseText(read('pyvoip-bye-481.txt')), 'dialog-unknown-481');
    assert.equal(found.severity, 'warning');
    assert.deepEqual(found.messages, [1, 0]);
    assert.deepEqual(found.rule, {
      rfc: 3261,
      section: '12.2.2',
      name: 'Request for an unknown dialog',
    });
    assert.equal(found.page, '/481/');
    assert.match(found.detail, /has no To tag, so it names no dialog/);
    assert.match(found.detail, /To tag \(none\)/);
  });

  it('a BYE whose dialog starts before the paste (baresip and Asterisk)', () => {
    const found = only(diagnoseText(read('baresip-bye-481.txt')), 'dialog-unknown-481');
    assert.match(
      found.detail,
      /Call-ID f02571ea2741ec25, From tag a3bddffa-[^,]+, To tag 17d0d6e416be4d4b/,
    );
    assert.match(found.detail, /The start of this dialog is not in the paste/);
    assert.match(found.detail, /call was already gone at the other end/);
  });

  it('a 480 with normal clearing contradicts itself (FreeSWITCH through Linphone)', () => {
    const found = only(diagnoseText(read('belle-sip-480.txt')), 'reason-contradicts-status');
    assert.equal(found.severity, 'warning');
    assert.equal(found.page, '/causes/16/');
    assert.equal(found.rule.rfc, 3398);
    assert.equal(found.rule.section, '7.2.4.1');
    assert.match(
      found.title,
      /480 Temporarily Unavailable carries Q\.850 cause 16 \(Normal call clearing\)/,
    );
    assert.match(found.detail, /For a 480 it gives cause 18 \(No user responding\)/);
  });

  it('a 503 without Retry-After counts as a 500', () => {
    for (const name of ['bare-503-ack.txt', 'asterisk-pjsip-logger.txt']) {
      const found = only(diagnoseText(read(name)), '503-service-unavailable');
      assert.equal(found.severity, 'info');
      assert.equal(found.rule.section, '21.5.4');
      assert.match(found.detail, /no Retry-After, so the client handles it as a 500/);
    }
  });

  it('a stateless registrar answers each resent REGISTER with a fresh 401 (OpenSIPS siptrace)', () => {
    const text = read('opensips-siptrace-401.txt');
    const found = only(diagnoseText(text), 'response-repeated');
    assert.equal(found.severity, 'info');
    assert.deepEqual(found.messages, [0, 1]);
    assert.equal(found.rule.section, '17.2.2');
    assert.match(found.detail, /answer a resent REGISTER/);
    // The third row is cut inside its Via: it is no copy of the others.
    assert.equal(buildExchange(findMessages(text).messages).messages.length, 3);
  });
});
