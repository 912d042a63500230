// A shared trace travels in the link's fragment (after "#"), which a browser never sends to a
// server (RFC 3986 §3.5): "t1.<length>.<data>", where <data> is the trace, gzip-compressed by
// the platform's CompressionStream and written in base64url without padding (RFC 4648 §5), and
// <length> the number of characters of <data>, so that a link cut short says so.
//
// Why gzip rather than deflate (zlib): a gzip member ends with a CRC-32 of the uncompressed
// data and its length (RFC 1952 §2.3.1), and a CRC-32 catches every error burst up to 32 bits;
// zlib's Adler-32 (RFC 1950 §2.2) checks short inputs poorly, which is why SCTP gave it up
// (RFC 3309 §1). The 10-byte gzip header is left out of the link and put back when reading:
// nothing checks its time and OS bytes, so a changed character there would go unnoticed, and
// leaving it out makes every character of the link one that the checks cover.

import { readCapped, streamOf } from '../byte-stream.ts';

export const SHARE_VERSION = 't1';

/**
 * The longest link made, in characters: 8000. RFC 9110 §4.1 recommends that every sender and
 * recipient support URIs of at least 8000 octets. Browsers take far more: Chromium accepts URLs
 * up to 2 MiB and shows up to 32 KiB of one (kMaxURLChars and kMaxURLDisplayChars in
 * content/common/content_constants.cc); Firefox keeps URLs of up to 65,536 characters in its
 * history (URL_LENGTH_MAX of Places). Where links are pasted, the ceilings are higher still: a
 * Jira description or comment holds 32,767 characters (Atlassian JRACLOUD-78553), a GitHub
 * comment 65,536 (its API's "Body is too long" error), and Slack cuts messages past 40,000
 * (Slack API changelog, April 2018). No primary source for Safari's limit was found; 8000 stays
 * far below every figure above. Internet Explorer's 2,083 characters no longer apply.
 */
export const SHARE_LIMIT = 8000;

/** The most a shared trace unpacks to: the explainer reads no more than 4,000,000 characters. */
export const MAX_SHARED_BYTES = 4 * 2 ** 20;

export type ShareFailure =
  'not-a-share-link' | 'unknown-version' | 'truncated' | 'corrupt' | 'too-large';

export type DecodedShare =
  { ok: true; text: string } | { ok: false; reason: ShareFailure; error: string };

export type PreparedShare =
  { ok: true; link: string; fragment: string } | { ok: false; reason: 'too-long'; error: string };

// ID1 ID2, CM = deflate, FLG = 0, MTIME = 0, XFL = 0, OS = unknown (RFC 1952 §2.3).
const GZIP_HEADER = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
const MB = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of base64url text; null unless the text is exactly what toBase64Url would write. */
function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  // atob ignores the spare bits of the last character; a change there must not pass.
  return toBase64Url(bytes) === text ? bytes : null;
}

/** The fragment for a trace, without "#": "t1.1843.H4sI…". */
export async function encodeShare(text: string): Promise<string> {
  const input = new TextEncoder().encode(text);
  const { bytes: gzip } = await readCapped(
    streamOf(input).pipeThrough(new CompressionStream('gzip')),
    Number.MAX_SAFE_INTEGER,
  );
  if (gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[3] !== 0)
    throw new Error('CompressionStream wrote an unexpected gzip header');
  const data = toBase64Url(gzip.subarray(GZIP_HEADER.length));
  return `${SHARE_VERSION}.${data.length}.${data}`;
}

const failure = (reason: ShareFailure, error: string): DecodedShare => ({
  ok: false,
  reason,
  error,
});

/** The trace in a fragment, or why it cannot be read. Takes the fragment, "#" and all, or the
 * whole link. */
export async function decodeShare(fragment: string): Promise<DecodedShare> {
  // Mail and chat programs wrap long links over lines and end cut ones with an ellipsis.
  const input = fragment
    .replace(/\s+/g, '')
    .replace(/^[^#]*#/, '')
    .replace(/(?:…|\.\.\.)$/, '');
  const head = /^([a-z])(\d+)\./.exec(input);
  if (!head)
    return failure(
      'not-a-share-link',
      `This address holds no shared trace: the part after “#” of a shared link starts with “${SHARE_VERSION}.”.`,
    );
  if (`${head[1]}${head[2]}` !== SHARE_VERSION)
    return failure(
      'unknown-version',
      `This link was made in a format (“${head[1]}${head[2]}”) that this copy of the page cannot read: open it where it was made, or ask for a new link.`,
    );
  const body = /^(\d*)(?:\.(.*))?$/.exec(input.slice(head[0].length));
  const declared = body?.[1] ? Number(body[1]) : NaN;
  const data = body?.[2];
  if (body && (data === undefined || (Number.isFinite(declared) && data.length < declared)))
    return failure(
      'truncated',
      `This link was cut short${data !== undefined ? `: it holds ${data.length} of its ${declared} characters` : ''}. Copy the whole link, or ask for it again.`,
    );
  const bytes = data !== undefined && data.length === declared ? fromBase64Url(data) : null;
  const corrupt = () =>
    failure(
      'corrupt',
      'This link is damaged: its content fails the check it carries, so characters were changed, added or lost. Copy the link again from where it was shared.',
    );
  if (!bytes || bytes.length < 8) return corrupt();
  const gzip = new Uint8Array(GZIP_HEADER.length + bytes.length);
  gzip.set(GZIP_HEADER);
  gzip.set(bytes, GZIP_HEADER.length);
  const inflated = await readCapped(
    streamOf(gzip).pipeThrough(new DecompressionStream('gzip')),
    MAX_SHARED_BYTES,
  );
  if (inflated.failed) return corrupt();
  if (inflated.overflow)
    return failure(
      'too-large',
      `This link unpacks to more than ${MB(MAX_SHARED_BYTES)}, more than this page reads: it was not made here.`,
    );
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
  } catch {
    return corrupt();
  }
}

/** Whether a link of this length may be shared; the error says by how much it is too long. */
export function checkShareLength(linkLength: number): { ok: true } | { ok: false; error: string } {
  if (linkLength <= SHARE_LIMIT) return { ok: true };
  return {
    ok: false,
    error: `The link would be ${linkLength.toLocaleString('en')} characters long, more than the ${SHARE_LIMIT.toLocaleString('en')} that ticket systems, chats and mail reliably carry. Share fewer messages: remove the calls that do not matter, or the long bodies.`,
  };
}

/** The link to share: the page's address without its fragment, "#" and the encoded trace. */
export async function prepareShare(text: string, pageAddress: string): Promise<PreparedShare> {
  const base = pageAddress.replace(/#.*$/, '');
  // A trace longer than a link may unpack to is refused before the work of compressing it.
  if (new TextEncoder().encode(text).length > MAX_SHARED_BYTES)
    return {
      ok: false,
      reason: 'too-long',
      error: `This trace is larger than ${MB(MAX_SHARED_BYTES)}, more than a link can carry. Share fewer messages: remove the calls that do not matter, or the long bodies.`,
    };
  const fragment = await encodeShare(text);
  const link = `${base}#${fragment}`;
  const check = checkShareLength(link.length);
  return check.ok
    ? { ok: true, link, fragment }
    : { ok: false, reason: 'too-long', error: check.error };
}
