// Everything the cause files say about one status code, gathered for its page.
import type { CauseIndex, CodeMapping, ProxyPhrases, ProxyReply, ProxyRewrite } from './index.ts';

export interface CodeCauses {
  /** RFC 3398 first, then each stack. */
  views: CodeMapping[];
  /** Names of the causes the views link. */
  causeNames: ReadonlyMap<number, string>;
  /** Replies proxies generate with this code. */
  replies: ProxyReply[];
  /** Phrases of their own that proxies send with this (registered) code. */
  phrases: ProxyPhrases[];
  rewrites: { from: ProxyRewrite[]; to: ProxyRewrite[] };
}

export function codeCauses(index: CauseIndex, code: number): CodeCauses {
  const views = index.forCode(code);
  const numbers = views.flatMap((view) => [
    ...(view.records?.value != null ? [view.records.value] : []),
    ...view.alsoRecords.flatMap((other) => (other.value === null ? [] : [other.value])),
    ...(view.recordsDiffer !== null ? [view.recordsDiffer] : []),
    ...view.sentFor.map((row) => row.value),
  ]);
  const causeNames = new Map(
    numbers.map((number) => [number, index.cause(number)?.name ?? `Cause ${number}`]),
  );
  return {
    views,
    causeNames,
    replies: index.replies(code),
    phrases: index.phrases(code),
    rewrites: index.rewrites(code),
  };
}
