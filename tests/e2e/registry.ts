import { readFileSync } from 'node:fs';

/** The registry snapshot the site is built against: code and exact reason phrase. */
export const registry = readFileSync(
  new URL('../../src/data/iana-sip-response-codes.tsv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, reason] = line.split('\t');
    return { code: Number(code), reason: reason! };
  });
