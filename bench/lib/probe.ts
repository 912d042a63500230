// The in-page half of the typing measurements. installProbe runs in the page (Playwright sends
// its source, so it must not use anything from outside itself) and keeps, from the moment it is
// armed, a timeline of what the search box shows: each change of the first full-text result and
// of the instant answers, with the time of the frame that painted it, and the time of every key
// the reader pressed. Node reads the timeline back and works out the latencies (timeline.ts).
import type { ProbeSelectors } from './search-ui.ts';

/** What a search region showed from one moment on, and when that was first painted. */
export interface ShownState {
  at: number;
  paintedAt: number | null;
  /** Identity and text of what is shown; empty when nothing is. */
  signature: string;
}

/** Everything the probe saw since it was armed; times are the page's performance.now(). */
export interface ProbeReport {
  timeOrigin: number;
  armedAt: number;
  firstInteractionAt: number | null;
  keys: number;
  firstKeyAt: number | null;
  lastKeyAt: number | null;
  results: ShownState[];
  /** Null when the page has no answer element (see search-ui.ts). */
  answers: ShownState[] | null;
  /** Main-thread time beyond 50 ms per long task, as Lighthouse's total blocking time. */
  blockingMs: number;
}

export interface SettleOptions {
  /** How long nothing may change, after the last key, for the search to count as settled. */
  quietMs: number;
  timeoutMs: number;
}

interface Probe {
  arm(): void;
  report(): ProbeReport;
  settle(options: SettleOptions): Promise<ProbeReport>;
}

export function installProbe(ui: ProbeSelectors): void {
  const now = () => performance.now();
  // Identity matters: a result list rendered again is painted again, even with the same text.
  const ids = new WeakMap<Element, number>();
  let lastId = 0;
  const idOf = (element: Element) => {
    let id = ids.get(element);
    if (id === undefined) ids.set(element, (id = ++lastId));
    return id;
  };
  const shown = (element: Element) =>
    (element.checkVisibility?.() ?? true) && Boolean(element.textContent?.trim());
  const describe = (element: Element) =>
    `${idOf(element)} ${element.getAttribute('href') ?? ''} ${element.textContent?.trim()}`;

  let armedAt = now();
  let firstInteractionAt: number | null = null;
  let keys = 0;
  let firstKeyAt: number | null = null;
  let lastKeyAt: number | null = null;
  let lastChangeAt = now();
  let results: ShownState[] = [];
  let answers: ShownState[] | null = null;
  let blockingMs = 0;

  const record = (states: ShownState[], signature: string) => {
    if (states.at(-1)?.signature === signature) return;
    const state: ShownState = { at: now(), paintedAt: null, signature };
    states.push(state);
    lastChangeAt = state.at;
    // A requestAnimationFrame callback runs as the next frame starts; style, layout and paint
    // follow in the same turn of the event loop, before any other task. Its time is the frame's,
    // give or take the few milliseconds of drawing: a task queued from it would also wait for
    // whatever the page queued first (the search page's full-text search, started once the
    // answers' frame is painted) and charge that work to the answers.
    requestAnimationFrame(() => (state.paintedAt = now()));
  };
  const look = () => {
    const list = [...document.querySelectorAll(`${ui.scope} ${ui.result}`)];
    const first = list.find(shown);
    record(results, first ? describe(first) : '');
    const root =
      document.querySelector(`${ui.scope} ${ui.answers}`) ?? document.querySelector(ui.answers);
    if (!root) return;
    answers ??= [];
    record(answers, [...root.querySelectorAll(ui.answer)].filter(shown).map(describe).join('\n'));
  };

  new MutationObserver(look).observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style', 'href'],
  });
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    keys += 1;
    lastKeyAt = now();
    firstKeyAt ??= lastKeyAt;
  };
  const onPointer = (event: Event) => {
    if (event.isTrusted) firstInteractionAt ??= now();
  };
  addEventListener('keydown', onKey, true);
  for (const type of ['pointerover', 'pointerdown', 'focusin'])
    addEventListener(type, onPointer, true);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) blockingMs += Math.max(0, entry.duration - 50);
    }).observe({ type: 'longtask' });
  } catch {
    // No long task timing in this browser: blocking time stays 0.
  }

  const report = (): ProbeReport => ({
    timeOrigin: performance.timeOrigin,
    armedAt,
    firstInteractionAt,
    keys,
    firstKeyAt,
    lastKeyAt,
    results: results.map((state) => ({ ...state })),
    answers: answers?.map((state) => ({ ...state })) ?? null,
    blockingMs,
  });

  const probe: Probe = {
    arm() {
      armedAt = now();
      firstInteractionAt = firstKeyAt = lastKeyAt = null;
      keys = 0;
      blockingMs = 0;
      results = [];
      answers = null;
      look();
    },
    report,
    settle({ quietMs, timeoutMs }) {
      const deadline = now() + timeoutMs;
      return new Promise((resolve, reject) => {
        const check = () => {
          const since = Math.max(lastChangeAt, lastKeyAt ?? armedAt);
          const final = results.at(-1);
          const changedAfterKeys = final !== undefined && final.at > (lastKeyAt ?? armedAt);
          const painted = [...results, ...(answers ?? [])].every((state) => state.paintedAt);
          if (now() - since >= quietMs && final?.signature && changedAfterKeys && painted) {
            return resolve(report());
          }
          if (now() > deadline) return reject(new Error(`no results within ${timeoutMs} ms`));
          setTimeout(check, 25);
        };
        check();
      });
    },
  };
  (window as unknown as { benchProbe: Probe }).benchProbe = probe;
}

/** Runs in the page, once installProbe has: starts a new timeline. */
export function armProbe(): void {
  (window as unknown as { benchProbe: Probe }).benchProbe.arm();
}

/** Runs in the page: waits until the search has settled and returns the timeline. */
export function settleProbe(options: SettleOptions): Promise<ProbeReport> {
  return (window as unknown as { benchProbe: Probe }).benchProbe.settle(options);
}
