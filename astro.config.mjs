// @ts-check
import { rename, rm } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Canonical links and sitemap entries need an absolute origin; set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

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

export default defineConfig({
  site,
  // Directory pages with a trailing slash: this also keeps /404/ and /500/ ordinary code pages.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), notFoundPage],
  server: { host: '127.0.0.1', port: 4321 },
});
