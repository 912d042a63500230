// @ts-check
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { rename, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { normalizeBase, withBase, withoutBase } from './src/lib/paths.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownBasePath } from './src/lib/markdown-base-path.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offlineCopy } from './src/integrations/offline-copy.ts';

// The one setting for where the site is published. Canonical links, Open Graph, OpenSearch and
// the sitemap need the absolute address; its path is the base every internal address starts
// with (https://example.org/sip/ → /sip/486/). Set SITE_URL when building for a real host.
const siteUrl = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321/');
const base = normalizeBase(siteUrl.pathname);
const site = new URL(base, siteUrl).href;

/** Codes with a page of their own; every other /NNN/ page only says the code is unregistered. */
const registeredCodes = new Set(
  readdirSync(new URL('./content/codes/', import.meta.url), { recursive: true })
    .map((name) => /(\d{3})\.mdx?$/.exec(String(name))?.[1])
    .filter(Boolean),
);

/** Unregistered codes that proxies send themselves: their pages say who and when. */
const proxyCodes = new Set(
  /** @type {{ replies: { code: number }[] }} */ (
    parseYaml(readFileSync(new URL('./content/causes/proxy-replies.yaml', import.meta.url), 'utf8'))
  ).replies.map((reply) => String(reply.code)),
);

/** @param {string} page */
function inSitemap(page) {
  const path = withoutBase(base, new URL(page).pathname) ?? '';
  if (path === '/unregistered/') return false;
  const code = /^\/(\d{3})\/$/.exec(path)?.[1];
  return code === undefined || registeredCodes.has(code) || proxyCodes.has(code);
}

/**
 * SITE_URL is the only place the base is set: Astro's own `--base` flag would move the pages
 * but not the canonical addresses, the sitemap or the links in content. Refuse it, and say
 * what to do instead.
 */
const oneBase = {
  name: 'one-base',
  hooks: {
    /** @param {{ config: { base: string } }} options */
    'astro:config:done': ({ config }) => {
      const asked = normalizeBase(config.base);
      if (asked !== base) {
        throw new Error(
          `The base comes from SITE_URL (now ${site}): to publish under ${asked}, build with ` +
            `SITE_URL=https://your.host${asked} instead of --base.`,
        );
      }
    },
  },
};

/**
 * Astro reserves the route /404 for the error page, but /404/ here is the page for status
 * code 404. The error page is built at /not-found/ and moved to the 404.html that static hosts
 * (and `astro preview`) serve for unknown paths.
 */
const notFoundPage = {
  name: 'not-found-page',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      await rename(new URL('not-found/index.html', dir), new URL('404.html', dir));
      await rm(new URL('not-found/', dir), { recursive: true });
    },
  },
};

/**
 * Names, at the end of the build log, the address the site was built for and where it went: a
 * build for the wrong SITE_URL looks like any other until its links are followed.
 */
const builtFor = {
  name: 'site',
  hooks: {
    /** @param {{ dir: URL; logger: { info(message: string): void } }} options */
    'astro:build:done': ({ dir, logger }) => {
      const into = relative(process.cwd(), fileURLToPath(dir)) || '.';
      logger.info(`Built for ${site} (SITE_URL) into ${into}/`);
    },
  },
};

// Pages are built as /486/index.html ("always" also keeps /404/ and /500/ ordinary pages).
// `astro preview` answers /486 with a 404 under "always"; under "ignore" it serves the same
// file, as most static hosts do, so links pasted without the slash still work.
const previewing = process.argv.includes('preview');

export default defineConfig({
  site,
  base,
  trailingSlash: previewing ? 'ignore' : 'always',
  // Styles are inlined: one request fewer per page, and the first paint is already styled (the
  // policy below hashes them).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro's HTML compression drops the line break between a word and a following link
  // ("such as<a>"); gzip makes the saving moot anyway.
  compressHTML: false,
  // Nothing here needs Shiki (wire examples are plain text), and its inline styles would break
  // the policy below.
  markdown: {
    syntaxHighlight: false,
    // Links in content name pages by their site-relative address; this adds the base.
    processor: satteri({ mdastPlugins: [markdownBasePath(base)] }),
  },
  // The line per generated page (600 of them) is left out of the build log.
  logger: { entrypoint: './src/integrations/build-log.mjs' },
  integrations: [
    oneBase,
    mdx(),
    sitemap({
      filter: inSitemap,
      // The integration leaves out /404/ and /500/, taking them for error pages; here they are
      // the pages for status codes 404 and 500.
      customPages: ['/404/', '/500/'].map((path) => new URL(withBase(base, path), site).href),
    }),
    notFoundPage,
    // In this order: the index is built from the finished pages, the offline copy lists both.
    searchIndex(),
    offlineCopy(),
    builtFor,
  ],
  // `npm run preview` takes its host and port from here, not from flags, so that
  // `npm run preview -- --port 4400` sets the port once (a repeated --port is not read as a port).
  server: { host: '127.0.0.1', port: 4321 },
  // A strict policy in a <meta> tag on every page; Astro adds the hashes of what it inlines.
  // Pagefind needs 'wasm-unsafe-eval' for its WebAssembly; it searches on the main thread, so no
  // worker comes from a blob: address.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The live search is bundled like a worker, as one ES module (src/scripts/search/boot.ts).
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Every MDX file trips this warning about Astro's own "use astro:head-inject" marker;
        // it is harmless, and a build log of 150 copies of it hides anything that is not.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
        output: {
          // The header's search script shares its helpers with the search and explain pages;
          // left alone, the bundler would split them into one small file per combination of
          // pages, and every page would pay a request for each. One shared file instead.
          codeSplitting: {
            groups: [
              {
                name: 'site',
                test: /src[\\/](lib[\\/]paths|scripts[\\/](templates|pagefind-ui))\.ts$/,
              },
            ],
          },
        },
      },
    },
  },
});
