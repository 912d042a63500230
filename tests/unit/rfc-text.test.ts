import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexRfcPhrases, sharedRuns } from '../../src/lib/copied-wording.ts';
import { checkHeaderCitations } from '../../src/lib/header-citations.ts';
import { sectionText, withoutPageBreaks, wordsOf } from '../../src/lib/rfc-text.ts';

/** A small RFC in the published layout: a table of contents, a page break, nested sections. */
const rfc = [
  'Table of Contents',
  '',
  '   21.4.18    480 Temporarily Unavailable ..........  188',
  '',
  '21.4 Request Failure 4xx',
  '',
  '   Intro text of the class.',
  '',
  '21.4.18 480 Temporarily Unavailable',
  '',
  '   The response MAY indicate a better time to call in the Retry-After',
  '   header field.  The reason phrase SHOULD indicate a more precise',
  '',
  'Rosenberg, et. al.          Standards Track                   [Page 188]',
  '\f',
  'RFC 3261            SIP: Session Initiation Protocol           June 2002',
  '',
  '   cause as to why the callee is unavailable.',
  '',
  '21.4.18.1 A made-up subsection',
  '',
  '   Its Contact header field MUST list every binding.',
  '',
  '21.4.19 481 Call/Transaction Does Not Exist',
  '',
  '   Something else entirely.',
  '',
  '20 Header Fields',
  '',
  '      Header field          where   proxy ACK BYE CAN INV OPT REG',
  '      Allow                  405           -   m   m   m   m   m',
  '      Accept                 2xx           -   -   -   o   m*  o',
  '',
].join('\n');

describe('rfc-text', () => {
  it('removes page footers and running headers so sentences read across pages', () => {
    const text = withoutPageBreaks(rfc);
    assert.doesNotMatch(text, /\[Page 188\]|June 2002/);
    assert.match(text, /precise\n\n\s+cause as to why/);
  });

  it('finds a section with its subsections, never a table-of-contents line', () => {
    const section = sectionText(rfc, '21.4.18')!;
    assert.match(section, /^21\.4\.18 480/);
    assert.match(section, /MUST list every binding/);
    assert.doesNotMatch(section, /Something else/);
    assert.equal(sectionText(rfc, '21.4.99'), null);
    assert.equal(sectionText(rfc, '21.4.1'), null, '21.4.1 is not a prefix match for 21.4.18');
  });

  it('reads XML-rendered headings with a trailing dot', () => {
    const text = '4.2.2. INFO Request Receiver\n\n   Body.\n\n4.2.3. Next\n';
    assert.equal(sectionText(text, '4.2.2'), '4.2.2. INFO Request Receiver\n\n   Body.\n');
  });

  it('compares words without case, punctuation, hyphens or line breaks', () => {
    assert.deepEqual(wordsOf('Non-\n   INVITE, the "UAS\'s" Call-ID!'), [
      'non',
      'invite',
      'the',
      'uass',
      'call',
      'id',
    ]);
    assert.deepEqual(wordsOf(' -- '), []);
  });
});

describe('sharedRuns', () => {
  const index = indexRfcPhrases([{ name: 'RFC 3261', text: rfc }]);

  it('finds a run of ten words copied across a page break, whatever the case and punctuation', () => {
    const copied =
      'Note: the Reason-Phrase SHOULD indicate a more precise cause, as to why the callee is unavailable!';
    const [run] = sharedRuns(copied, index);
    assert.equal(run!.rfc, 'RFC 3261');
    assert.equal(
      run!.words,
      'the reason phrase should indicate a more precise cause as to why the callee is unavailable',
    );
  });

  it('lets nine shared words pass', () => {
    assert.deepEqual(
      sharedRuns('the reason phrase should indicate a more precise cause; here ends it', index),
      [],
    );
    assert.deepEqual(sharedRuns('', index), []);
  });

  it('reports separate runs separately, longest first', () => {
    const text =
      'intro text of the class. The response may indicate a better time to call in the Retry-After header. ' +
      'Then: the reason phrase should indicate a more precise cause as to why.';
    assert.deepEqual(
      sharedRuns(text, index).map(({ words }) => words.split(' ').length),
      [14, 12],
    );
  });
});

describe('checkHeaderCitations', () => {
  const texts = (name: string) => (name === 'RFC 3261' ? rfc : undefined);
  const row = (name: string, requirement: 'MUST' | 'SHOULD' | 'MAY', section: string) => ({
    name,
    requirement,
    rfc: 'RFC 3261',
    section,
  });

  it('accepts rows whose section names the header with a keyword as strong', () => {
    const rows = [
      row('Retry-After', 'MAY', '21.4.18'),
      row('Contact', 'MUST', '21.4.18'),
      row('Contact', 'SHOULD', '21.4.18'),
      { ...row('Min-SE', 'MUST', '6'), rfc: 'RFC 4028' },
    ];
    assert.deepEqual(checkHeaderCitations('content/codes/480.mdx', rows, texts), []);
  });

  it('accepts a MUST that a header table marks mandatory for this code or class', () => {
    assert.deepEqual(
      checkHeaderCitations('content/codes/405.mdx', [row('Allow', 'MUST', '20')], texts),
      [],
    );
    assert.match(
      checkHeaderCitations('content/codes/200.mdx', [row('Allow', 'MUST', '20')], texts)[0]!,
      /says MUST or stronger/,
    );
  });

  it('rejects a missing section, a section that never names the header, and a weaker keyword', () => {
    const problems = checkHeaderCitations(
      'content/codes/480.mdx',
      [
        row('Contact', 'MUST', '21.4.99'),
        row('Min-Expires', 'MUST', '21.4.18'),
        row('Retry-After', 'MUST', '21.4.18'),
      ],
      texts,
    );
    assert.deepEqual(problems, [
      'content/codes/480.mdx: headers.0 (Contact, MUST, RFC 3261 section 21.4.99): RFC 3261 has no section 21.4.99',
      'content/codes/480.mdx: headers.1 (Min-Expires, MUST, RFC 3261 section 21.4.18): the cited section never names Min-Expires',
      'content/codes/480.mdx: headers.2 (Retry-After, MUST, RFC 3261 section 21.4.18): no paragraph of the cited section that names Retry-After says MUST or stronger',
    ]);
  });
});
