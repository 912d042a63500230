// Elements for answers and results, shared by the header box and the search page. Every string
// from the index or the query goes in as text (a Text node or textContent), never as markup.
import type { AnswerLink, ExcerptPart, ResultView } from '../../lib/search-results.ts';

/** An element with a class and, optionally, its text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt, with the matched words in <mark>. */
export function excerpt(parts: readonly ExcerptPart[]): HTMLElement {
  const line = element('span', 'search-excerpt');
  for (const { text, marked } of parts) line.append(marked ? element('mark', '', text) : text);
  return line;
}

/** A full-text result as a link: title (code and phrase), summary, excerpt. */
export function resultLink(result: ResultView): HTMLAnchorElement {
  const link = element('a', 'search-result');
  link.href = result.url;
  link.dataset.searchResult = '';
  link.append(element('span', 'search-title', result.title));
  if (result.summary) link.append(element('span', 'search-summary', result.summary));
  if (result.excerpt.length > 0) link.append(excerpt(result.excerpt));
  return link;
}

/** An instant answer as a link: its text, then how the query was read or what it means. */
export function answerLink(answer: AnswerLink): HTMLAnchorElement {
  const link = element('a', 'search-answer');
  link.href = answer.url;
  link.dataset.answer = answer.kind;
  link.append(element('span', 'search-title', answer.label));
  if (answer.detail) link.append(element('span', 'search-summary', answer.detail));
  return link;
}
