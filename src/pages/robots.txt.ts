import type { APIRoute } from 'astro';
import { BASE_PATH, siteUrl } from '../lib/paths.ts';

// Crawlers read robots.txt only at a host's root; under a path it is there for the host's own.
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: ${BASE_PATH}\n\nSitemap: ${siteUrl('/sitemap-index.xml', site!)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
