// Keystrokes as the browser itself reports them: Event Timing, the API behind Interaction to
// Next Paint (INP). An entry runs from the key event's timestamp to the next frame painted after
// its handlers ran, so it includes whatever the handlers left for the microtasks and the frame.
// installEventTiming runs in the page (Playwright sends its source, so it must not use anything
// from outside itself); keyInteractions, pure, turns what it saw into one figure per key.

/** Entries shorter than this are not reported: the smallest threshold Event Timing accepts. */
export const DURATION_THRESHOLD_MS = 16;

export interface EventEntry {
  name: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  /** Shared by the keydown, keypress and keyup of one key; 0 for other events. */
  interactionId: number;
}

/** One key the reader pressed: event timestamps of its keydown and keyup. */
export interface PressedKey {
  key: string;
  downAt: number;
  upAt: number | null;
}

export interface EventTimingReport {
  keys: PressedKey[];
  entries: EventEntry[];
}

interface Recorder {
  arm(): void;
  report(): EventTimingReport;
}

export function installEventTiming(threshold: number): void {
  const copy = (entry: PerformanceEventTiming): EventEntry => ({
    name: entry.name,
    startTime: entry.startTime,
    duration: entry.duration,
    processingStart: entry.processingStart,
    processingEnd: entry.processingEnd,
    interactionId:
      (entry as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0,
  });
  let keys: PressedKey[] = [];
  let entries: EventEntry[] = [];
  addEventListener(
    'keydown',
    (event) =>
      event.isTrusted && keys.push({ key: event.key, downAt: event.timeStamp, upAt: null }),
    true,
  );
  addEventListener(
    'keyup',
    (event) => {
      const pressed = keys.findLast((key) => key.key === event.key && key.upAt === null);
      if (event.isTrusted && pressed) pressed.upAt = event.timeStamp;
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) entries.push(copy(entry as PerformanceEventTiming));
  }).observe({
    type: 'event',
    durationThreshold: threshold,
    buffered: true,
  } as PerformanceObserverInit);
  const recorder: Recorder = {
    arm() {
      keys = [];
      entries = [];
    },
    report: () => ({ keys: [...keys], entries: [...entries] }),
  };
  (window as unknown as { benchEventTiming: Recorder }).benchEventTiming = recorder;
}

/** Runs in the page: forgets the keys and entries so far. */
export function armEventTiming(): void {
  (window as unknown as { benchEventTiming: Recorder }).benchEventTiming.arm();
}

/**
 * Runs in the page: what was seen since armed. Entries arrive after the frame they end with;
 * two frames later every key's entries are in.
 */
export async function readEventTiming(): Promise<EventTimingReport> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return (window as unknown as { benchEventTiming: Recorder }).benchEventTiming.report();
}

/** One key's interaction: the longest of its events, as INP counts a key. */
export interface KeyInteraction {
  key: string;
  /** Key event to next paint; null when below the threshold (no entry reported). */
  latencyMs: number | null;
  /** Of that longest event: waiting for the main thread, its handlers, then until painted. */
  inputDelayMs: number | null;
  processingMs: number | null;
  presentationMs: number | null;
}

/** Event Timing's start times are the events' own timestamps, both rounded by the browser. */
const SAME_TIME_MS = 1;

export function keyInteractions(report: EventTimingReport): KeyInteraction[] {
  return report.keys.map(({ key, downAt, upAt }) => {
    const at = (time: number | null) => (entry: EventEntry) =>
      time !== null && Math.abs(entry.startTime - time) <= SAME_TIME_MS;
    const direct = report.entries.filter((entry) => at(downAt)(entry) || at(upAt)(entry));
    const ids = new Set(direct.map((entry) => entry.interactionId).filter((id) => id > 0));
    const own = report.entries.filter(
      (entry) => direct.includes(entry) || ids.has(entry.interactionId),
    );
    if (own.length === 0) {
      return { key, latencyMs: null, inputDelayMs: null, processingMs: null, presentationMs: null };
    }
    const longest = own.reduce((worst, entry) => (entry.duration > worst.duration ? entry : worst));
    return {
      key,
      latencyMs: longest.duration,
      inputDelayMs: longest.processingStart - longest.startTime,
      processingMs: longest.processingEnd - longest.processingStart,
      presentationMs: longest.startTime + longest.duration - longest.processingEnd,
    };
  });
}

/**
 * A key's latency for medians: below the threshold it is at most the threshold, which is what
 * a budget can be checked against.
 */
export function latencyBound(interaction: KeyInteraction, threshold = DURATION_THRESHOLD_MS) {
  return interaction.latencyMs ?? threshold;
}

/** The worst key of a typed query, as INP takes the worst interaction of a page. */
export function worstKey(interactions: readonly KeyInteraction[]): number | null {
  if (interactions.length === 0) return null;
  return Math.max(...interactions.map((interaction) => latencyBound(interaction)));
}
