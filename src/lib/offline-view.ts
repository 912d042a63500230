// What the offline control says in each state, as a pure function (the browser glue is
// src/scripts/offline-control.ts).

export type OfflineView =
  | { kind: 'not-kept' }
  | { kind: 'keeping'; done: number; total: number }
  | { kind: 'kept'; files: number | null }
  | { kind: 'failed'; message: string };

/** "2.2 MB": bytes in decimal megabytes, as download sizes are usually given. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function describeOffline(
  view: OfflineView,
  transferBytes: number | null,
): { text: string; keepLabel: string; canKeep: boolean; canRemove: boolean } {
  const size = transferBytes === null ? '' : ` — ${megabytes(transferBytes)}`;
  const keepLabel = `Keep the reference offline${size}`;
  switch (view.kind) {
    case 'not-kept':
      return {
        text: `Not kept in this browser. Keeping it downloads every page, the search and its index${size ? ` (${megabytes(transferBytes!)})` : ''}.`,
        keepLabel,
        canKeep: true,
        canRemove: false,
      };
    case 'keeping':
      return {
        text: `Keeping the reference offline: ${view.done} of ${view.total} files.`,
        keepLabel,
        canKeep: true,
        canRemove: false,
      };
    case 'kept':
      return {
        text: `Kept: the whole reference${view.files === null ? '' : ` (${view.files} files)`} works offline in this browser. A new version replaces it on your next visit.`,
        keepLabel,
        canKeep: false,
        canRemove: true,
      };
    case 'failed':
      return {
        text: `Could not keep the reference offline (${view.message || 'the download failed'}). Try again when the network is back.`,
        keepLabel,
        canKeep: true,
        canRemove: false,
      };
  }
}
