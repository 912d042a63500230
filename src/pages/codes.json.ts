import type { APIRoute } from 'astro';
import { getCauseIndex, getCodePages, getStackSenders } from '../collections.ts';
import { codesJsonRows } from '../lib/codes-json.ts';

export const GET: APIRoute = async () => {
  const [pages, causes, senders] = await Promise.all([
    getCodePages(),
    getCauseIndex(),
    getStackSenders(),
  ]);
  const rows = codesJsonRows(
    pages.map(({ code, entry }) => ({ code, data: entry.data })),
    causes,
    senders,
  );
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
