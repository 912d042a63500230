// Pagefind writes its Component UI next to the index at build time; loading it from there keeps
// it in step with the index and out of the page's own bundle.
import { sitePath } from '../lib/paths.ts';

const BUNDLE = sitePath('/pagefind/');

let loading: Promise<void> | undefined;

function add<T extends HTMLElement>(element: T): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error('search failed to load')), {
      once: true,
    });
    document.head.append(element);
  });
}

interface ComponentUi {
  configureInstance(name: string, options: object): void;
}

/**
 * Pagefind also matches queries against page meta. A code's title ("400 Bad Request") is what
 * people type, so it counts as much as the page's best-weighted text; code pages put the header
 * fields they must carry in meta "headers", so that "Unsupported" also finds 420 and not only
 * the codes with the word in their phrase. Tuned against the searches in tests/e2e.
 */
const RANKING = { metaWeights: { title: 10, headers: 10 } };

/** Search instances on the site: the header box and the search page. */
export const INSTANCES = ['header', 'default'] as const;

/**
 * Loads the Component UI script once, however many callers ask. Its stylesheet is not loaded:
 * src/styles/search.css styles the few elements the site uses.
 */
export function loadPagefindUi(): Promise<void> {
  loading ??= add(
    Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` }),
  ).then(() => {
    const ui = (window as unknown as { PagefindComponents: ComponentUi }).PagefindComponents;
    // Searching on the main thread spares the first search a 12 KB worker script; the index
    // is small enough that a query takes a few milliseconds.
    for (const name of INSTANCES)
      ui.configureInstance(name, {
        ranking: RANKING,
        noWorker: true,
        bundlePath: BUNDLE,
        baseUrl: sitePath('/'),
      });
  });
  return loading;
}

/** Puts text into a Component UI input as if typed, so the component runs the search. */
export function typeInto(input: HTMLInputElement | null | undefined, text: string): void {
  if (!input) return;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
