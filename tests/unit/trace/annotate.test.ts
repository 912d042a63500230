// The explainer's reading of each response: decoded header fields, and the MUST header fields
// a code's page names, checked only where the explainer can judge the condition.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainTrace } from '../../../src/lib/trace/index.ts';
import { request, response, there, back } from './calls.ts';
import { explainData } from './explain-data.ts';

describe('explainTrace: annotations', () => {
  const annotated = (status: string, extra: string[]) =>
    explainTrace(back(response(status, { toTag: 't', extra })), explainData).messages[0]!
      .annotations;

  it('decodes Reason with Q.850 and SIP causes', () => {
    const { reasons } = annotated('480 Temporarily Unavailable', [
      'Reason: Q.850;cause=17;text="User busy", SIP ;cause=600 ;text="Busy Everywhere"',
    ]);
    assert.equal(reasons.length, 2);
    assert.deepEqual(
      [reasons[0]!.cause, reasons[0]!.name, reasons[0]!.href],
      [17, 'User busy', '/causes/17/'],
    );
    assert.deepEqual(
      [reasons[1]!.protocol, reasons[1]!.cause, reasons[1]!.name, reasons[1]!.href],
      ['SIP', 600, 'Busy Everywhere', '/600/'],
    );
  });

  it('takes cause names and vendor names from the data it is given', () => {
    const data = {
      ...explainData,
      causes: {
        17: {
          name: 'User busy',
          freeswitch: 'USER_BUSY',
          asterisk: ['AST_CAUSE_BUSY', 'AST_CAUSE_USER_BUSY'],
        },
      },
      causePages: false,
    };
    const reason = explainTrace(
      back(response('486 Busy Here', { toTag: 't', extra: ['Reason: Q.850;cause=17'] })),
      data,
    ).messages[0]!.annotations.reasons[0]!;
    assert.equal(reason.freeswitch, 'USER_BUSY');
    assert.deepEqual(reason.asterisk, ['AST_CAUSE_BUSY', 'AST_CAUSE_USER_BUSY']);
    assert.equal(reason.href, null, 'no link while the site has no cause pages');
  });

  it('explains Warning codes from the RFC 3261 list', () => {
    const { warnings } = annotated('488 Not Acceptable Here', [
      'Warning: 305 proxy.example.com "Incompatible media format"',
    ]);
    assert.deepEqual(
      warnings.map((w) => [w.code, w.agent, w.text]),
      [[305, 'proxy.example.com', 'Incompatible media format']],
    );
    assert.match(warnings[0]!.meaning!, /media format/);
  });

  it('reads Min-Expires, Min-SE, Unsupported, Require, Allow and the challenge', () => {
    assert.equal(annotated('423 Interval Too Brief', ['Min-Expires: 3600']).minExpires, 3600);
    assert.equal(annotated('422 Session Interval Too Small', ['Min-SE: 1800']).minSE, 1800);
    assert.deepEqual(annotated('420 Bad Extension', ['Unsupported: foo, 100rel']).unsupported, [
      'foo',
      '100rel',
    ]);
    assert.deepEqual(annotated('421 Extension Required', ['Require: 100rel']).require, ['100rel']);
    assert.deepEqual(
      annotated('405 Method Not Allowed', ['Allow: INVITE, ACK', 'Allow: bye']).allow,
      ['INVITE', 'ACK', 'BYE'],
    );
    const [challenge] = annotated('407 Proxy Authentication Required', [
      'Proxy-Authenticate: Digest realm="atlanta.example.com", qop="auth,auth-int", nonce="x", algorithm=SHA-256, stale=TRUE',
    ]).challenges;
    assert.deepEqual(challenge, {
      header: 'Proxy-Authenticate',
      scheme: 'Digest',
      realm: 'atlanta.example.com',
      algorithm: 'SHA-256',
      qop: 'auth,auth-int',
      stale: true,
    });
  });

  it('flags missing MUST headers, unregistered codes and vendor phrases', () => {
    assert.deepEqual(annotated('401 Unauthorized', []).response?.missingMust, ['WWW-Authenticate']);
    const kamailio = annotated(
      '477 Unfortunately error on sending to next hop occurred (477/TM)',
      [],
    ).response!;
    assert.deepEqual([kamailio.registered, kamailio.href], [false, '/477/']);
    assert.equal(
      annotated('200 Ok', []).response?.registeredReason,
      null,
      'case alone is no difference',
    );
    assert.equal(annotated('486 Busy', []).response?.registeredReason, 'Busy Here');
  });
});

describe('explainTrace: MUST headers that hold only in some cases', () => {
  const missing = (text: string) =>
    explainTrace(text, explainData).messages.map(
      (m) => m.annotations.response?.missingMust ?? null,
    );

  it('Timestamp and Record-Route only when the request carried them', () => {
    const plain = there(request('INVITE')) + back(response('100 Trying'));
    assert.deepEqual(missing(plain), [null, []]);
    const stamped = there(
      request('INVITE', { extra: ['Timestamp: 54', 'Record-Route: <sip:p.example.com;lr>'] }),
    );
    assert.deepEqual(missing(stamped + back(response('100 Trying'))), [null, ['Timestamp']]);
    assert.deepEqual(
      missing(
        stamped +
          back(response('180 Ringing', { toTag: 't', extra: ['Contact: <sip:b@192.0.2.9>'] })),
      ),
      [null, ['Record-Route']],
    );
    assert.deepEqual(
      missing(back(response('100 Trying'))),
      [[]],
      'cannot tell without the request',
    );
  });

  it('Contact only in responses that create a dialog', () => {
    assert.deepEqual(missing(back(response('180 Ringing', { toTag: 't' }))), [['Contact']]);
    assert.deepEqual(missing(back(response('200 OK', { toTag: 't', cseq: '1 REGISTER' }))), [[]]);
  });

  it('415 needs one of the Accept family', () => {
    assert.deepEqual(missing(back(response('415 Unsupported Media Type', { toTag: 't' }))), [
      ['Accept or Accept-Encoding or Accept-Language'],
    ]);
    assert.deepEqual(
      missing(
        back(
          response('415 Unsupported Media Type', {
            toTag: 't',
            extra: ['Accept: application/sdp'],
          }),
        ),
      ),
      [[]],
    );
  });
});
