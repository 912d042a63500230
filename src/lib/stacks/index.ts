// The stacks' own replies (content/stacks/), as pages, codes.json and the answers data read them:
// by code, with the address of the line that sends each.
import type { z } from 'astro/zod';
import type { stackReplySchema, stackSchema } from '../../schemas/stacks.ts';
import { STACK_IDS } from '../../schemas/stacks.ts';

export type StackFile = z.infer<typeof stackSchema>;
export type StackReply = z.infer<typeof stackReplySchema>;

/** A reply with its stack and where to read it. */
export interface StackSender extends StackReply {
  stack: string;
  stackId: StackFile['id'];
  /** The line on GitHub, at the commit read. */
  url: string;
  repository: string;
  commit: string;
}

export function lineUrl(repository: string, commit: string, path: string, line: number): string {
  return `https://github.com/${repository}/blob/${commit}/${path}#L${line}`;
}

/** Every reply of every stack, with its source resolved, in the pages' stack order. */
export function allSenders(files: readonly StackFile[]): StackSender[] {
  const order = (file: StackFile) => STACK_IDS.indexOf(file.id);
  return [...files]
    .sort((a, b) => order(a) - order(b))
    .flatMap((file) =>
      file.replies.flatMap((reply) => {
        const source = file.sources.find(({ id }) => id === reply.source);
        if (!source) return [];
        return [
          {
            ...reply,
            stack: file.stack,
            stackId: file.id,
            repository: source.repository,
            commit: source.commit,
            url: lineUrl(source.repository, source.commit, reply.path, reply.line),
          },
        ];
      }),
    );
}

/** The replies that send `code`, grouped by stack in the pages' order. */
export function sendersOf(
  senders: readonly StackSender[],
  code: number,
): { stack: string; stackId: StackFile['id']; replies: StackSender[] }[] {
  const groups = new Map<
    string,
    { stack: string; stackId: StackFile['id']; replies: StackSender[] }
  >();
  for (const sender of senders) {
    if (sender.code !== code) continue;
    const group = groups.get(sender.stackId) ?? {
      stack: sender.stack,
      stackId: sender.stackId,
      replies: [],
    };
    group.replies.push(sender);
    groups.set(sender.stackId, group);
  }
  return [...groups.values()];
}
