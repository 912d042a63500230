import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  classOf,
  codeFromFileName,
  isClassId,
  treatedAs,
  unregisteredCodes,
  rfcLabel,
  rfcUrl,
} from '../../src/lib/codes.ts';
import { codePath } from '../../src/lib/paths.ts';

describe('classOf', () => {
  it('takes the class from the first digit', () => {
    assert.equal(classOf(100), '1xx');
    assert.equal(classOf(486), '4xx');
    assert.equal(classOf(699), '6xx');
  });
  it('rejects numbers that are not status codes', () => {
    for (const bad of [99, 700, 486.5, Number.NaN]) assert.throws(() => classOf(bad), RangeError);
  });
});

describe('isClassId', () => {
  it('accepts only the six classes', () => {
    assert.ok(isClassId('4xx'));
    assert.ok(!isClassId('7xx'));
    assert.ok(!isClassId('4XX'));
  });
});

describe('codeFromFileName', () => {
  it('reads the code from the file name, in or below the folder', () => {
    assert.equal(codeFromFileName('486.mdx'), 486);
    assert.equal(codeFromFileName('content/codes/4xx/486.md'), 486);
  });
  it('rejects names that are not a code from 100 to 699', () => {
    for (const bad of ['48.mdx', '4860.mdx', '099.mdx', '700.mdx', 'busy.mdx', '486.txt', '486']) {
      assert.equal(codeFromFileName(bad), null, bad);
    }
  });
});

describe('links', () => {
  it('builds the page path', () => assert.equal(codePath(486), '/486/'));
  it('links an RFC section on the RFC Editor site', () => {
    assert.equal(
      rfcUrl('RFC 3261', '21.4.24'),
      'https://www.rfc-editor.org/rfc/rfc3261.html#section-21.4.24',
    );
    assert.equal(rfcUrl('RFC 8197'), 'https://www.rfc-editor.org/rfc/rfc8197.html');
    assert.throws(() => rfcUrl('draft-foo'));
  });
  it('labels the section', () => {
    assert.equal(rfcLabel('RFC 3261', '21.4.24'), 'RFC 3261 §21.4.24');
    assert.equal(rfcLabel('RFC 8197', undefined), 'RFC 8197');
  });
});

describe('unregisteredCodes', () => {
  it('lists every code from 100 to 699 without a registration', () => {
    const free = unregisteredCodes([100, 486, 699]);
    assert.equal(free.length, 597);
    assert.equal(free[0], 101);
    assert.ok(!free.includes(486));
    assert.equal(free.at(-1), 698);
  });
});

describe('treatedAs (RFC 3261 §8.1.3.2)', () => {
  it('treats an unknown provisional code as 183 and a final one as its x00', () => {
    assert.equal(treatedAs(150), 183);
    assert.equal(treatedAs(199), 183);
    assert.equal(treatedAs(299), 200);
    assert.equal(treatedAs(499), 400);
    assert.equal(treatedAs(699), 600);
  });
  it('rejects numbers outside the status code range', () => {
    assert.throws(() => treatedAs(700), RangeError);
  });
});
