// The explain page: reads the pasted or opened trace and shows its explanation as the reader
// types; a packet capture, opened or dropped, is read by a worker (capture/); a shared link
// brings its trace in its fragment (share/). Nothing leaves the page: no request, no address
// change, no storage.
import type { ExplainData } from '../lib/trace/data.ts';
import { explainTrace } from '../lib/trace/index.ts';
import { wireCaptures } from './capture/open.ts';
import { loadActions } from './explain-actions.ts';
import { renderExplanation } from './explain-render.ts';

const TYPING_PAUSE_MS = 150;
/** A shared trace's fragment ("#t1.…", src/lib/share/fragment.ts), cut short or not. */
const SHARED_LINK = /^#t\d+(?:\.|$)/;

export function startExplainPage(): void {
  const output = document.querySelector<HTMLElement>('[data-explain-output]');
  const input = document.querySelector<HTMLElement>('[data-explain-input]');
  const textarea = input?.querySelector('textarea');
  const picker = input?.querySelector<HTMLInputElement>('input[type=file]');
  if (!output || !input || !textarea || !picker) return;
  const data = JSON.parse(output.dataset.explain ?? '{}') as ExplainData;
  document.querySelector('[data-needs-js]')?.remove();
  input.hidden = false;
  void loadActions().then(() => input.setAttribute('data-actions-ready', ''));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const explainNow = () => {
    clearTimeout(timer);
    document.querySelector('[data-capture-list]')?.replaceChildren();
    try {
      renderExplanation(output, explainTrace(textarea.value, data));
    } catch (error) {
      output.textContent = `This trace could not be explained: ${(error as Error).message}`;
    }
  };
  textarea.addEventListener('input', (event) => {
    clearTimeout(timer);
    // A paste is explained at once; typing waits for a pause.
    if ((event as InputEvent).inputType === 'insertFromPaste') explainNow();
    else timer = setTimeout(explainNow, TYPING_PAUSE_MS);
  });
  const list = document.querySelector<HTMLElement>('[data-capture-list]');
  const status = document.querySelector<HTMLElement>('[data-capture-status]');
  if (list && status)
    wireCaptures({
      input,
      picker,
      list,
      status,
      output,
      data,
      openText: async (file) => {
        textarea.value = await file.text();
        explainNow();
      },
    });
  const notice = document.querySelector<HTMLElement>('[data-share-notice]');
  const openShared = async () => {
    if (!notice || !SHARED_LINK.test(location.hash)) return;
    const { decodeShare } = await import('../lib/share/fragment.ts');
    const decoded = await decodeShare(location.hash.slice(1));
    notice.hidden = false;
    if (!decoded.ok) {
      notice.textContent = `This shared link cannot be opened: ${decoded.error}`;
      return;
    }
    notice.textContent =
      'Opened from a shared link: the messages it holds are in the box below and explained here, in this browser. Whoever shared it may have replaced addresses, numbers and names with stand-ins.';
    textarea.value = decoded.text;
    explainNow();
  };
  addEventListener('hashchange', () => void openShared());
  if (SHARED_LINK.test(location.hash)) void openShared();
  else if (textarea.value.trim() !== '') explainNow();
}
