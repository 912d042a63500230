// Every link on every built page goes somewhere: internal paths and #fragments resolve, and
// external links point only at the documented specification hosts. Checked for the site at the
// root of its host (dist/) and for the same site published under a path (dist-sip/).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllowedExternal } from '../../src/lib/external-links.ts';
import { crawl } from './crawl.ts';
import { loadSite, site, underPathDir } from './site.ts';

describe('links in dist/', () => {
  const { broken, checked, exists, idsByPath } = crawl(site);

  it(`every link on all ${site.htmlPages.length} pages resolves`, () => {
    assert.deepEqual(broken, []);
    assert.ok(checked > 10_000, `only ${checked} links checked`);
  });

  it('the checker itself catches a broken path, fragment and host', () => {
    assert.ok(!exists('/no-such-page/'));
    assert.ok(exists('/486/'));
    assert.ok(!idsByPath.get('/486/')!.has('no-such-section'));
    assert.ok(!isAllowedExternal(new URL('https://cdn.example.com/x.js')));
    assert.ok(!isAllowedExternal(new URL('http://www.rfc-editor.org/rfc/rfc3261.html')));
  });
});

describe('links in dist-sip/ (the site built under /sip/)', () => {
  const underPath = loadSite(underPathDir, 'npm run build:under-path');
  const { broken, checked, exists } = crawl(underPath);

  it('is built under /sip/', () => {
    assert.equal(underPath.base, '/sip/');
    assert.equal(underPath.htmlPages.length, site.htmlPages.length);
  });

  it(`every link on all ${underPath.htmlPages.length} pages stays under /sip/ and resolves`, () => {
    assert.deepEqual(broken, []);
    assert.ok(checked > 10_000, `only ${checked} links checked`);
  });

  it('the checker itself rejects an address outside the path', () => {
    assert.ok(exists('/sip/486/'));
    assert.ok(!exists('/486/'));
  });
});
