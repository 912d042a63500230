// Running the media rules alone, with the shape every media finding must have.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { indexRfcPhrases, sharedRuns } from '../../../src/lib/copied-wording.ts';
import { mediaRules } from '../../../src/lib/diagnose/media.ts';
import type { Diagnosis } from '../../../src/lib/diagnose/types.ts';
import type { Exchange } from '../../../src/lib/trace/types.ts';
import { ALICE, BOB, exchangeOf, message, sdp } from '../sdp/helpers.ts';
import { explainData } from '../trace/explain-data.ts';

export const diagnose = (exchange: Exchange): Diagnosis[] =>
  mediaRules.flatMap((rule) => rule(exchange, explainData));
export const MEDIA_KINDS = ['no-common-codec', 'private-address'];
export const kinds = (text: string) => diagnose(exchangeOf(text)).map(({ kind }) => kind);

const rfcFolder = new URL('../../../reference/rfc/', import.meta.url);
const rfcIndex = indexRfcPhrases(
  readdirSync(rfcFolder)
    .filter((name) => /^rfc\d+\.txt$/.test(name))
    .map((name) => ({ name, text: readFileSync(new URL(name, rfcFolder), 'utf8') })),
);

/** Every diagnosis has its shape, and its sentences are not copied from an RFC. */
export function checkShape(diagnosis: Diagnosis, exchange: Exchange) {
  assert.ok(MEDIA_KINDS.includes(diagnosis.kind));
  assert.ok(diagnosis.messages.length > 0);
  for (const index of diagnosis.messages) assert.ok(exchange.messages[index]);
  assert.match(diagnosis.page, /^\/(\d{3}|guides\/media-negotiation)\/$/);
  assert.ok([3261, 3264].includes(diagnosis.rule.rfc));
  assert.deepEqual(sharedRuns(`${diagnosis.title}. ${diagnosis.detail}`, rfcIndex), []);
}

export const INVITE = 'INVITE sip:bob@biloxi.example.com SIP/2.0';
export const aliceInvite = (body: string, extra: Partial<Parameters<typeof message>[0]> = {}) =>
  message({ start: INVITE, cseq: '1 INVITE', body, from: ALICE, to: BOB, ...extra });
export const bobResponse = (status: string, extra: Partial<Parameters<typeof message>[0]> = {}) =>
  message({
    start: `SIP/2.0 ${status}`,
    cseq: '1 INVITE',
    toTag: 'b1',
    from: BOB,
    to: ALICE,
    ...extra,
  });
export const ALICE_G711 = sdp({ formats: '0 8 101' });
