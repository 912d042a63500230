import type { APIRoute } from 'astro';
import { getCauseIndex } from '../collections.ts';
import { causesJsonRows } from '../lib/causes/json.ts';

export const GET: APIRoute = async () => {
  const rows = causesJsonRows(await getCauseIndex());
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
