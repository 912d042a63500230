// Drives the offline control (OfflineControl.astro): asks the service worker to keep or remove
// the whole reference and shows what it reports. The worker does the downloading, so it goes on
// while the reader moves to other pages.
import { describeOffline, type OfflineView } from '../lib/offline-view.ts';

export function startOfflineControl(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  const state = root?.querySelector<HTMLElement>('[data-offline-state]');
  const progress = root?.querySelector<HTMLProgressElement>('[data-offline-progress]');
  const keep = root?.querySelector<HTMLButtonElement>('[data-offline-keep]');
  const remove = root?.querySelector<HTMLButtonElement>('[data-offline-remove]');
  if (!root || !state || !progress || !keep || !remove || !('serviceWorker' in navigator)) return;
  const { manifest, worker } = root.dataset;
  let transferBytes: number | null = null;

  const show = (view: OfflineView) => {
    const shown = describeOffline(view, transferBytes);
    state.textContent = shown.text;
    keep.textContent = shown.keepLabel;
    keep.hidden = !shown.canKeep;
    keep.disabled = view.kind === 'keeping';
    remove.hidden = !shown.canRemove;
    progress.hidden = view.kind !== 'keeping';
    if (view.kind === 'keeping') {
      progress.max = view.total;
      progress.value = view.done;
    }
  };

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as {
      type?: string;
      done?: number;
      total?: number;
      kept?: boolean;
      files?: number;
      message?: string;
    };
    if (message.type === 'progress')
      show({ kind: 'keeping', done: message.done ?? 0, total: message.total ?? 1 });
    else if (message.type === 'kept') show({ kind: 'kept', files: message.files ?? 0 });
    else if (message.type === 'status')
      show(message.kept ? { kind: 'kept', files: null } : { kind: 'not-kept' });
    else if (message.type === 'failed') show({ kind: 'failed', message: message.message ?? '' });
  });

  const workerReady = async () => {
    await navigator.serviceWorker.register(worker!);
    const registration = await navigator.serviceWorker.ready;
    return registration.active!;
  };

  keep.addEventListener('click', () => {
    show({ kind: 'keeping', done: 0, total: 1 });
    // Ask the browser not to evict the copy when space runs short; it may say no.
    void navigator.storage?.persist?.();
    void workerReady().then((active) => active.postMessage({ type: 'keep' }));
  });
  remove.addEventListener('click', () => {
    void workerReady().then((active) => active.postMessage({ type: 'remove' }));
  });

  void fetch(manifest!)
    .then((response) => response.json())
    .then((list: { transferBytes?: number }) => {
      transferBytes = list.transferBytes ?? null;
    })
    .catch(() => undefined)
    .finally(async () => {
      show({ kind: 'not-kept' });
      const registration = await navigator.serviceWorker.getRegistration(worker);
      registration?.active?.postMessage({ type: 'status' });
    });
}
