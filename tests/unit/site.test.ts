import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_TITLE, pageTitle, SITE_NAME } from '../../src/lib/site.ts';

describe('pageTitle', () => {
  it('adds the site name to a heading, and is the site name alone on the home page', () => {
    assert.equal(pageTitle('486 Busy Here'), `486 Busy Here · ${SITE_NAME}`);
    assert.equal(pageTitle(), SITE_NAME);
  });

  it('drops the site name, then cuts at a word, to stay within the limit', () => {
    const long = 'Cause 98 Message not compatible with call state or message type non-existent';
    const medium = 'Cause 79 Service or option not implemented, unspecified';
    assert.equal(pageTitle(medium), medium);
    const cut = pageTitle(long);
    assert.ok(cut.length <= MAX_TITLE, cut);
    assert.ok(cut.endsWith('…'));
    assert.ok(long.startsWith(cut.slice(0, -1)), cut);
    assert.doesNotMatch(cut, /[\s,]…$/);
  });
});
