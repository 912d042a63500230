// What the search boxes show and where Enter goes, as pure functions: the browser glue in
// src/scripts/search/ only turns these values into elements (always as text, never as markup).

/** The least the search UI reads from an instant answer (src/lib/answers.ts). */
export interface AnswerLink {
  /** What the answer is, e.g. a code or a cause. */
  kind: string;
  /** The link text. */
  label: string;
  /** One short line under it: how the query was read, or what the answer means. */
  detail?: string;
  /** The page it opens, already under the site's base path. */
  url: string;
  /** True when the query names this page beyond doubt: Enter may open it. */
  exact: boolean;
}

/** A status code from 100 to 699 and nothing else: every such code has a page. */
const BARE_CODE = /^\s*([1-6]\d\d)\s*$/;

/** The status code a query consists of, or null. */
export function bareCode(query: string): number | null {
  const digits = BARE_CODE.exec(query)?.[1];
  return digits === undefined ? null : Number(digits);
}

/** What Pagefind's `result.data()` resolves to, as far as the UI reads it. */
export interface PagefindResultData {
  url: string;
  excerpt?: string;
  meta?: Record<string, string | undefined>;
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** One full-text result, ready to draw. */
export interface ResultView {
  url: string;
  title: string;
  summary: string | null;
  excerpt: ExcerptPart[];
}

/**
 * True for an address inside the site ("/486/", "/sip/486/?q=x"): a single leading slash and no
 * scheme, so a result can never become a javascript: or off-site link.
 */
export function isSitePath(url: string): boolean {
  return /^\/(?![/\\])/.test(url) && !/[\p{Cc}\\]/u.test(url);
}

/**
 * Pagefind's excerpt is the page text with `<` and `>` escaped and each matched word wrapped in
 * `<mark>`. Split it at the marks and undo the escaping, so each part can be shown as text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const piece of pieces) {
    const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const text = (marked ? piece.slice(6, -7) : piece).replace(/&lt;|&gt;/g, (entity) =>
      entity === '&lt;' ? '<' : '>',
    );
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/** A result to draw, or null when its address is not a page of the site. */
export function resultView(data: PagefindResultData): ResultView | null {
  if (!isSitePath(data.url)) return null;
  const title = data.meta?.title?.trim() || data.url;
  const summary = data.meta?.summary?.trim() || null;
  return { url: data.url, title, summary, excerpt: excerptParts(data.excerpt ?? '') };
}

/** The path of an address, without query or fragment, for comparing two links to one page. */
function pageOf(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/** Full-text results minus the pages an answer above them already links to. */
export function withoutAnswered<T extends { url: string }>(
  results: readonly T[],
  answers: readonly AnswerLink[],
): T[] {
  const answered = new Set(answers.map(({ url }) => pageOf(url)));
  return results.filter(({ url }) => !answered.has(pageOf(url)));
}

/**
 * Where Enter goes when no option is chosen: the first answer when it is exact, the page of a
 * bare status code (registered or not), otherwise nowhere (the form then opens the search page).
 */
export function enterDestination(
  query: string,
  answers: readonly AnswerLink[],
  codePage: (code: number) => string,
): string | null {
  const first = answers[0];
  if (first?.exact && isSitePath(first.url)) return first.url;
  const code = bareCode(query);
  return code === null ? null : codePage(code);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the live region says once a query's answers and results are shown. */
export function searchStatus(query: string, answers: number, results: number | null): string {
  if (!query.trim()) return '';
  const found = [
    answers > 0 ? count(answers, 'answer', 'answers') : '',
    results === null ? '' : count(results, 'result', 'results'),
  ].filter(Boolean);
  if (results === 0 && answers === 0) return 'No results';
  return found.join(', ');
}

/**
 * The option to keep chosen when a list is drawn again: the one with the same address, or none.
 */
export function keptActive(previous: string | null, urls: readonly string[]): number {
  return previous === null ? -1 : urls.indexOf(previous);
}

/**
 * Whether a query is worth a full-text search: one character matches nearly every page by
 * prefix, and would fetch index and results for nothing on the way to the second key. One or two
 * digits alone are a status code being typed (codes have three): the search waits for the third.
 */
export function wantsFullText(query: string): boolean {
  const text = query.trim();
  return text.length >= 2 && !/^\d{1,2}$/.test(text);
}

/** How long typing must pause before results' text is fetched: just over a fast typist's key gap (100 ms). */
export const TYPING_PAUSE_MS = 120;

/**
 * The pause before fetching results' text after an input event. Typing waits for the next key
 * (see TYPING_PAUSE_MS). A paste, a drop or a chosen suggestion is the whole query at once, and
 * so is a query with an exact answer (a code, a status line, a cause): nothing to wait for.
 */
export function pauseAfter(
  inputType: string | undefined,
  answers: readonly AnswerLink[],
  typingPause: number,
): number {
  const whole = ['insertFromPaste', 'insertFromDrop', 'insertReplacementText'];
  if (inputType !== undefined && whole.includes(inputType)) return 0;
  return answers.some(({ exact }) => exact) ? 0 : typingPause;
}

/** A Pagefind filter: a plain list asks for pages carrying every value, `any` for one of them. */
export type PagefindFilters = Record<string, string[] | { any: string[] }>;

/**
 * The filter for the ticked classes. A page is in one class, so ticking two means results in
 * either: Pagefind reads a plain list as "all of these" and would find nothing.
 */
export function classFilter(ticked: readonly string[]): PagefindFilters {
  return ticked.length === 0 ? {} : { class: { any: [...ticked] } };
}
