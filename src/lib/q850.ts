// Q.850 causes as SIP carries them.

/** The Reason header field (RFC 3326) that carries a Q.850 cause in SIP. */
export function reasonHeader({ cause, name }: { cause: number; name: string }): string {
  return `Reason: Q.850;cause=${cause};text="${name.replace(/["\\]/g, '\\$&')}"`;
}
