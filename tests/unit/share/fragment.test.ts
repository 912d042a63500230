// Share links: every trace comes back as it went in, and a link that is not one, comes from a
// later format, was cut, was changed or unpacks to too much says so, each in its own words.
import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  checkShareLength,
  decodeShare,
  encodeShare,
  MAX_SHARED_BYTES,
  prepareShare,
  SHARE_LIMIT,
  type ShareFailure,
} from '../../../src/lib/share/fragment.ts';
import { redactTrace } from '../../../src/lib/share/redact.ts';
import { fixtures, largeTrace, transferCall } from './traces.ts';

async function failsWith(fragment: string, reason: ShareFailure) {
  const result = await decodeShare(fragment);
  assert.equal(result.ok, false, `"${fragment.slice(0, 40)}…" was read`);
  if (!result.ok) assert.equal(result.reason, reason, result.error);
  return result.ok ? '' : result.error;
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
/** A fragment built by hand from gzip bytes, header left out as encodeShare does. */
const fragmentOf = (gzip: Uint8Array) => {
  const data = base64url(gzip.subarray(10));
  return `t1.${data.length}.${data}`;
};

const median = (values: number[]) => values.toSorted((a, b) => a - b)[values.length >> 1]!;

describe('share links round trip', () => {
  for (const { name, text } of fixtures) {
    it(name, async () => {
      for (const input of [text, redactTrace(text).text]) {
        const fragment = await encodeShare(input);
        assert.match(fragment, /^t1\.\d+\.[A-Za-z0-9_-]+$/);
        assert.deepEqual(await decodeShare(fragment), { ok: true, text: input });
        assert.deepEqual(await decodeShare(`#${fragment}`), { ok: true, text: input });
        const link = `https://example.org/sip/explain/#${fragment}`;
        assert.deepEqual(await decodeShare(link), { ok: true, text: input });
      }
    });
  }

  it('keeps every character: CRLF, tabs, form feeds and text beyond ASCII', async () => {
    const text = `${transferCall}\tnon-ASCII: Zoë, 東京, 🙂\f\r\n`;
    assert.deepEqual(await decodeShare(await encodeShare(text)), { ok: true, text });
  });

  it('reads a link that a mail program wrapped over lines', async () => {
    const fragment = await encodeShare(transferCall);
    const wrapped = fragment.replace(/(.{70})/g, '$1\r\n ');
    assert.deepEqual(await decodeShare(wrapped), { ok: true, text: transferCall });
  });

  it('carries a 1 MiB trace, and reports its size and times', async (t) => {
    const text = largeTrace(2 ** 20);
    assert.ok(text.length >= 2 ** 20);
    const encodeTimes: number[] = [];
    const decodeTimes: number[] = [];
    let fragment = '';
    for (let run = 0; run < 5; run++) {
      let start = performance.now();
      fragment = await encodeShare(text);
      encodeTimes.push(performance.now() - start);
      start = performance.now();
      const decoded = await decodeShare(fragment);
      decodeTimes.push(performance.now() - start);
      assert.ok(decoded.ok && decoded.text === text);
    }
    const start = performance.now();
    redactTrace(text);
    const redactTime = performance.now() - start;
    t.diagnostic(
      `1 MiB trace (${text.length} characters): link data ${fragment.length} characters ` +
        `(${((100 * fragment.length) / text.length).toFixed(1)} % of the text); ` +
        `encode median ${median(encodeTimes).toFixed(1)} ms, decode median ` +
        `${median(decodeTimes).toFixed(1)} ms (5 runs), redaction ${redactTime.toFixed(0)} ms; ` +
        `load average ${loadavg()
          .map((load) => load.toFixed(2))
          .join(' ')}`,
    );
  });

  it('reports how much the real traces shrink', async (t) => {
    let text = 0;
    let link = 0;
    for (const fixture of fixtures) {
      const fragment = await encodeShare(fixture.text);
      text += fixture.text.length;
      link += fragment.length;
      t.diagnostic(
        `${fixture.name}: ${fixture.text.length} → ${fragment.length} characters ` +
          `(${((100 * fragment.length) / fixture.text.length).toFixed(0)} %)`,
      );
    }
    t.diagnostic(`all: ${text} → ${link} characters (${((100 * link) / text).toFixed(0)} %)`);
    assert.ok(link < text);
  });
});

describe('links that cannot be read', () => {
  it('say that an empty or foreign fragment is not a share link', async () => {
    for (const fragment of ['', '#', 'section-2', 't1', 'T1.5.abcde', 'SGVsbG8gd29ybGQ'])
      await failsWith(fragment, 'not-a-share-link');
  });

  it('name a format this copy does not read', async () => {
    const fragment = await encodeShare('SIP/2.0 200 OK');
    const error = await failsWith(fragment.replace(/^t1\./, 't2.'), 'unknown-version');
    assert.match(error, /“t2”/);
    await failsWith('x9.12.abc', 'unknown-version');
  });

  it('say that random data is damaged', async () => {
    const random = base64url(crypto.getRandomValues(new Uint8Array(300)));
    await failsWith(`t1.${random.length}.${random}`, 'corrupt');
    await failsWith('t1.4.ab!d', 'corrupt');
    await failsWith('t1.5.abcde', 'corrupt');
  });

  it('say that a link cut short by any number of characters was cut', async () => {
    const fragment = await encodeShare(fixtures[0]!.text);
    for (let cut = 1; cut <= fragment.length - 3; cut++)
      await failsWith(fragment.slice(0, fragment.length - cut), 'truncated');
    const error = await failsWith(`${fragment.slice(0, 200)}…`, 'truncated');
    assert.match(error, /holds 193 of its \d+ characters/);
  });

  it('never read a link with one character changed as something else', async (t) => {
    const text = fixtures[0]!.text;
    const fragment = await encodeShare(text);
    const data = fragment.indexOf('.', 3) + 1;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let unchanged = 0;
    for (let at = data; at < fragment.length; at++) {
      const other = alphabet[(alphabet.indexOf(fragment[at]!) + 17) % 64]!;
      const result = await decodeShare(fragment.slice(0, at) + other + fragment.slice(at + 1));
      if (result.ok) {
        // Deflate's padding bits after the last block are read by nothing: a change there
        // leaves the text as it was, and the checks rightly let it through.
        assert.equal(result.text, text);
        unchanged++;
      } else assert.equal(result.reason, 'corrupt', `at ${at}`);
    }
    t.diagnostic(
      `${fragment.length - data} characters changed one at a time: ${unchanged} read the same text`,
    );
    assert.ok(unchanged <= 1);
  });

  it('stop unpacking a link that unpacks to more than the page reads', async (t) => {
    const bomb = fragmentOf(gzipSync(new Uint8Array(64 * 2 ** 20), { level: 9 }));
    const start = performance.now();
    const error = await failsWith(bomb, 'too-large');
    t.diagnostic(
      `a ${bomb.length}-character link that unpacks to 64 MiB: refused in ${(performance.now() - start).toFixed(0)} ms`,
    );
    assert.match(error, /more than 4 MB/);
    const justFits = fragmentOf(gzipSync(new TextEncoder().encode('a'.repeat(MAX_SHARED_BYTES))));
    assert.equal((await decodeShare(justFits)).ok, true);
  });

  it('give distinct messages for distinct faults', async () => {
    const fragment = await encodeShare(transferCall);
    const errors = await Promise.all([
      failsWith('', 'not-a-share-link'),
      failsWith(fragment.replace(/^t1/, 't3'), 'unknown-version'),
      failsWith(fragment.slice(0, -10), 'truncated'),
      failsWith(`${fragment.slice(0, -1)}${fragment.endsWith('A') ? 'B' : 'A'}`, 'corrupt'),
      failsWith(fragmentOf(gzipSync(new Uint8Array(MAX_SHARED_BYTES + 1))), 'too-large'),
    ]);
    assert.equal(new Set(errors).size, errors.length);
  });
});

describe('the length of a link', () => {
  it(`lets links of up to ${SHARE_LIMIT} characters through`, () => {
    assert.deepEqual(checkShareLength(SHARE_LIMIT), { ok: true });
    const check = checkShareLength(SHARE_LIMIT + 1);
    assert.equal(check.ok, false);
    if (!check.ok) assert.match(check.error, /8,001 characters long, more than the 8,000/);
  });

  it('makes the link for a trace that fits', async () => {
    const page = 'https://example.org/sip/explain/#old';
    const prepared = await prepareShare(transferCall, page);
    assert.equal(prepared.ok, true);
    if (prepared.ok) {
      assert.equal(prepared.link, `https://example.org/sip/explain/#${prepared.fragment}`);
      assert.deepEqual(await decodeShare(new URL(prepared.link).hash), {
        ok: true,
        text: transferCall,
      });
    }
  });

  it('refuses a trace whose link would be too long, and says why', async () => {
    const prepared = await prepareShare(largeTrace(2 ** 20), 'https://example.org/explain/');
    assert.equal(prepared.ok, false);
    if (!prepared.ok) assert.match(prepared.error, /characters long, more than the 8,000/);
    const huge = await prepareShare('x'.repeat(MAX_SHARED_BYTES + 1), 'https://example.org/');
    assert.equal(huge.ok, false);
  });
});
