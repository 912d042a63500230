import { createHash } from 'node:crypto';

/** The Content-Security-Policy source that allows exactly this inline script or style. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
