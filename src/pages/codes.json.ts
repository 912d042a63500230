import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { getCodePages } from '../collections.ts';
import { codesJsonRows } from '../lib/codes-json.ts';

export const GET: APIRoute = async () => {
  const [pages, tables] = await Promise.all([getCodePages(), getEntry('q850', 'rfc3398')]);
  const rows = codesJsonRows(
    pages.map(({ code, entry }) => ({ code, data: entry.data })),
    tables!.data,
  );
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
