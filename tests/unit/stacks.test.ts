// The stacks' own replies (content/stacks/): the schema with bad input, the rules across a file,
// and how pages and codes.json read them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { stackSchema } from '../../src/schemas/stacks.ts';
import { allSenders, lineUrl, sendersOf, type StackFile } from '../../src/lib/stacks/index.ts';
import { validateStackFile } from '../../src/lib/stacks/validate.ts';

const folder = new URL('../../content/stacks/', import.meta.url);
const real = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    name,
    data: stackSchema.parse(parse(readFileSync(new URL(name, folder), 'utf8'))) as StackFile,
  }));

const reply = {
  code: 483,
  phrase: 'Too Many Hops',
  condition: 'The request arrives with Max-Forwards already at zero.',
  setting: null,
  by: 'config',
  module: 'maxfwd',
  source: 'kamailio',
  path: 'etc/kamailio.cfg',
  line: 687,
  function: 'request_route',
  phraseOf: null,
};
const file = {
  stack: 'Kamailio',
  id: 'kamailio',
  sources: [
    {
      id: 'kamailio',
      repository: 'kamailio/kamailio',
      commit: '38711a3e788de0130d48cb485578c482b57d9351',
      branch: 'master',
    },
  ],
  scope: 'The stock configuration, for this test.',
  replies: [reply],
};

describe('stack files: the schema', () => {
  it('accepts every real file, each with its four stacks', () => {
    assert.deepEqual(real.map(({ data }) => data.id).sort(), [
      'asterisk',
      'freeswitch',
      'kamailio',
      'opensips',
    ]);
    for (const { name, data } of real)
      assert.deepEqual(validateStackFile(`content/stacks/${name}`, data), []);
  });

  it('refuses bad input', () => {
    const bad: [string, unknown][] = [
      ['short commit', { ...file, sources: [{ ...file.sources[0], commit: '38711a3' }] }],
      ['code 700', { ...file, replies: [{ ...reply, code: 700 }] }],
      ['empty phrase', { ...file, replies: [{ ...reply, phrase: '' }] }],
      ['line 0', { ...file, replies: [{ ...reply, line: 0 }] }],
      ['by script', { ...file, replies: [{ ...reply, by: 'script' }] }],
      ['two lines', { ...file, replies: [{ ...reply, condition: 'One line.\nAnd another.' }] }],
      ['unknown key', { ...file, colour: 'red' }],
      ['unknown stack', { ...file, id: 'yate' }],
      ['no replies', { ...file, replies: [] }],
    ];
    for (const [what, input] of bad)
      assert.equal(stackSchema.safeParse(input).success, false, what);
    assert.equal(stackSchema.safeParse(file).success, true);
  });
});

describe('stack files: rules across a file', () => {
  const data = stackSchema.parse(file) as StackFile;

  it('names the file and the problem', () => {
    assert.deepEqual(validateStackFile('content/stacks/kamailio.yaml', data), []);
    assert.deepEqual(validateStackFile('content/stacks/opensips.yaml', data), [
      'content/stacks/opensips.yaml: the file of stack "kamailio" must be named kamailio.yaml',
    ]);
    const unknown = { ...data, replies: [{ ...data.replies[0]!, source: 'kamailo' }] };
    assert.deepEqual(validateStackFile('content/stacks/kamailio.yaml', unknown), [
      'content/stacks/kamailio.yaml: replies[0] (483 Too Many Hops): source "kamailo" is not in sources',
    ]);
    const twice = { ...data, replies: [data.replies[0]!, data.replies[0]!] };
    assert.match(validateStackFile('content/stacks/kamailio.yaml', twice)[0]!, /listed twice/);
    const own = { ...data, replies: [{ ...data.replies[0]!, phraseOf: 483 }] };
    assert.match(
      validateStackFile('content/stacks/kamailio.yaml', own)[0]!,
      /phraseOf names the reply's own code/,
    );
  });
});

describe('stack senders', () => {
  const senders = allSenders(real.map(({ data }) => data));

  it('links each reply to its line at the commit read', () => {
    assert.equal(
      lineUrl(
        'kamailio/kamailio',
        '38711a3e788de0130d48cb485578c482b57d9351',
        'etc/kamailio.cfg',
        687,
      ),
      'https://github.com/kamailio/kamailio/blob/38711a3e788de0130d48cb485578c482b57d9351/etc/kamailio.cfg#L687',
    );
    for (const sender of senders)
      assert.match(
        sender.url,
        /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/\S+#L\d+$/,
      );
  });

  it("groups a code's replies by stack, in the pages' order", () => {
    const groups = sendersOf(senders, 483);
    assert.deepEqual(
      groups.map(({ stackId }) => stackId),
      [...groups.map(({ stackId }) => stackId)].sort(),
    );
    assert.ok(groups.some(({ stackId }) => stackId === 'kamailio'));
    for (const group of groups) assert.ok(group.replies.every((sender) => sender.code === 483));
    assert.deepEqual(sendersOf(senders, 699), []);
  });

  it('keeps what the sources say: the stock script sends 483, tm keeps 503 phrase on a 500', () => {
    const kamailio483 = senders.find((s) => s.stackId === 'kamailio' && s.code === 483)!;
    assert.equal(kamailio483.by, 'config');
    assert.equal(kamailio483.path, 'etc/kamailio.cfg');
    const kept = senders.find(
      (s) => s.stackId === 'kamailio' && s.code === 500 && s.phraseOf === 503,
    );
    assert.ok(kept, "Kamailio relays a winning 503 as a 500 with 503's phrase");
    const maximum = senders.filter(
      (s) => s.stackId === 'freeswitch' && s.phrase === 'Maximum Calls In Progress',
    );
    assert.ok(maximum.length > 0 && maximum.every((s) => s.code === 503));
  });
});
