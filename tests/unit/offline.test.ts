import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addressOf,
  buildId,
  isNoindexPage,
  offlineFiles,
  offlineManifest,
  pagefindLanguages,
  serviceWorkerScript,
  workerSettings,
  type BuiltFile,
} from '../../src/lib/offline.ts';

const file = (path: string, text = path): BuiltFile => ({
  path,
  content: new TextEncoder().encode(text),
});
const page = (path: string, noindex = false) =>
  file(
    path,
    `<!doctype html><head>${noindex ? '<meta name="robots" content="noindex">' : ''}</head>`,
  );

const build = [
  page('index.html'),
  page('486/index.html'),
  page('499/index.html', true),
  page('4xx/index.html'),
  page('guides/busy-and-rejection/index.html'),
  page('causes/17/index.html'),
  page('search/index.html'),
  page('unregistered/index.html', true),
  page('404.html', true),
  file('_astro/SearchBox.abc123.js'),
  file('favicon.svg'),
  file('codes.json'),
  file('robots.txt'),
  file('opensearch.xml'),
  file('sitemap-index.xml'),
  file('sitemap-0.xml'),
  file('sw.js'),
  file('pagefind/pagefind.js'),
  file('pagefind/pagefind-entry.json'),
  file('pagefind/pagefind-component-ui.js'),
  file('pagefind/pagefind-component-ui.css'),
  file('pagefind/pagefind-ui.js'),
  file('pagefind/pagefind-ui.css'),
  file('pagefind/pagefind-modular-ui.js'),
  file('pagefind/pagefind-highlight.js'),
  file('pagefind/pagefind-worker.js'),
  file('pagefind/wasm.en.pagefind'),
  file('pagefind/wasm.unknown.pagefind'),
  file('pagefind/index/en_1a2b.pf_index'),
  file('pagefind/fragment/en_3c4d.pf_fragment'),
  file('pagefind/filter/en_5e6f.pf_filter'),
];

describe('offlineFiles', () => {
  const kept = offlineFiles(build, ['en']).map(({ path }) => path);

  it('keeps every page a reader can open, whatever its type', () => {
    for (const path of [
      'index.html',
      '486/index.html',
      '4xx/index.html',
      'guides/busy-and-rejection/index.html',
      'causes/17/index.html',
      'search/index.html',
    ]) {
      assert.ok(kept.includes(path), path);
    }
  });

  it('leaves out noindex pages, except the two generic fallbacks', () => {
    assert.ok(!kept.includes('499/index.html'));
    assert.ok(kept.includes('unregistered/index.html'));
    assert.ok(kept.includes('404.html'));
  });

  it("keeps the search and its index, without Pagefind's unused UIs, worker or languages", () => {
    for (const path of [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/index/en_1a2b.pf_index',
      'pagefind/fragment/en_3c4d.pf_fragment',
      'pagefind/filter/en_5e6f.pf_filter',
    ]) {
      assert.ok(kept.includes(path), path);
    }
    for (const path of [
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-component-ui.css',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-modular-ui.js',
      'pagefind/pagefind-highlight.js',
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.unknown.pagefind',
    ]) {
      assert.ok(!kept.includes(path), path);
    }
  });

  it('keeps scripts and data, not what only crawlers and browsers read', () => {
    assert.ok(kept.includes('_astro/SearchBox.abc123.js'));
    assert.ok(kept.includes('favicon.svg'));
    assert.ok(kept.includes('codes.json'));
    for (const path of [
      'robots.txt',
      'opensearch.xml',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'sw.js',
    ]) {
      assert.ok(!kept.includes(path), path);
    }
  });
});

describe('buildId', () => {
  it('changes when any kept file changes, and only then', () => {
    const one = buildId([file('a.html', 'x'), file('b.html', 'y')]);
    assert.equal(buildId([file('b.html', 'y'), file('a.html', 'x')]), one);
    assert.notEqual(buildId([file('a.html', 'x'), file('b.html', 'z')]), one);
    assert.notEqual(buildId([file('a.html', 'x')]), one);
    assert.match(one, /^[0-9a-f]{16}$/);
  });
});

describe('the manifest and worker script', () => {
  it('lists site-relative addresses and what they weigh, kept and fetched', () => {
    const kept = offlineFiles(build, ['en']);
    const manifest = offlineManifest(kept);
    assert.ok(manifest.files.includes('/'));
    assert.ok(manifest.files.includes('/486/'));
    assert.ok(manifest.files.includes('/404.html'));
    assert.ok(!manifest.files.includes('/offline.json'));
    assert.equal(manifest.build, buildId(kept));
    const bytes = kept.reduce((sum, { content }) => sum + content.byteLength, 0);
    assert.equal(manifest.bytes, bytes);
    assert.ok(manifest.transferBytes > 0);
  });

  it('gives the worker only its settings: the list waits until the reader asks', () => {
    const settings = workerSettings('0123456789abcdef', '/sip/');
    assert.deepEqual(settings, {
      build: '0123456789abcdef',
      base: '/sip/',
      fallbacks: {
        unregisteredCode: '/unregistered/',
        notFound: '/404.html',
        notKept: '/offline/',
      },
      manifest: '/offline.json',
    });
    const script = serviceWorkerScript(settings, '/* worker */');
    assert.ok(script.startsWith(`self.OFFLINE = ${JSON.stringify(settings)};`));
    assert.ok(script.endsWith('/* worker */'));
  });

  it('reads addresses and languages from the build', () => {
    assert.equal(addressOf('index.html'), '/');
    assert.equal(addressOf('486/index.html'), '/486/');
    assert.equal(addressOf('404.html'), '/404.html');
    assert.equal(addressOf('_astro/a.js'), '/_astro/a.js');
    assert.deepEqual(
      pagefindLanguages(
        '{"version":"1.6.0","languages":{"en":{"hash":"x","wasm":"en","page_count":90}}}',
      ),
      ['en'],
    );
    assert.ok(isNoindexPage('<meta name="robots" content="noindex" />'));
    assert.ok(!isNoindexPage('<meta name="description" content="noindex here" />'));
  });
});
