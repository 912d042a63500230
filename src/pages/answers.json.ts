// The data instant answers read in the browser (src/lib/answers): fetched once, on first use of
// a search box, so it stays small and holds nothing the answers do not use.
import type { APIRoute } from 'astro';
import { getCauseIndex, getCodePages } from '../collections.ts';
import { answerData } from '../lib/answers/data.ts';

export const GET: APIRoute = async () => {
  const [pages, causes] = await Promise.all([getCodePages(), getCauseIndex()]);
  const codes = pages.map(({ code, entry }) => ({
    code,
    reason: entry.data.reason,
    former: entry.data.formerReasons,
    aliases: entry.data.aliases,
  }));
  return new Response(JSON.stringify(answerData(codes, causes)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
