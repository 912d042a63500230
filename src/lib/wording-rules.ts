// Rules about what short texts claim, for faults a reader would act on.

/**
 * The challenge header a text presents as the place for credentials ("Resend with
 * WWW-Authenticate credentials"), or null. WWW-Authenticate and Proxy-Authenticate carry the
 * server's challenge; the answer goes in Authorization or Proxy-Authorization (RFC 3261 §22.2,
 * §22.3). A text that calls the header a challenge, or names where the answer goes, is fine.
 */
export function challengeNamedAsCredentials(text: string): string | null {
  const challenge = /\b(WWW|Proxy)-Authenticate\b/i.exec(text);
  if (!challenge || !/credential/i.test(text)) return null;
  if (/challenge/i.test(text) || /\b(Proxy-)?Authorization\b/i.test(text)) return null;
  return challenge[1]!.toUpperCase() === 'WWW' ? 'WWW-Authenticate' : 'Proxy-Authenticate';
}

/**
 * A MAY row whose note says the header is mandatory, required or a must contradicts itself: a
 * requirement that holds in some cases is a MUST row with its condition in `when`.
 */
export function mayRowCalledMandatory(row: { requirement: string; note?: string | undefined }) {
  return row.requirement === 'MAY' && /\b(mandatory|required|must)\b/i.test(row.note ?? '');
}
