// Pagefind writes its Component UI next to the index at build time; loading it from there keeps
// it in step with the index and out of the page's own bundle.
const BUNDLE = '/pagefind/';

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

/** Loads the Component UI script and stylesheet once, however many callers ask. */
export function loadPagefindUi(): Promise<void> {
  loading ??= Promise.all([
    add(
      Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: `${BUNDLE}pagefind-component-ui.css`,
      }),
    ),
    add(
      Object.assign(document.createElement('script'), {
        src: `${BUNDLE}pagefind-component-ui.js`,
      }),
    ),
  ]).then(() => undefined);
  return loading;
}

/** Puts text into a Component UI input as if typed, so the component runs the search. */
export function typeInto(input: HTMLInputElement | null | undefined, text: string): void {
  if (!input) return;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
