// Every link on every built page goes somewhere: internal paths and #fragments resolve, and
// external links point only at the documented specification hosts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { isAllowedExternal } from '../../src/lib/external-links.ts';
import { dist, htmlPages, read } from './site.ts';

/** The site's own origin, as the build wrote it into canonical links. */
const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(read(new URL('index.html', dist)))![1]!)
  .origin;

/** The ids on each page, read once. */
const idsByPath = new Map<string, Set<string>>();
const linksByPath = new Map<string, string[]>();
for (const [path, file] of htmlPages) {
  const ids = new Set<string>();
  const links: string[] = [];
  for (const element of DomUtils.findAll(() => true, parseDocument(read(file)).children)) {
    const { id, href } = element.attribs;
    if (id) ids.add(id);
    if ((element.name === 'a' || element.name === 'link') && href !== undefined) links.push(href);
  }
  idsByPath.set(path, ids);
  linksByPath.set(path, links);
}

function existsInDist(pathname: string): boolean {
  const relative = decodeURIComponent(pathname).replace(/^\//, '');
  if (relative === '' || relative.endsWith('/')) return existsSync(new URL(`${relative}index.html`, dist));
  return existsSync(new URL(relative, dist));
}

describe('links in dist/', () => {
  it(`every link on all ${htmlPages.length} pages resolves`, () => {
    const broken: string[] = [];
    let checked = 0;
    for (const [path, links] of linksByPath) {
      for (const href of links) {
        checked += 1;
        const url = new URL(href, new URL(path, origin));
        if (url.origin !== origin) {
          if (!isAllowedExternal(url)) broken.push(`${path}: external link to ${url.href} is not allowed`);
          continue;
        }
        if (!existsInDist(url.pathname)) {
          broken.push(`${path}: ${href} has no file in dist/`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !idsByPath.get(url.pathname)?.has(fragment)) {
          broken.push(`${path}: ${href} names #${fragment}, which ${url.pathname} does not have`);
        }
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(checked > 10_000, `only ${checked} links checked`);
  });

  it('the checker itself catches a broken path, fragment and host', () => {
    assert.ok(!existsInDist('/no-such-page/'));
    assert.ok(existsInDist('/486/'));
    assert.ok(!idsByPath.get('/486/')!.has('no-such-section'));
    assert.ok(!isAllowedExternal(new URL('https://cdn.example.com/x.js')));
    assert.ok(!isAllowedExternal(new URL('http://www.rfc-editor.org/rfc/rfc3261.html')));
  });
});
