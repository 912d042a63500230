// Synthetic content for the scaling run: guides of made-up prose, the same on every run.
// Guides are the page type that can be multiplied: code pages are limited to the numbers
// 100-699 and must match the registry.
import { stringify as stringifyYaml } from 'yaml';

/** What the synthetic registry and the guides need from each real code page. */
export interface CodePage {
  code: number;
  reason: string;
  rfc: string;
  section: string;
}

export type Random = () => number;

const FUNCTION_WORDS = `the a of to and in that is for on with as by it this be or from at are not
  an can when which but if than its after before only each every other may should must will
  does no then also so into about more`.split(/\s+/);
const TOPIC_WORDS = `request response proxy server client caller callee dialog transaction
  session media offer answer header field registrar gateway trunk carrier endpoint device phone
  voicemail branch route routing target contact address domain realm nonce credentials challenge
  timer retry interval provisional final failure success redirect location registration
  subscription notification event refresh expiry codec stream port transport connection socket
  certificate identity signature policy network operator subscriber account billing queue
  overload capacity load limit threshold window sequence number counter value token body content
  type length format syntax version extension option feature support requirement precondition
  reliability acknowledgement cancellation termination forking parallel serial fallback
  alternative service emergency priority preference quality delay jitter loss bandwidth latency
  log trace message method invite register subscribe notify refer update prack options bye cancel
  ack info publish sends receives returns rejects accepts forwards retries cancels answers ends
  starts waits expects carries names lists marks drops keeps checks matches fails succeeds
  arrives reaches blocks allows denies asks tells shows treats stops clears sets changes moves
  holds early late busy temporary permanent local remote upstream downstream unknown invalid
  missing stale fresh shared single multiple pending active idle global specific`.split(/\s+/);
const SEED = 0x5ee0;
export const GUIDE_WORDS = 300;

/** A small seeded PRNG (mulberry32), so that every run generates the same pages. */
export function prng(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function oneOf<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/**
 * A word of prose. Real text is mostly function words plus a few frequent topic words; squaring
 * the draw favours the front of the topic list, a rough stand-in for that skew, which matters
 * to how well the index compresses.
 */
function word(random: Random): string {
  if (random() < 0.45) return oneOf(random, FUNCTION_WORDS);
  return TOPIC_WORDS[Math.floor(random() ** 2 * TOPIC_WORDS.length)];
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

/** Words up to a length limit, as the schema's one-line plain-text fields require. */
export function phrase(random: Random, minWords: number, maxWords: number, maxChars: number) {
  const count = minWords + Math.floor(random() * (maxWords - minWords + 1));
  let text = capitalize(oneOf(random, TOPIC_WORDS));
  for (let index = 1; index < count; index++) {
    const next = word(random);
    if (text.length + next.length + 1 > maxChars) break;
    text += ` ${next}`;
  }
  return text;
}

/** A sentence of at most `maxChars`, full stop included. */
export function sentence(random: Random, maxChars: number): string {
  return `${phrase(random, 8, 20, maxChars - 1)}.`;
}

/**
 * About `targetWords` words in paragraphs. Some sentences link to a compared code, as the real
 * guides do, which also puts code numbers in the index.
 */
export function prose(random: Random, codes: readonly CodePage[], targetWords: number): string {
  const paragraphs = [];
  const sentences = [];
  for (let words = 0; words < targetWords;) {
    let text = sentence(random, 200);
    if (random() < 0.25) {
      const { code, reason } = oneOf(random, codes);
      text = `${text.slice(0, -1)}, as with [${code} ${reason}](/${code}/).`;
    }
    words += text.split(' ').length;
    sentences.push(text);
    if (sentences.length === 5) paragraphs.push(sentences.splice(0).join(' '));
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  return paragraphs.join('\n\n');
}

/** Two to five different codes, in the order a guide presents them. */
export function pickCodes(random: Random, codes: readonly CodePage[]): CodePage[] {
  const pool = [...codes];
  const count = 2 + Math.floor(random() * 4);
  return Array.from({ length: count }, () => pool.splice(Math.floor(random() * pool.length), 1)[0]);
}

/**
 * The MDX source of synthetic guide number `index`, following the guide schema in
 * src/content.config.ts and the rules in src/lib/guides.ts. Each guide has its own seed, so the
 * smaller sets are the first part of the larger ones.
 */
export function guideSource(index: number, codes: readonly CodePage[]): string {
  const random = prng(SEED + index);
  const picked = pickCodes(random, codes);
  const cell = () => phrase(random, 3, 7, 100);
  const topic = () => oneOf(random, TOPIC_WORDS);
  const data = {
    title: `${capitalize(topic())} and ${topic()} ${index + 1}`,
    summary: sentence(random, 160),
    codes: picked.map(({ code }) => code),
    comparison: picked.map(({ code }) => ({
      code,
      sender: cell(),
      scope: cell(),
      retry: cell(),
      forking: cell(),
    })),
    sendWhen: picked.map(({ code }) => ({ code, when: sentence(random, 240) })),
    receiveWhen: picked.map(({ code }) => ({ code, action: sentence(random, 240) })),
  };
  // lineWidth 0: no folded lines, so each value stays the one line of text the schema checks.
  const frontMatter = stringifyYaml(data, { lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${prose(random, picked, GUIDE_WORDS)}\n`;
}

/**
 * A registry that lists exactly the codes with pages, as the build demands, written from the
 * pages' own front matter.
 */
export function registryTsv(codes: readonly CodePage[]): string {
  const rows = codes.map(({ code, reason, rfc, section }) =>
    [code, reason, `${Math.floor(code / 100)}xx`, rfc, section].join('\t'),
  );
  return `${['code\treason\tclass\trfc\tsection', ...rows].join('\n')}\n`;
}
