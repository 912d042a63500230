import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guidesByCode, validateGuides, type GuideFile } from '../../src/lib/guides.ts';
import { guidePath } from '../../src/lib/paths.ts';
import type { RegistryRow } from '../../src/lib/registry.ts';

const registry = [486, 600, 603].map(
  (code) =>
    ({ code, reason: 'x', statusClass: '4xx', rfc: 'RFC 3261', section: null }) as RegistryRow,
);
const row = (code: number) => ({
  code,
  sender: 'UAS',
  scope: 'This device',
  retry: 'Later',
  forking: 'Continues',
});

function guide(codes: number[], overrides: Partial<GuideFile['data']> = {}): GuideFile {
  return {
    filePath: 'content/guides/busy.mdx',
    data: {
      codes,
      comparison: codes.map(row),
      sendWhen: codes.map((code) => ({ code, when: 'When it applies to the call.' })),
      receiveWhen: codes.map((code) => ({ code, action: 'Do the right thing next.' })),
      ...overrides,
    },
  };
}

describe('validateGuides', () => {
  it('accepts a consistent guide', () => {
    assert.deepEqual(validateGuides([guide([486, 600])], registry), []);
  });

  it('names the file and the problem', () => {
    const problems = (g: GuideFile) => validateGuides([g], registry);
    assert.deepEqual(problems(guide([486, 499])), [
      'content/guides/busy.mdx: 499 is not a registered code',
    ]);
    assert.deepEqual(problems(guide([486, 600], { comparison: [row(600), row(486)] })), [
      'content/guides/busy.mdx: comparison rows must follow codes (486, 600)',
    ]);
    assert.deepEqual(
      problems(
        guide([486, 600], { sendWhen: [{ code: 486, when: 'When it applies to the call.' }] }),
      ),
      ['content/guides/busy.mdx: sendWhen says nothing about 600'],
    );
    assert.deepEqual(
      problems(
        guide([486, 600], {
          receiveWhen: [486, 600, 603].map((code) => ({
            code,
            action: 'Do the right thing next.',
          })),
        }),
      ),
      ['content/guides/busy.mdx: receiveWhen names 603, which codes does not list'],
    );
    assert.ok(
      problems(guide([486, 486])).includes('content/guides/busy.mdx: codes lists a code twice'),
    );
  });
});

describe('guidesByCode', () => {
  it('lists, for each code, the guides that compare it', () => {
    const byCode = guidesByCode([
      { slug: 'busy', title: 'Busy', codes: [486, 600] },
      { slug: 'timeouts', title: 'Timeouts', codes: [486] },
    ]);
    assert.deepEqual(byCode.get(486), [
      { slug: 'busy', title: 'Busy' },
      { slug: 'timeouts', title: 'Timeouts' },
    ]);
    assert.equal(byCode.get(603), undefined);
    assert.equal(guidePath('busy'), '/guides/busy/');
  });
});
