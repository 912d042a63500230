// The header search as a live combobox (ARIA 1.2 combobox with a listbox popup): instant answers
// first, drawn in the same task as the keystroke and painted in the next frame, then full-text
// results as Pagefind finds them, its search started once that frame is painted.
// The field stays the plain form field, so Enter without a chosen answer still opens /search/.
import { afterKey, CLOSED, isListboxKey, withOptions } from '../../lib/listbox-keys.ts';
import { fullTextQuery } from '../../lib/answers/full-text.ts';
import { codePath, sitePath } from '../../lib/paths.ts';
import {
  enterDestination,
  keptActive,
  pauseAfter,
  searchStatus,
  TYPING_PAUSE_MS,
  wantsFullText,
  withoutAnswered,
  type AnswerLink,
} from '../../lib/search-results.ts';
import { loadAnswers, type FindAnswers } from './answers.ts';
import { afterNextPaint, pauseBeforeFetching, searchPages } from './engine.ts';
import type { Loaders } from './load.ts';
import { buildPopup } from './popup.ts';
import { answerLink, resultLink } from './render.ts';

/** Full-text results in the popup: each costs one small fragment file. */
const SHOWN_RESULTS = 5;

/** Header boxes already live, with what Enter does in each. */
const liveBoxes = new WeakMap<HTMLElement, { enter(): string | null }>();

/**
 * Makes the header box live. `submitted`: the form was sent before this file arrived; Enter's
 * decision is taken now, and without a page to open the form goes on to the search page.
 */
export function enhanceHeaderSearch(host: HTMLElement, loaders: Loaders, submitted: boolean): void {
  const form = host.querySelector('form');
  const box = liveBoxes.get(host) ?? (form && makeLive(host, form, loaders));
  if (!box || !form || !submitted) return;
  const target = box.enter();
  if (target) location.assign(target);
  else form.submit();
}

function makeLive(host: HTMLElement, form: HTMLFormElement, loaders: Loaders) {
  const input = form.querySelector('input');
  if (!input) return null;
  const { popup, listbox, answerGroup, resultGroup, message, all, status } = buildPopup(
    form,
    input,
  );
  // How long typing must pause before the results' text is fetched, in ms (see engine.ts).
  input.dataset.searchDebounce ??= String(TYPING_PAUSE_MS);

  let state = CLOSED;
  let findAnswers: FindAnswers | null = null;
  let query = '';
  let answers: AnswerLink[] = [];
  /** How many results the current query has, once they are drawn. */
  let resultCount: number | null = null;
  /** Whether this query's full-text results are still to come. */
  let searching = false;
  let searchId = 0;

  const options = () => [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  const show = () => {
    popup.hidden = !state.open;
    input.setAttribute('aria-expanded', String(state.open));
    const list = options();
    list.forEach((option, index) =>
      option.setAttribute('aria-selected', String(index === state.active)),
    );
    const active = state.open ? list[state.active] : undefined;
    if (active) {
      input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /** Puts a group's options in place; the chosen option stays chosen if it is still listed. */
  const fill = (group: HTMLElement, links: HTMLAnchorElement[], prefix: string) => {
    const previous = options()[state.active]?.getAttribute('href') ?? null;
    links.forEach((link, index) => {
      link.id = `${listbox.id}-${prefix}${index}`;
      link.setAttribute('role', 'option');
      link.tabIndex = -1;
    });
    group.replaceChildren(group.firstChild!, ...links);
    group.hidden = links.length === 0;
    const urls = options().map((link) => link.getAttribute('href') ?? '');
    state = withOptions(state, urls.length, keptActive(previous, urls));
  };

  /** The message, the link to the search page and the live region, for the current query. */
  const describe = () => {
    const shown = query.trim();
    const nothing = resultCount === 0 && answers.length === 0;
    message.textContent = nothing ? `No results for “${shown}”` : '';
    all.textContent = `All results for “${shown}”`;
    all.href = `${sitePath('/search/')}?${new URLSearchParams({ q: shown })}`;
    status.textContent = searchStatus(query, answers.length, resultCount);
    // Busy until both layers have answered this query: tests and assistive technology wait on it.
    listbox.setAttribute('aria-busy', String(searching || findAnswers === null));
    show();
  };

  const drawAnswers = () => {
    answers = findAnswers?.(query) ?? [];
    fill(answerGroup, answers.map(answerLink), 'a');
  };

  const update = (event?: Event) => {
    query = input.value;
    const id = ++searchId;
    resultCount = null;
    searching = wantsFullText(query);
    if (!query.trim()) {
      answers = [];
      state = CLOSED;
      status.textContent = '';
      listbox.setAttribute('aria-busy', 'false');
      show();
      return;
    }
    // Answers now; the previous results stay, untouched, until this query's are drawn.
    drawAnswers();
    if (!searching) fill(resultGroup, [], 'r');
    state = { ...state, open: true };
    describe();
    if (!searching) return;
    const typedAt = performance.now();
    const typing = Number(input.dataset.searchDebounce) || 0;
    const pause = pauseAfter((event as InputEvent | undefined)?.inputType, answers, typing);
    void (async () => {
      // The answers just drawn are painted before Pagefind takes the main thread.
      await afterNextPaint();
      if (id !== searchId) return;
      const search = await searchPages(loaders.pagefind(), fullTextQuery(query, answers));
      // A newer keystroke has its own search; this one's results are not worth fetching.
      if (id !== searchId) return;
      await pauseBeforeFetching(search, SHOWN_RESULTS, typedAt, pause);
      if (id !== searchId) return;
      const results = withoutAnswered(await search.load(0, SHOWN_RESULTS), answers);
      if (id !== searchId) return;
      resultCount = results.length;
      searching = false;
      fill(resultGroup, results.map(resultLink), 'r');
      describe();
    })();
  };

  /** Where Enter goes: the chosen option, else see enterDestination; null for the search page. */
  const enter = () => {
    const chosen = state.open ? options()[state.active]?.getAttribute('href') : null;
    return chosen ?? enterDestination(input.value, findAnswers?.(input.value) ?? [], codePath);
  };

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      const target = enter();
      if (target) {
        event.preventDefault();
        location.assign(target);
      }
      return;
    }
    if (!isListboxKey(event.key)) return;
    const next = afterKey(state, event.key);
    if (!next) return;
    event.preventDefault();
    state = next;
    show();
  });
  input.addEventListener('focus', () => {
    if (!input.value.trim() || state.open) return;
    state = { ...state, open: true };
    show();
  });
  host.addEventListener('focusout', (event) => {
    if (host.contains(event.relatedTarget as Node | null)) return;
    state = { ...state, open: false, active: -1 };
    show();
  });

  // The boot script started fetching the answers' data before this file arrived.
  void loadAnswers(loaders).then((find) => {
    findAnswers = find;
    if (!query.trim()) return;
    drawAnswers();
    describe();
  });
  if (input.value.trim()) update();
  const box = { enter };
  liveBoxes.set(host, box);
  return box;
}
