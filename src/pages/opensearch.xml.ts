import type { APIRoute } from 'astro';
import { openSearchDescription } from '../lib/opensearch.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openSearchDescription(site!), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
