// The explainer on synthetic exchanges: roles, each kind of problem, annotations, summary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainTrace } from '../../../src/lib/trace/index.ts';
import { CALLEE, CALLER, ngrep, request, response } from './calls.ts';
import { explainData } from './explain-data.ts';

const there = (text: string) => ngrep(CALLER, CALLEE, text);
const back = (text: string) => ngrep(CALLEE, CALLER, text);
const kinds = (text: string) => explainTrace(text, explainData).problems.map((p) => p.kind);

describe('explainTrace: a busy call', () => {
  const trace = [
    there(request('INVITE')),
    back(response('180 Ringing', { toTag: 'b1' })),
    back(response('486 Busy Here', { toTag: 'b1', extra: ['Retry-After: 300 (in a meeting)'] })),
    there(request('ACK', { toTag: 'b1', cseq: '1 ACK' })),
  ].join('\n');
  const result = explainTrace(trace, explainData);

  it('names the participants from the log and writes the summary', () => {
    assert.deepEqual(
      result.participants.map((p) => p.label),
      [CALLER, CALLEE],
    );
    assert.equal(
      result.summary,
      `The INVITE from ${CALLER} was rejected with 486 Busy Here by ${CALLEE} after ringing; ${CALLER} acknowledged it.`,
    );
  });

  it('knows each request’s role and finds no problem', () => {
    assert.deepEqual(
      result.messages.map((m) => m.role),
      ['initial-invite', null, null, 'ack-non-2xx'],
    );
    assert.deepEqual(result.problems, []);
  });

  it('reads Retry-After and links the code page', () => {
    const busy = result.messages[2]!.annotations;
    assert.deepEqual(busy.retryAfter, { seconds: 300, comment: 'in a meeting' });
    assert.equal(busy.response?.href, '/486/');
    assert.equal(busy.response?.registered, true);
    assert.equal(busy.response?.registeredReason, null);
    assert.equal(result.ladderCode, 486);
  });
});

describe('explainTrace: problems in the trace', () => {
  it('a 2xx to INVITE with no ACK', () => {
    assert.deepEqual(kinds(there(request('INVITE')) + back(response('200 OK', { toTag: 't' }))), [
      'no-ack',
    ]);
  });

  it('an ACK for a 2xx with a new branch is fine, one reusing the INVITE branch is not', () => {
    const ok = there(request('INVITE')) + back(response('200 OK', { toTag: 't' }));
    assert.deepEqual(
      kinds(ok + there(request('ACK', { branch: 'z9hG4bKnew', toTag: 't', cseq: '1 ACK' }))),
      [],
    );
    assert.deepEqual(kinds(ok + there(request('ACK', { toTag: 't', cseq: '1 ACK' }))), [
      'ack-mismatch',
    ]);
  });

  it('an ACK or CANCEL that does not match its INVITE', () => {
    const invite = there(request('INVITE')) + back(response('486 Busy Here', { toTag: 't' }));
    assert.deepEqual(
      kinds(invite + there(request('ACK', { branch: 'z9hG4bKother', toTag: 't', cseq: '2 ACK' }))),
      ['ack-mismatch'],
    );
    assert.deepEqual(
      kinds(
        there(request('INVITE')) +
          there(request('CANCEL', { branch: 'z9hG4bKother', cseq: '1 CANCEL' })),
      ),
      ['cancel-mismatch'],
    );
    const cancelled = explainTrace(
      there(request('INVITE')) + there(request('CANCEL', { cseq: '1 CANCEL' })),
      explainData,
    );
    assert.equal(cancelled.messages[1]!.role, 'cancel');
    assert.match(cancelled.messages[1]!.description, /CANCEL of the INVITE on line 2/);
  });

  it('a response, an ACK or a CANCEL with no INVITE in the paste', () => {
    assert.deepEqual(kinds(back(response('486 Busy Here', { toTag: 't' }))), [
      'unmatched-response',
    ]);
    assert.deepEqual(kinds(there(request('ACK', { cseq: '1 ACK', toTag: 't' }))), [
      'unmatched-ack',
    ]);
    assert.deepEqual(kinds(there(request('CANCEL', { cseq: '1 CANCEL' }))), ['unmatched-cancel']);
  });

  it('a retransmission', () => {
    const invite = there(request('INVITE'));
    assert.deepEqual(kinds(invite + invite), ['retransmission']);
    const ringing = back(response('180 Ringing', { toTag: 't' }));
    assert.deepEqual(kinds(invite + ringing + ringing), ['retransmission']);
  });

  it('a Content-Length that disagrees with the body', () => {
    const body = 'v=0\no=- 1 1 IN IP4 192.0.2.10\ns=-\n';
    assert.deepEqual(kinds(there(request('INVITE', { body }))), []);
    assert.deepEqual(kinds(there(request('INVITE', { body, contentLength: 200 }))), [
      'content-length',
    ]);
  });

  it('a re-INVITE and a request within a dialog', () => {
    const result = explainTrace(
      there(request('INVITE', { toTag: 't', cseq: '2 INVITE' })) +
        there(request('BYE', { toTag: 't', cseq: '3 BYE' })),
      explainData,
    );
    assert.deepEqual(
      result.messages.map((m) => m.role),
      ['re-invite', 'in-dialog'],
    );
  });
});

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
  const there = (text: string) => ngrep(CALLER, CALLEE, text);
  const back = (text: string) => ngrep(CALLEE, CALLER, text);

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

describe('explainTrace: words', () => {
  it('uses "an" before a vowel', () => {
    const result = explainTrace(
      ngrep(CALLEE, CALLER, response('486 Busy Here', { toTag: 't' })),
      explainData,
    );
    assert.equal(result.messages[0]!.description, 'answers an INVITE that is not in the paste');
    assert.match(result.summary, /^A 486 Busy Here went from .* answering an INVITE\./);
  });
});

describe('content/warn-codes.yaml', () => {
  it('holds exactly the warn-codes RFC 3261 §20.43 lists, and its four ranges', async () => {
    const { warnCodes } = await import('./explain-data.ts');
    assert.deepEqual(Object.keys(warnCodes), [
      '300',
      '301',
      '302',
      '303',
      '304',
      '305',
      '306',
      '307',
      '330',
      '331',
      '370',
      '399',
      '300-329',
      '330-339',
      '370-379',
      '390-399',
    ]);
  });

  it('explains an unlisted code by its range', () => {
    const warning = explainTrace(
      ngrep(
        CALLEE,
        CALLER,
        response('488 Not Acceptable Here', {
          toTag: 't',
          extra: ['Warning: 392 10.0.0.1:6060 "Noisy feedback"'],
        }),
      ),
      explainData,
    ).messages[0]!.annotations.warnings[0]!;
    assert.match(warning.meaning!, /fits none of the other ranges.*assigns no meaning to 392/);
  });
});
