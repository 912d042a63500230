import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answeredMethod,
  checkExampleAgainstFlow,
  inDialogRequests,
  intermediariesOf,
  validateExamplesAgainstFlows,
} from '../../src/lib/example-flow.ts';
import type { Flow } from '../../src/lib/flows.ts';
import { parseSipResponse } from '../../src/lib/sip-message.ts';

const participants = [
  { id: 'alice', label: 'Alice (UAC)' },
  { id: 'proxy', label: 'Proxy' },
  { id: 'bob', label: 'Bob (UAS)' },
];
const hop = (from: string, to: string, label: string) => ({ from, to, label });

/** INVITE through a proxy that does not record-route: ACK and BYE go straight to Bob. */
const direct: Flow = {
  participants,
  messages: [
    hop('alice', 'proxy', 'INVITE'),
    hop('proxy', 'bob', 'INVITE'),
    hop('bob', 'proxy', '200 OK'),
    hop('proxy', 'alice', '200 OK'),
    hop('alice', 'bob', 'ACK'),
    hop('bob', 'alice', 'BYE'),
    hop('alice', 'bob', '200 OK (BYE)'),
  ],
};

/** The same call through a proxy that record-routes: ACK and BYE go through it. */
const routed: Flow = {
  participants,
  messages: [
    hop('alice', 'proxy', 'INVITE'),
    hop('proxy', 'bob', 'INVITE'),
    hop('bob', 'proxy', '200 OK'),
    hop('proxy', 'alice', '200 OK'),
    hop('alice', 'proxy', 'ACK'),
    hop('proxy', 'bob', 'ACK'),
  ],
};

const sdp =
  'v=0\no=bob 1 1 IN IP4 192.0.2.4\ns=-\nc=IN IP4 192.0.2.4\nt=0 0\nm=audio 3456 RTP/AVP 0\n';
function ok(extra: string[] = [], body = sdp) {
  const length = new TextEncoder().encode(body.replace(/\n/g, '\r\n')).length;
  return parseSipResponse(
    [
      'SIP/2.0 200 OK',
      'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds',
      ...extra,
      'From: Alice <sip:alice@atlanta.example.com>;tag=1928301774',
      'To: Bob <sip:bob@biloxi.example.com>;tag=a6c85cf',
      'Call-ID: a84b4c76e66710@pc33.atlanta.example.com',
      'CSeq: 314159 INVITE',
      'Contact: <sip:bob@192.0.2.4>',
      ...(body ? ['Content-Type: application/sdp'] : []),
      `Content-Length: ${length}`,
      '',
      body,
    ].join('\n'),
  );
}
const recordRoute = ['Record-Route: <sip:proxy.biloxi.example.com;lr>'];

describe('reading a flow', () => {
  it('finds the proxies that relay the initial request', () => {
    assert.deepEqual([...intermediariesOf(direct)], ['proxy']);
  });

  it('counts an ACK for a 2xx and BYE as in-dialog, not the hop-by-hop ACK of a failure', () => {
    assert.deepEqual(
      inDialogRequests(direct).map(({ label }) => label),
      ['ACK', 'BYE'],
    );
    const failed: Flow = {
      participants,
      messages: [
        hop('alice', 'proxy', 'INVITE'),
        hop('proxy', 'bob', 'INVITE'),
        hop('bob', 'proxy', '486 Busy Here'),
        hop('proxy', 'bob', 'ACK'),
      ],
    };
    assert.deepEqual(inDialogRequests(failed), []);
  });

  it('pairs each response with the request it answers, CANCEL and INVITE apart', () => {
    const cancelled: Flow = {
      participants,
      messages: [
        hop('alice', 'proxy', 'INVITE'),
        hop('proxy', 'bob', 'INVITE'),
        hop('proxy', 'bob', 'CANCEL'),
        hop('bob', 'proxy', '200 OK (CANCEL)'),
        hop('bob', 'proxy', '487 Request Terminated'),
      ],
    };
    assert.equal(answeredMethod(cancelled, 200), 'CANCEL');
    assert.equal(answeredMethod(cancelled, 487), 'INVITE');
    assert.equal(answeredMethod(direct, 486), undefined);
  });
});

describe('checkExampleAgainstFlow', () => {
  it('accepts an example that matches how its flow routes the dialog', () => {
    assert.deepEqual(checkExampleAgainstFlow(ok(), direct), []);
    assert.deepEqual(checkExampleAgainstFlow(ok(recordRoute), routed), []);
  });

  it('rejects Record-Route when the flow sends requests in the dialog straight to the other UA', () => {
    const [problem] = checkExampleAgainstFlow(ok(recordRoute), direct);
    assert.match(problem!, /carries Record-Route.*ACK from alice to bob directly/);
  });

  it('rejects a missing Record-Route when the flow routes requests in the dialog through the proxy', () => {
    const [problem] = checkExampleAgainstFlow(ok(), routed);
    assert.match(problem!, /has no Record-Route.*ACK from alice to proxy/);
  });

  it('rejects Record-Route when no proxy in the flow could have added it', () => {
    const twoParties: Flow = {
      participants: [participants[0]!, participants[2]!],
      messages: [hop('alice', 'bob', 'INVITE'), hop('bob', 'alice', '200 OK')],
    };
    assert.match(checkExampleAgainstFlow(ok(recordRoute), twoParties)[0]!, /no proxy in the flow/);
  });

  it('rejects a 2xx to INVITE without a body unless a PRACK shows the answer went earlier', () => {
    const [problem] = checkExampleAgainstFlow(ok([], ''), direct);
    assert.match(problem!, /without a body.*PRACK/);
    const reliable: Flow = {
      participants,
      messages: [
        ...direct.messages.slice(0, 2),
        hop('bob', 'proxy', '183 Session Progress'),
        hop('proxy', 'alice', '183 Session Progress'),
        hop('alice', 'bob', 'PRACK'),
        ...direct.messages.slice(2),
      ],
    };
    assert.deepEqual(checkExampleAgainstFlow(ok([], ''), reliable), []);
  });

  it('rejects an example answering another method than the response in the flow', () => {
    const example = ok();
    example.headers.find(({ name }) => name === 'CSeq')!.value = '1 BYE';
    const [problem] = checkExampleAgainstFlow(example, direct);
    assert.match(problem!, /answers BYE, but in the flow the 200 answers INVITE/);
  });
});

describe('validateExamplesAgainstFlows', () => {
  it('names the code file and the flow, and skips pages without an example or a flow', () => {
    const text = [
      'SIP/2.0 200 OK',
      'Via: SIP/2.0/UDP h;branch=z9hG4bK1',
      'Record-Route: <sip:p;lr>',
      'From: <sip:a@h>;tag=1',
      'To: <sip:b@h>;tag=2',
      'Call-ID: c',
      'CSeq: 1 INVITE',
      'Contact: <sip:b@h>',
      'Content-Type: application/sdp',
      'Content-Length: 5',
      '',
      'v=0',
      '',
    ].join('\n');
    const problems = validateExamplesAgainstFlows(
      [
        { filePath: 'content/codes/200.mdx', data: { example: text } },
        { filePath: 'content/codes/486.mdx', data: {} },
        { filePath: 'content/codes/180.mdx', data: { example: text } },
      ],
      new Map([[200, direct]]),
    );
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]!,
      /^content\/codes\/200\.mdx: example carries Record-Route.*\(content\/flows\/200\.yaml\)$/,
    );
  });
});
