// Cause names as people type them: any case, with underscores, spaces or punctuation between
// the words. Shared by the build and by instant answers in the browser.

/** "USER_BUSY", "User busy" and "user-busy" all become "user busy". */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface NamedCause {
  q850Name?: string | null | undefined;
  freeswitch?: string | null | undefined;
  asteriskDefines?: readonly string[] | undefined;
  asteriskName?: string | null | undefined;
  asteriskDescription?: string | null | undefined;
}

/**
 * Every normalised form a cause is looked up by: its Q.850 name (also without a parenthesised
 * aside: "Unallocated (unassigned) number" is also "unallocated number"), FreeSWITCH's name
 * with and without SWITCH_CAUSE_, Asterisk's defines and the name and description it shows.
 */
export function nameKeys(cause: NamedCause): string[] {
  const keys = new Set<string>();
  const add = (text: string | null | undefined) => {
    const key = text ? normalizeName(text) : '';
    if (key.length > 1) keys.add(key);
  };
  add(cause.q850Name);
  add(cause.q850Name?.replace(/\([^)]*\)/g, ' '));
  add(cause.freeswitch);
  if (cause.freeswitch) add(`SWITCH_CAUSE_${cause.freeswitch}`);
  for (const define of cause.asteriskDefines ?? []) add(define);
  add(cause.asteriskName);
  add(cause.asteriskDescription);
  return [...keys];
}
