// What a typed query says before any index is loaded. Kept apart from the rest of the search so
// that the script every page loads (src/scripts/search/boot.ts) stays a few hundred bytes.

/** A status code from 100 to 699 and nothing else: every such code has a page. */
const BARE_CODE = /^\s*([1-6]\d\d)\s*$/;

/** The status code a query consists of, or null. */
export function bareCode(query: string): number | null {
  const digits = BARE_CODE.exec(query)?.[1];
  return digits === undefined ? null : Number(digits);
}
