import type { APIRoute } from 'astro';
import { openSearchDescription } from '../lib/opensearch.ts';
import { BASE_PATH } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openSearchDescription(new URL(BASE_PATH, site)), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
