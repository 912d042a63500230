// Bad content must stop the build with a message that names the file and the problem. Each
// fixture in tests/fixtures/broken-content/ overlays a copy of the real content; the real
// loaders, schema and validation then run on it in a scratch copy of the project.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'tests/fixtures/broken-content');

/**
 * Fixture → what must be said. `build` cases need MDX compiled, which only a build does; `rfc`
 * cases break the checks against the RFC texts (`npm run check:rfc`), which run beside the build.
 */
const cases: { fixture: string; expect: RegExp[]; command?: 'build' | 'rfc' }[] = [
  { fixture: 'missing-reason', expect: [/486\.mdx/, /reason/] },
  {
    fixture: 'wrong-phrase',
    expect: [
      /content\/codes\/486\.mdx: reason "Busy here" differs from the registered phrase "Busy Here"/,
    ],
  },
  {
    fixture: 'bad-file-name',
    expect: [/content\/codes\/busy\.mdx: the file name must be a three-digit code/],
  },
  {
    fixture: 'duplicate-code',
    expect: [
      /content\/codes\/4xx\/486\.mdx: code 486 is already defined in content\/codes\/486\.mdx/,
    ],
  },
  { fixture: 'see-also-missing', expect: [/content\/codes\/486\.mdx: seeAlso 499 has no page/] },
  {
    fixture: 'see-also-one-way',
    expect: [
      /content\/codes\/486\.mdx: seeAlso 404 is not reciprocal; content\/codes\/404\.mdx must list 486/,
    ],
  },
  { fixture: 'summary-too-long', expect: [/486\.mdx/, /summary: must be at most 160 characters/] },
  { fixture: 'bad-section', expect: [/486\.mdx/, /section: must look like "21\.4\.24"/] },
  { fixture: 'unknown-key', expect: [/486\.mdx/, /colour/] },
  {
    fixture: 'malformed-example',
    expect: [
      /content\/codes\/486\.mdx: example status line "SIP\/2\.0 486" is not "SIP\/2\.0 NNN Reason Phrase"/,
    ],
  },
  {
    fixture: 'guide-unregistered-code',
    expect: [/content\/guides\/busy-and-rejection\.mdx: 699 is not a registered code/],
  },
  {
    fixture: 'rfc3398-unnamed-cause',
    expect: [
      /content\/causes\/rfc3398\.yaml: isupToSip uses cause 120, which has no Q\.850 \(content\/causes\/q850\.yaml\) name/,
    ],
  },
  {
    fixture: 'cause-without-name',
    expect: [
      /content\/causes\/freeswitch\.yaml: causeToSip uses cause 900, which has no Q\.850 or FreeSWITCH name/,
    ],
  },
  {
    fixture: 'cause-unregistered-code',
    expect: [
      /content\/causes\/asterisk\.yaml: pjsip\.causeToSip maps to 499, which is not a registered code/,
    ],
  },
  {
    fixture: 'cause-duplicate-row',
    expect: [/content\/causes\/freeswitch\.yaml: sipToCause has a duplicate row for code 486/],
  },
  {
    fixture: 'cause-name-two-numbers',
    expect: [
      /content\/causes\/asterisk\.yaml: define AST_CAUSE_BUSY stands for two causes: 17 and 18/,
    ],
  },
  {
    fixture: 'cause-bad-commit',
    expect: [/content\/causes\/freeswitch\.yaml/, /commit: must be a full commit id/],
  },
  {
    fixture: 'stack-unknown-source',
    expect: [
      /content\/stacks\/kamailio\.yaml: replies\[0\] \(483 Too Many Hops\): source "kamailo" is not in sources/,
    ],
  },
  {
    fixture: 'proxy-reply-sender',
    expect: [
      /content\/causes\/proxy-replies\.yaml: Kamailio 479 is sent by sl_reply_error\(\), which signatures does not list for Kamailio/,
      /content\/causes\/proxy-replies\.yaml: Kamailio 479: "479 Regretfully, we were not able to process the URI \(479\/SL\)" is signed \/SL, but none of its senders \(kill_transaction, sl_reply_error\) signs so/,
    ],
  },
  {
    fixture: 'proxy-reply-phrase',
    expect: [
      /content\/causes\/proxy-replies\.yaml: Kamailio 477: "477 Sending failed \(477\/TM\)" does not contain the phrase/,
    ],
  },
  {
    fixture: 'alias-two-codes',
    expect: [/content\/codes\/(486|607)\.mdx: alias "spam" already names (486|607)/],
  },
  {
    fixture: 'flow-unknown-participant',
    expect: [/content\/flows\/486\.yaml: message 1 \(INVITE\) goes to unknown participant "carol"/],
  },
  {
    fixture: 'flow-without-own-code',
    expect: [/content\/flows\/486\.yaml: the flow never shows a 486 response/],
  },
  { fixture: 'invalid-mdx', expect: [/486\.mdx/, /div/], command: 'build' },
  {
    fixture: 'example-record-route-direct-flow',
    expect: [
      /content\/codes\/200\.mdx: example carries Record-Route, so requests in the dialog go through the proxy .* but the flow sends ACK from alice to bob directly \(content\/flows\/200\.yaml\)/,
    ],
  },
  {
    fixture: 'example-2xx-without-answer',
    expect: [
      /content\/codes\/200\.mdx: example is a 2xx to INVITE without a body, but the flow has no reliable provisional response \(PRACK\)/,
    ],
  },
  {
    fixture: 'example-method-differs-from-flow',
    expect: [
      /content\/codes\/202\.mdx: example answers SUBSCRIBE, but in the flow the 202 answers REFER/,
    ],
  },
  {
    fixture: 'gist-challenge-as-credentials',
    expect: [
      /content\/codes\/401\.mdx: gist names WWW-Authenticate as where credentials go; .* credentials go in Authorization/,
    ],
  },
  {
    fixture: 'may-row-called-mandatory',
    expect: [
      /content\/codes\/200\.mdx: headers\.7 \(Expires\) is MAY but its note makes it mandatory/,
    ],
  },
  {
    fixture: 'copied-rfc-wording',
    expect: [
      /content\/codes\/400\.mdx: seeAlso\.1\.why shares 12 words with RFC 3261 .*"the request uri is longer than the server is willing to interpret"/,
    ],
    command: 'rfc',
  },
  {
    fixture: 'header-row-section-silent',
    expect: [
      /content\/codes\/305\.mdx: headers\.0 \(Contact, MUST, RFC 3261 section 21\.3\.5\): the cited section never names Contact/,
    ],
    command: 'rfc',
  },
];

let scratch: string;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sip-codes-broken-'));
  const entries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts', 'src', 'public'];
  for (const entry of entries) {
    cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

function runWith(fixture: string, command: 'sync' | 'build' | 'rfc') {
  rmSync(join(scratch, 'content'), { recursive: true, force: true });
  cpSync(join(root, 'content'), join(scratch, 'content'), { recursive: true });
  cpSync(join(fixtures, fixture), join(scratch, 'content'), { recursive: true });
  // Run on this Node (the one npm scripts use), not whatever `node` is first on PATH. The RFC
  // checks run from the project itself, which knows where the RFC texts are, on the scratch content.
  const args =
    command === 'rfc'
      ? [join(root, 'scripts/rfc-checks.ts'), join(scratch, 'content')]
      : [join(scratch, 'node_modules/astro/bin/astro.mjs'), command];
  const result = spawnSync(process.execPath, args, {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('broken content fails the build, naming the file and the problem', () => {
  it('the unbroken content passes, so each failure below is the fixture’s doing', () => {
    const { status, output } = runWith('../content-unchanged-marker', 'sync');
    assert.equal(status, 0, output);
  });

  for (const { fixture, expect, command } of cases) {
    it(fixture, () => {
      const { status, output } = runWith(fixture, command ?? 'sync');
      assert.notEqual(status, 0, `${fixture} was accepted:\n${output}`);
      for (const pattern of expect) assert.match(output, pattern);
    });
  }
});
