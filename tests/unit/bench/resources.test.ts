import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindOf, tally, tallyByKind, typeOf, type Resource } from '../../../bench/lib/resources.ts';

describe('typeOf', () => {
  it("maps the browser's resource types onto the page weight columns", () => {
    assert.equal(typeOf('document'), 'document');
    assert.equal(typeOf('stylesheet'), 'css');
    assert.equal(typeOf('script'), 'js');
    assert.equal(typeOf('font'), 'font');
    assert.equal(typeOf('image'), 'image');
    assert.equal(typeOf('fetch'), 'other');
    assert.equal(typeOf('manifest'), 'other');
  });
});

describe('kindOf', () => {
  it("sorts Pagefind's files by what they are for", () => {
    assert.equal(kindOf('/pagefind/pagefind-component-ui.js', 'script'), 'js');
    assert.equal(kindOf('/pagefind/pagefind.js', 'script'), 'js');
    assert.equal(kindOf('/pagefind/pagefind-component-ui.css', 'stylesheet'), 'css');
    assert.equal(kindOf('/pagefind/wasm.en.pagefind', 'fetch'), 'wasm');
    assert.equal(kindOf('/pagefind/pagefind-entry.json', 'fetch'), 'index');
    assert.equal(kindOf('/pagefind/pagefind.en_5d431ecca6.pf_meta', 'fetch'), 'index');
    assert.equal(kindOf('/pagefind/index/en_459ca0a.pf_index', 'fetch'), 'index');
    assert.equal(kindOf('/pagefind/fragment/en_b865cf6.pf_fragment', 'fetch'), 'index');
    assert.equal(kindOf('/pagefind/filter/en_2b9caeb.pf_filter', 'fetch'), 'index');
  });

  it('finds Pagefind under a base path', () => {
    assert.equal(kindOf('/docs/sip/pagefind/index/en_1.pf_index', 'fetch'), 'index');
  });

  it("counts JSON from outside Pagefind's folder as answer data", () => {
    assert.equal(kindOf('/answers.json', 'fetch'), 'answers');
    assert.equal(kindOf('/causes.json', 'fetch'), 'answers');
  });

  it("sorts the site's own scripts, styles, WebAssembly and the rest", () => {
    assert.equal(kindOf('/_astro/search-box.CWfSJNZI.js', 'script'), 'js');
    assert.equal(kindOf('/_astro/answers.BXc1.mjs', 'fetch'), 'js');
    assert.equal(kindOf('/_astro/search.css', 'stylesheet'), 'css');
    assert.equal(kindOf('/_astro/trace.wasm', 'fetch'), 'wasm');
    assert.equal(kindOf('/favicon.svg', 'other'), 'other');
    assert.equal(kindOf('/486/', 'document'), 'other');
  });
});

const resource = (type: Resource['type'], raw: number, gzip: number): Resource => ({
  url: '/x',
  type,
  raw,
  gzip,
  wire: gzip,
});

describe('tally', () => {
  it('adds up the total and each type, listing every type', () => {
    const { total, byType } = tally([
      resource('document', 28_000, 8_000),
      resource('js', 1_300, 600),
      resource('js', 1_700, 700),
    ]);
    assert.deepEqual(total, { requests: 3, raw: 31_000, gzip: 9_300, wire: 9_300 });
    assert.deepEqual(byType.js, { requests: 2, raw: 3_000, gzip: 1_300, wire: 1_300 });
    assert.deepEqual(byType.font, { requests: 0, raw: 0, gzip: 0, wire: 0 });
    assert.deepEqual(Object.keys(byType), ['document', 'css', 'js', 'font', 'image', 'other']);
  });
});

describe('tallyByKind', () => {
  it('adds up the total and each kind', () => {
    const file = (kind: 'js' | 'wasm', gzip: number) => ({
      ...resource('other', gzip, gzip),
      kind,
    });
    const { total, byKind } = tallyByKind([
      file('js', 40_500),
      file('js', 13_400),
      file('wasm', 59_800),
    ]);
    assert.equal(total.gzip, 113_700);
    assert.equal(byKind.js.requests, 2);
    assert.equal(byKind.wasm.gzip, 59_800);
    assert.equal(byKind.answers.requests, 0);
  });
});
