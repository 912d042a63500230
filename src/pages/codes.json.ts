import type { APIRoute } from 'astro';
import { getCauseIndex, getCodePages } from '../collections.ts';
import { codesJsonRows } from '../lib/codes-json.ts';

export const GET: APIRoute = async () => {
  const [pages, causes] = await Promise.all([getCodePages(), getCauseIndex()]);
  const rows = codesJsonRows(
    pages.map(({ code, entry }) => ({ code, data: entry.data })),
    causes,
  );
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
