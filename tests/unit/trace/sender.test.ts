// Who built each response, as far as the message tells: the real traces, the software headers,
// Warning, a stack's own phrase and Q.850 Reason. To tags, hops and bad input: sender-tags.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { namedStack, senderClues } from '../../../src/lib/trace/sender.ts';
import { explainData, traceDir } from './explain-data.ts';
import { answer, exchangeOf, kinds, only, trace } from './sender-helpers.ts';
describe('explain data: what the clues read', () => {
  it("keeps only each stack's phrases that differ from the registered one, with their line", () => {
    const entries = Object.entries(explainData.ownPhrases).flatMap(([code, list]) =>
      list.map((entry) => ({ code, ...entry })),
    );
    assert.ok(entries.length > 50);
    for (const entry of entries) {
      assert.notEqual(
        entry.phrase.toLowerCase(),
        explainData.reasons[entry.code]?.toLowerCase(),
        `${entry.code} ${entry.phrase}`,
      );
      assert.ok(explainData.stacks[entry.stack], entry.stack);
      assert.match(entry.url, /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/.+#L\d+$/);
    }
    assert.deepEqual(Object.values(explainData.stacks).sort(), [
      'Asterisk',
      'FreeSWITCH',
      'Kamailio',
      'OpenSIPS',
    ]);
  });

  it('knows which proxies sign with /TM and /SL, and which module', () => {
    assert.deepEqual(explainData.signatures, {
      TM: { module: 'tm', stacks: ['Kamailio', 'OpenSIPS'] },
      SL: { module: 'sl', stacks: ['Kamailio', 'OpenSIPS'] },
    });
  });
});

describe('senderClues: real traces', () => {
  it('asterisk-pjsip-logger: a GSM gateway names itself in User-Agent and carries cause 41', () => {
    const [busy, decline] = trace('asterisk-pjsip-logger.txt');
    assert.deepEqual(kinds(busy!), ['user-agent', 'q850-reason']);
    assert.match(busy![0]!.text, /"2N SG 1\.31\.1\.34\.1"/);
    assert.equal(busy![0]!.stack, undefined);
    assert.equal(busy![0]!.evidence, 'User-Agent: 2N SG 1.31.1.34.1');
    assert.match(busy![1]!.text, /cause 41 \(Temporary failure\)/);
    assert.equal(busy![1]!.evidence, 'Reason: Q.850;cause=41');
    assert.deepEqual(kinds(decline!), ['server', 'q850-reason']);
    assert.equal(decline![0]!.stack, 'asterisk');
    assert.match(decline![0]!.text, /"Asterisk PBX 18\.6\.0".*That is Asterisk/);
  });

  it('belle-sip-480: a Q.850 text in FreeSWITCH form points to FreeSWITCH', () => {
    const [unavailable] = trace('belle-sip-480.txt');
    const [reason] = only(unavailable!, 'q850-reason');
    assert.equal(reason!.stack, 'freeswitch');
    assert.match(reason!.text, /NORMAL_CLEARING, is FreeSWITCH's name/);
    assert.match(only(unavailable!, 'user-agent')[0]!.text, /"Calliope UC2me 3\.6"/);
  });

  it('webrtc2sip-401-warning: the warn-agent, and a Server no stack of the site matches', () => {
    const [challenge] = trace('webrtc2sip-401-warning.txt');
    assert.deepEqual(kinds(challenge!), ['server', 'warning-agent']);
    assert.equal(challenge![0]!.stack, undefined, 'SIP Express Router is not Kamailio by name');
    assert.equal(challenge![1]!.evidence, 'Warning: 392 192.168.0.101:6060');
    assert.match(challenge![1]!.text, /added by the element at 192\.168\.0\.101:6060/);
  });

  it('tcpdump-register-401 and flutter-logcat-401: Asterisk by its Server header', () => {
    for (const name of ['tcpdump-register-401.txt', 'flutter-logcat-401.txt']) {
      const servers = trace(name).flatMap((clues) => only(clues, 'server'));
      assert.equal(servers.length, 1, name);
      assert.equal(servers[0]!.stack, 'asterisk', name);
    }
  });

  it('rfc3665-busy: each 100 Trying comes from the proxy the INVITE reached', () => {
    const tryings = trace('rfc3665-busy.txt').flatMap((clues) => only(clues, 'trying'));
    assert.equal(tryings.length, 2);
    assert.match(tryings[0]!.text, /Here it came from Proxy 1\./);
    assert.match(tryings[1]!.text, /Here it came from Proxy 2\./);
  });

  it("rfc3665-no-answer: the CANCEL's 200s are answered hop by hop, with no tag complaint", () => {
    const all = trace('rfc3665-no-answer.txt').flat();
    assert.equal(only(all, 'cancel-hop').length, 3);
    assert.equal(only(all, 'no-to-tag').length, 0);
  });

  it('no trace yields a clue for a request, an empty text, or evidence over 200 characters', () => {
    for (const name of [
      'asterisk-chan-sip-407.txt',
      'bare-503-ack.txt',
      'freeswitch-siptrace-ack.txt',
      'kamailio-ngrep-cancel.txt',
      'sngrep-200-ack.txt',
      'sngrep-register-401.txt',
      'sofia-send-487-cut.txt',
      'wireshark-details-invite.txt',
    ]) {
      const text = readFileSync(new URL(name, traceDir), 'utf8');
      const exchange = exchangeOf(text);
      exchange.messages.forEach((item, index) => {
        const clues = senderClues(exchange, index, explainData);
        if (item.found.message.kind === 'request') assert.deepEqual(clues, [], name);
        for (const clue of clues) {
          assert.ok(clue.text.length > 20 && clue.evidence.length <= 200, `${name}: ${clue.kind}`);
        }
      });
    }
  });
});

describe('senderClues: Server and User-Agent', () => {
  it('names each stack the site reads, as a whole word, in the forms they send', () => {
    const stacks = explainData.stacks;
    assert.equal(namedStack('kamailio (5.7.4 (x86_64/linux))', stacks), 'kamailio');
    assert.equal(namedStack('OpenSIPS (3.4.2 (x86_64/linux))', stacks), 'opensips');
    assert.equal(namedStack('FreeSWITCH-mod_sofia/1.10.11-release~64bit', stacks), 'freeswitch');
    assert.equal(namedStack('Asterisk PBX 20.5.0', stacks), 'asterisk');
    assert.equal(namedStack('Asteriskish 1.0', stacks), null);
    assert.equal(namedStack('Sip EXpress router (2.1.0-dev1)', stacks), null);
    assert.equal(namedStack('FPBX-16.0.40(18.12.1)', stacks), null);
  });

  it('quotes the value as written and says when it names a known stack', () => {
    const [server] = answer('486 Busy Here', ['Server: FreeSWITCH-mod_sofia/1.10.11-release']);
    assert.equal(server!.kind, 'server');
    assert.equal(server!.stack, 'freeswitch');
    assert.equal(server!.evidence, 'Server: FreeSWITCH-mod_sofia/1.10.11-release');
    assert.match(server!.text, /"FreeSWITCH-mod_sofia\/1\.10\.11-release" \(RFC 3261 §20\.35\)/);
    const [agent] = answer('486 Busy Here', ['User-Agent: Linphone/5.2 (belle-sip/5.2)']);
    assert.equal(agent!.kind, 'user-agent');
    assert.match(agent!.text, /§20\.41.*"Linphone\/5\.2 \(belle-sip\/5\.2\)"/);
    assert.equal(agent!.stack, undefined);
  });

  it('skips empty values and flattens odd spacing', () => {
    assert.deepEqual(answer('486 Busy Here', ['Server:', 'User-Agent:    ']), []);
    const [server] = answer('486 Busy Here', ['server:   kamailio   (5.7.4)  ']);
    assert.equal(server!.stack, 'kamailio');
    assert.equal(server!.evidence, 'server: kamailio (5.7.4)');
  });

  it('clips a huge value in the text and the evidence', () => {
    const huge = `Acme ${'x'.repeat(20_000)}`;
    const [server] = answer('486 Busy Here', [`Server: ${huge}`]);
    assert.ok(server!.evidence.length <= 200);
    assert.ok(server!.text.length < 400);
    assert.ok(server!.text.includes('"Acme xxx'));
  });
});

describe('senderClues: Warning', () => {
  it('names the warn-agent, a host or a pseudonym, once per agent', () => {
    const clues = answer('488 Not Acceptable Here', [
      'Warning: 305 proxy.example.com "Incompatible media format"',
      'Warning: 399 proxy.example.com "Miscellaneous warning", 301 devnull "Bad address"',
    ]);
    assert.deepEqual(
      only(clues, 'warning-agent').map((clue) => clue.evidence),
      ['Warning: 305 proxy.example.com', 'Warning: 301 devnull'],
    );
    assert.match(clues[0]!.text, /the element at proxy\.example\.com/);
    assert.match(clues[1]!.text, /calls itself "devnull"/);
    assert.match(clues[0]!.text, /need not be the element that built it/);
  });

  it('reads a Warning without quotes, and ignores one without an agent', () => {
    const [clue] = answer('488 Not Acceptable Here', ['Warning: 399 gw1 no quotes at all']);
    assert.equal(clue!.evidence, 'Warning: 399 gw1');
    assert.deepEqual(answer('488 Not Acceptable Here', ['Warning: 399', 'Warning:']), []);
  });
});

describe("senderClues: a stack's own reason phrase", () => {
  it('Kamailio: its stock configuration, with the line that sends the reply', () => {
    const clues = answer('403 Message too large');
    assert.deepEqual(kinds(clues), ['own-phrase']);
    assert.equal(clues[0]!.stack, 'kamailio');
    assert.match(clues[0]!.text, /^Kamailio builds this reply, in its stock configuration,/);
    assert.match(clues[0]!.text, /MSG_MAX_SIZE/);
    assert.match(
      clues[0]!.href!,
      /^https:\/\/github\.com\/kamailio\/kamailio\/blob\/[0-9a-f]{40}\/etc\/kamailio\.cfg#L\d+$/,
    );
  });

  it('FreeSWITCH and Asterisk, and a phrase two stacks share', () => {
    const [freeswitch] = answer('603 Network Blocked');
    assert.equal(freeswitch!.stack, 'freeswitch');
    assert.match(freeswitch!.href!, /github\.com\/signalwire\/freeswitch\//);
    const [asterisk] = answer('500 SDP negotiation failed');
    assert.equal(asterisk!.stack, 'asterisk');
    const shared = answer('481 Subscription Does Not Exist');
    assert.deepEqual([...new Set(shared.map((clue) => clue.stack))], ['asterisk', 'freeswitch']);
    assert.match(shared[0]!.text, /FreeSWITCH builds it too\./);
  });

  it('OpenSIPS: a 100 with its own phrase is both its own and one hop away', () => {
    const clues = answer('100 Giving it a try', [], null);
    assert.deepEqual(kinds(clues), ['trying', 'own-phrase']);
    assert.equal(clues[1]!.stack, 'opensips');
  });

  it('the "(N/TM)" signature: the reply whole, another number, another signer', () => {
    const whole = answer('477 Send failed (477/TM)');
    assert.deepEqual(kinds(whole), ['own-phrase', 'signature']);
    assert.equal(whole[0]!.stack, 'opensips');
    assert.match(
      whole[1]!.text,
      /ends in \(477\/TM\).*Kamailio and OpenSIPS add when their tm module/,
    );
    // Kamailio's catch-all phrase carries whichever internal error was left.
    const number = answer("500 I'm terribly sorry, server error occurred (7/TM)");
    assert.deepEqual(kinds(number), ['own-phrase', 'signature']);
    assert.equal(number[0]!.stack, 'kamailio');
    const signer = answer('478 Unresolvable destination (478/SL)');
    assert.equal(signer[0]!.stack, 'kamailio');
    assert.match(signer[1]!.text, /their sl module/);
    // A signature alone still tells, and an unknown one does not.
    assert.deepEqual(kinds(answer('500 Something else went wrong (3/TM)')), ['signature']);
    assert.deepEqual(answer('500 Something else went wrong (3/XY)'), []);
  });

  it('not for the registered phrase, another letter case, or another code', () => {
    assert.deepEqual(answer('483 Too Many Hops'), []);
    assert.deepEqual(answer('486 Busy Here'), []);
    assert.deepEqual(answer('403 MESSAGE TOO LARGE'), []);
    assert.deepEqual(answer('404 Message too large'), []);
    assert.deepEqual(answer('486'), []);
  });

  it('reads past odd spacing in the status line', () => {
    const [clue] = answer('403   Message   too large ');
    assert.equal(clue!.stack, 'kamailio');
    assert.equal(clue!.evidence, 'SIP/2.0 403 Message too large');
  });
});

describe('senderClues: Reason with a Q.850 cause', () => {
  it('says the answer came from or through a PSTN gateway', () => {
    const [clue] = answer('486 Busy Here', ['Reason: Q.850;cause=17']);
    assert.equal(clue!.kind, 'q850-reason');
    assert.match(clue!.text, /cause 17 \(User busy\).*RFC 3398 §7\.2\.4\.1, RFC 6432/);
    assert.equal(clue!.stack, undefined);
  });

  it('names FreeSWITCH only when the text is its name for that cause', () => {
    const [own] = answer('486 Busy Here', ['Reason: Q.850;cause=17;text="USER_BUSY"']);
    assert.equal(own!.stack, 'freeswitch');
    const [other] = answer('486 Busy Here', ['Reason: Q.850;cause=16;text="USER_BUSY"']);
    assert.equal(other!.stack, undefined);
  });

  it('quotes the header line that holds each cause', () => {
    const clues = answer('486 Busy Here', [
      'Reason: Q.850;cause=16',
      'Reason: SIP;cause=486, Q.850;cause=17',
    ]);
    assert.deepEqual(
      clues.map((clue) => clue.evidence),
      ['Reason: Q.850;cause=16', 'Reason: SIP;cause=486, Q.850;cause=17'],
    );
  });

  it('ignores SIP causes, a missing cause, and an empty header', () => {
    assert.deepEqual(
      answer('480 Temporarily Unavailable', [
        'Reason: SIP;cause=480',
        'Reason: Q.850',
        'Reason: Q.850;cause=abc',
        'Reason:',
      ]),
      [],
    );
  });
});
