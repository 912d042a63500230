import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  BASE_PATH,
  codePath,
  normalizeBase,
  routes,
  siteUrl,
  withBase,
  withoutBase,
} from '../../src/lib/paths.ts';
import { contentLink, markdownBasePath } from '../../src/lib/markdown-base-path.ts';
import { openSearchDescription } from '../../src/lib/opensearch.ts';

describe('normalizeBase', () => {
  it('gives one slash at each end, whatever SITE_URL had', () => {
    assert.equal(normalizeBase('/'), '/');
    assert.equal(normalizeBase(''), '/');
    assert.equal(normalizeBase('/sip'), '/sip/');
    assert.equal(normalizeBase('sip/'), '/sip/');
    assert.equal(normalizeBase('//tools/sip//'), '/tools/sip/');
  });
});

describe('withBase', () => {
  it('puts a site-relative path under the base', () => {
    assert.equal(withBase('/', '/486/'), '/486/');
    assert.equal(withBase('/sip/', '/486/'), '/sip/486/');
    assert.equal(withBase('/tools/sip', '/'), '/tools/sip/');
    assert.equal(withBase('/sip/', '/pagefind/'), '/sip/pagefind/');
  });

  it('refuses anything but a site-relative path', () => {
    assert.throws(() => withBase('/sip/', '486/'), /not a site-relative path/);
    assert.throws(() => withBase('/sip/', 'https://example.org/'), /not a site-relative path/);
    assert.throws(() => withBase('/sip/', '//example.org/'), /not a site-relative path/);
  });
});

describe('withoutBase', () => {
  it('is the inverse of withBase, and null outside the base', () => {
    assert.equal(withoutBase('/sip/', '/sip/486/'), '/486/');
    assert.equal(withoutBase('/sip/', '/sip/'), '/');
    assert.equal(withoutBase('/sip/', '/sip'), '/');
    assert.equal(withoutBase('/', '/486/'), '/486/');
    assert.equal(withoutBase('/sip/', '/486/'), null);
    assert.equal(withoutBase('/sip/', '/sipx/486/'), null);
  });
});

describe('the module outside Astro', () => {
  it('uses the root as base, and routes stay site-relative', () => {
    assert.equal(BASE_PATH, '/');
    assert.equal(codePath(486), '/486/');
    assert.equal(routes.code(486), '/486/');
    assert.equal(routes.cause(17), '/causes/17/');
    assert.equal(siteUrl('/486/', 'https://example.org/'), 'https://example.org/486/');
  });
});

describe('links in content', () => {
  it('gain the base when site-relative, and only then', () => {
    assert.equal(contentLink('/600/', '/sip/'), '/sip/600/');
    assert.equal(contentLink('/600/#next', '/sip/'), '/sip/600/#next');
    assert.equal(contentLink('#next', '/sip/'), '#next');
    assert.equal(
      contentLink('https://www.rfc-editor.org/', '/sip/'),
      'https://www.rfc-editor.org/',
    );
    assert.equal(contentLink('//example.org/x', '/sip/'), '//example.org/x');
    assert.equal(contentLink('/600/', '/'), '/600/');
  });

  it('are rewritten through the processor context, JSX attributes included', () => {
    const plugin = markdownBasePath('/sip/');
    const changes: unknown[][] = [];
    const context = {
      setProperty: (node: unknown, key: string, value: unknown) => changes.push([node, key, value]),
      replaceNode: (node: unknown, replacement: unknown) => changes.push([node, replacement]),
    };
    const link = { url: '/600/' };
    const external = { url: 'https://example.org/' };
    plugin.link(link, context);
    plugin.link(external, context);
    const jsx = {
      type: 'mdxJsxTextElement',
      name: 'a',
      children: [{ type: 'text', value: '486' }],
      attributes: [
        { type: 'mdxJsxAttribute', name: 'href', value: '/486/' },
        { type: 'mdxJsxAttribute', name: 'class', value: '/not-a-link' },
      ],
    };
    plugin.mdxJsxTextElement(jsx, context);
    assert.deepEqual(changes, [
      [link, 'url', '/sip/600/'],
      [
        jsx,
        {
          type: 'mdxJsxTextElement',
          name: 'a',
          attributes: [
            { type: 'mdxJsxAttribute', name: 'href', value: '/sip/486/' },
            { type: 'mdxJsxAttribute', name: 'class', value: '/not-a-link' },
          ],
          children: [{ type: 'text', value: '486' }],
        },
      ],
    ]);
  });
});

describe('openSearchDescription under a path', () => {
  it('points at the search page and icon under the path', () => {
    const xml = openSearchDescription(new URL('https://example.org/sip/'));
    assert.match(xml, /template="https:\/\/example\.org\/sip\/search\/\?q=\{searchTerms\}"/);
    assert.match(xml, /https:\/\/example\.org\/sip\/favicon\.svg/);
  });
});

describe('internal addresses in source files', () => {
  // A root-absolute address written by hand breaks every copy published under a path; the
  // helpers in src/lib/paths.ts add the base.
  const HAND_WRITTEN = /\b(?:href|src|action)=(?:"\/(?!\/)|\{`\/(?!\/))/;
  const sources = readdirSync(new URL('../../src/', import.meta.url), { recursive: true })
    .map(String)
    .filter((name) => /\.(astro|ts|tsx|mdx?)$/.test(name));

  it('go through the path helpers, never written root-absolute', () => {
    const offenders = sources.flatMap((name) =>
      readFileSync(new URL(`../../src/${name}`, import.meta.url), 'utf8')
        .split('\n')
        .map((line, index) => [index + 1, line] as const)
        .filter(([, line]) => HAND_WRITTEN.test(line) && !line.trim().startsWith('//'))
        .map(([number, line]) => `src/${name}:${number}: ${line.trim()}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('the check catches one', () => {
    assert.ok(HAND_WRITTEN.test('<a href="/guides/">Guides</a>'));
    assert.ok(HAND_WRITTEN.test('<a href={`/${id}/`}>'));
    assert.ok(!HAND_WRITTEN.test('<a href={classPath(id)}>'));
    assert.ok(!HAND_WRITTEN.test('<a href="#main">'));
  });
});
