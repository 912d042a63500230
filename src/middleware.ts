// Runs on every page as it is rendered (at build time for this static site, and in `astro dev`):
// the finishing touches that apply to all markup, wherever a page or component wrote it.
import { defineMiddleware } from 'astro:middleware';
import { dropComments, dropIndentation, keepOwnHashes } from './lib/lean-html.ts';
import { labelTableCells } from './lib/table-labels.ts';
import { tidyWhitespace } from './lib/whitespace.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  // The hashes are taken last, from the markup as it will be served.
  return new Response(
    keepOwnHashes(dropIndentation(labelTableCells(tidyWhitespace(dropComments(html))))),
    {
      status: response.status,
      headers: response.headers,
    },
  );
});
