// Typing into the site's search as a reader does, and what the probe saw (probe.ts).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';
import { armProbe, installProbe, settleProbe, type ProbeReport } from './probe.ts';
import {
  probeSelectors,
  readDebounceInPage,
  SEARCH_UI,
  within,
  writeDebounceInPage,
  type SearchScope,
} from './search-ui.ts';
import { finalPaintAt, shownAfter, updatesAfter } from './timeline.ts';

/** Time from one key to the next: a fast typist, about 120 words a minute. */
export const KEY_INTERVAL_MS = 100;

/** Nothing may change for this long after the last key for a search to count as settled. */
const SETTLE = { quietMs: 500, timeoutMs: 30_000 };

export interface TypedQuery {
  query: string;
  /** Last key to the first full-text result painted. */
  fullTextMs: number | null;
  /** Last key to the instant answers painted; null without answers (see answersShown). */
  answersMs: number | null;
  /** Whether the page has an answer element at all (search-ui.ts). */
  answersShown: boolean;
  /** Result lists painted from the first key on, the final one included. */
  resultUpdates: number;
  blockingMs: number;
  /** Epoch milliseconds, to compare with the network's timings. */
  armedAtEpoch: number;
  resultsPaintedAtEpoch: number | null;
  /** First pointer or focus event to the first result painted. */
  interactionToResultMs: number | null;
}

/** What a typed query's timeline says, in the figures the summary reports. */
export function summarizeTyping(query: string, report: ProbeReport): TypedQuery {
  const lastKey = report.lastKeyAt ?? report.armedAt;
  const painted = finalPaintAt(report.results);
  const interaction = report.firstInteractionAt;
  return {
    query,
    fullTextMs: shownAfter(report.results, lastKey),
    answersMs: report.answers ? shownAfter(report.answers, lastKey) : null,
    answersShown: report.answers !== null,
    resultUpdates: updatesAfter(report.results, report.firstKeyAt ?? report.armedAt),
    blockingMs: report.blockingMs,
    armedAtEpoch: report.timeOrigin + report.armedAt,
    resultsPaintedAtEpoch: painted === null ? null : report.timeOrigin + painted,
    interactionToResultMs: painted !== null && interaction !== null ? painted - interaction : null,
  };
}

/** Starts watching the search in the scope; once per page load. */
export async function installSearchProbe(page: Page, scope: SearchScope): Promise<void> {
  await page.evaluate(installProbe, probeSelectors(scope));
}

/** Starts a new timeline: what is shown now is the starting state. */
export async function armSearchProbe(page: Page): Promise<void> {
  await page.evaluate(armProbe);
}

/** Focuses the live search field: in the header that means using the plain form field first. */
export async function openSearch(page: Page, scope: SearchScope): Promise<void> {
  if (scope === 'header') await page.click(SEARCH_UI.headerStart);
  const input = page.locator(within(scope, SEARCH_UI.input));
  await input.waitFor();
  await input.focus();
}

/** How long a person holds a key down, and lets go before the next: about 80 words a minute. */
export const KEY_HOLD_MS = 50;
export const KEY_GAP_MS = 100;

/** Presses each key as a person does, down, held, up, a pause, so each is an interaction. */
export async function pressKeys(page: Page, text: string): Promise<void> {
  for (const [index, key] of [...text].entries()) {
    if (index > 0) await sleep(KEY_GAP_MS);
    await page.keyboard.press(key, { delay: KEY_HOLD_MS });
  }
}

/** Waits for the search to settle after the last key and reads the probe's timeline. */
export async function settleTyped(page: Page, query: string): Promise<TypedQuery> {
  return summarizeTyping(query, await page.evaluate(settleProbe, SETTLE));
}

/** Types into the focused field, one key at a time, then waits for the search to settle. */
export async function typeAndSettle(page: Page, query: string): Promise<TypedQuery> {
  await page.keyboard.type(query, { delay: KEY_INTERVAL_MS });
  return settleTyped(page, query);
}

/** Replaces what the focused field holds with a new query, as a reader selecting it all. */
export async function retype(page: Page, query: string): Promise<TypedQuery> {
  await armSearchProbe(page);
  await page.keyboard.press('ControlOrMeta+A');
  return typeAndSettle(page, query);
}

/** The search delay of the box in the scope, or null when it does not say (search-ui.ts). */
export function readDebounce(page: Page, scope: SearchScope): Promise<number | null> {
  return page.evaluate(readDebounceInPage, within(scope, SEARCH_UI.debounce));
}

/** Sets the search delay; true when the box reads back the new value. */
export async function writeDebounce(page: Page, scope: SearchScope, ms: number): Promise<boolean> {
  const selector = within(scope, SEARCH_UI.debounce);
  await page.evaluate(writeDebounceInPage, { selector, ms });
  return (await page.evaluate(readDebounceInPage, selector)) === ms;
}
