import type { APIRoute } from 'astro';
import favicon from '../assets/favicon.svg?raw';

/** The icon as a file, for OpenSearch; pages carry the same icon inline (see Base.astro). */
export const GET: APIRoute = () =>
  new Response(favicon, { headers: { 'Content-Type': 'image/svg+xml' } });
