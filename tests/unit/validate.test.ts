import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RegistryRow } from '../../src/lib/registry.ts';
import { validateCodeFiles, type CodeFile } from '../../src/lib/validate.ts';

const registry: RegistryRow[] = [
  { code: 404, reason: 'Not Found', statusClass: '4xx', rfc: 'RFC 3261', section: '21.4.5' },
  { code: 485, reason: 'Ambiguous', statusClass: '4xx', rfc: 'RFC 3261', section: '21.4.23' },
  { code: 607, reason: 'Unwanted', statusClass: '6xx', rfc: 'RFC 8197', section: null },
];

function file(code: number | string, seeAlso: number[], overrides: Partial<CodeFile['data']> = {}) {
  const row = registry.find((entry) => entry.code === Number(code));
  return {
    filePath: typeof code === 'string' ? `content/codes/${code}` : `content/codes/${code}.mdx`,
    data: {
      reason: row?.reason ?? 'Unknown',
      rfc: row?.rfc ?? 'RFC 3261',
      section: row?.section ?? undefined,
      seeAlso: seeAlso.map((other) => ({ code: other, why: 'Differs in some way.' })),
      ...overrides,
    },
  };
}

const valid = () => [file(404, [485]), file(485, [404, 607]), file(607, [485])];

const notFound = [
  'SIP/2.0 404 Not Found',
  'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds',
  'From: Alice <sip:alice@atlanta.example.com>;tag=1928301774',
  'To: Bob <sip:bob@biloxi.example.com>;tag=a6c85cf',
  'Call-ID: a84b4c76e66710@pc33.atlanta.example.com',
  'CSeq: 314159 INVITE',
  'Content-Length: 0',
  '',
].join('\n');

describe('validateCodeFiles', () => {
  it('accepts a consistent set', () => {
    assert.deepEqual(validateCodeFiles(valid(), registry), []);
  });

  it('accepts aliases that each name one code', () => {
    const files = valid();
    files[2] = file(607, [485], { aliases: ['spam', 'robocall'] });
    files[0] = file(404, [485], { aliases: ['no such user'] });
    assert.deepEqual(validateCodeFiles(files, registry), []);
  });

  it('does not ask the example for a header whose MUST holds only under a condition', () => {
    const files = valid();
    files[0] = file(404, [485], {
      headers: [
        {
          name: 'Timestamp',
          requirement: 'MUST',
          when: 'the request carried a Timestamp',
          rfc: 'RFC 3261',
          section: '8.2.6.1',
        },
      ],
      example: notFound,
    });
    assert.deepEqual(validateCodeFiles(files, registry), []);
  });

  it('accepts a gist that calls the header a challenge or names where credentials go', () => {
    const files = valid();
    files[0] = file(404, [485], { gist: 'Resend with credentials in Authorization' });
    files[1] = file(485, [404, 607], {
      gist: 'Answer the WWW-Authenticate challenge with credentials',
    });
    assert.deepEqual(validateCodeFiles(files, registry), []);
  });

  it('accepts a section where the registry has none', () => {
    const files = valid();
    files[2] = file(607, [485], { section: '6' });
    assert.deepEqual(validateCodeFiles(files, registry), []);
  });

  const cases: [string, (files: CodeFile[]) => CodeFile[], string][] = [
    [
      'a file name that is not a code',
      (files) => [...files, file('busy.mdx', [404])],
      'content/codes/busy.mdx: the file name must be a three-digit code from 100 to 699',
    ],
    [
      'a code out of range',
      (files) => [...files, file('700.mdx', [404])],
      'content/codes/700.mdx: the file name must be',
    ],
    [
      'a duplicate code',
      (files) => [...files, { ...file(404, [485]), filePath: 'content/codes/4xx/404.md' }],
      'content/codes/4xx/404.md: code 404 is already defined in content/codes/404.mdx',
    ],
    [
      'a code missing from the registry',
      (files) => [...files, file(499, [404])],
      'content/codes/499.mdx: 499 is not in the IANA registry',
    ],
    [
      'a reason phrase that differs from the registry',
      (files) => [file(404, [485], { reason: 'Not found' }), ...files.slice(1)],
      'content/codes/404.mdx: reason "Not found" differs from the registered phrase "Not Found"',
    ],
    [
      'another defining RFC',
      (files) => [file(404, [485], { rfc: 'RFC 2543' }), ...files.slice(1)],
      'content/codes/404.mdx: rfc "RFC 2543" differs from the registry\'s "RFC 3261"',
    ],
    [
      'another section',
      (files) => [file(404, [485], { section: '21.4.4' }), ...files.slice(1)],
      'content/codes/404.mdx: section "21.4.4" differs from the registry\'s "21.4.5"',
    ],
    [
      'a see-also code without a page',
      (files) => [file(404, [485, 410]), ...files.slice(1)],
      'content/codes/404.mdx: seeAlso 410 has no page',
    ],
    [
      'a see-also link that is not reciprocal',
      (files) => [file(404, [485, 607]), ...files.slice(1)],
      'content/codes/404.mdx: seeAlso 607 is not reciprocal; content/codes/607.mdx must list 404',
    ],
    [
      'a page that links to itself',
      (files) => [file(404, [485, 404]), ...files.slice(1)],
      "content/codes/404.mdx: seeAlso lists the page's own code 404",
    ],
    [
      'the same link twice',
      (files) => [file(404, [485, 485]), ...files.slice(1)],
      'content/codes/404.mdx: seeAlso lists 485 twice',
    ],
    [
      'an alias that already names another code',
      (files) => [
        file(404, [485], { aliases: ['spam'] }),
        files[1]!,
        file(607, [485], { aliases: ['spam', 'robocall'] }),
      ],
      'content/codes/607.mdx: alias "spam" already names 404 (content/codes/404.mdx)',
    ],
    [
      'an alias listed twice',
      (files) => [...files.slice(0, 2), file(607, [485], { aliases: ['spam', 'spam'] })],
      'content/codes/607.mdx: alias "spam" is listed twice',
    ],
    [
      'an alias that is the reason phrase',
      (files) => [...files.slice(0, 2), file(607, [485], { aliases: ['unwanted'] })],
      'content/codes/607.mdx: alias "unwanted" is the reason phrase itself',
    ],
    [
      'a gist that puts credentials in the challenge header',
      (files) => [
        file(404, [485], { gist: 'Resend with WWW-Authenticate credentials' }),
        ...files.slice(1),
      ],
      'content/codes/404.mdx: gist names WWW-Authenticate as where credentials go',
    ],
    [
      'a MAY row whose note makes the header mandatory',
      (files) => [
        file(404, [485], {
          headers: [
            {
              name: 'Expires',
              requirement: 'MAY',
              rfc: 'RFC 6665',
              section: '3.1.1',
              note: 'Mandatory in a 2xx to SUBSCRIBE.',
            },
          ],
        }),
        ...files.slice(1),
      ],
      'content/codes/404.mdx: headers.0 (Expires) is MAY but its note makes it mandatory',
    ],
    [
      'an example without a header the page says it must carry',
      (files) => [
        file(404, [485], {
          headers: [
            { name: 'Retry-After', requirement: 'MUST', rfc: 'RFC 3261', section: '21.4.5' },
          ],
          example: notFound,
        }),
        ...files.slice(1),
      ],
      'content/codes/404.mdx: example lacks the Retry-After header field',
    ],
    [
      'a registered code without a page',
      (files) => files.filter((entry) => !entry.filePath.endsWith('607.mdx')),
      'content/codes/607.mdx: registered code 607 has no page',
    ],
  ];

  for (const [name, breakIt, expected] of cases) {
    it(`rejects ${name}, naming the file`, () => {
      const problems = validateCodeFiles(breakIt(valid()), registry);
      assert.ok(
        problems.some((problem) => problem.startsWith(expected)),
        `expected a problem starting with:\n  ${expected}\ngot:\n  ${problems.join('\n  ')}`,
      );
    });
  }
});
