// content/stacks/<stack>.yaml: the SIP responses an open-source stack builds on its own (a status
// it chooses in its own code or in its stock configuration), each read from its source at a
// recorded commit, with the line that sends it.
import { z } from 'astro/zod';
import { statusCode } from './shared.ts';
import { commitId, repoPath, repository, sentence } from './source.ts';

/** The stacks the site reads, in the order pages list them. */
export const STACK_IDS = ['asterisk', 'freeswitch', 'kamailio', 'opensips'] as const;

export const stackReplySchema = z.strictObject({
  // The status code sent.
  code: statusCode,
  // The reason phrase exactly as it goes on the wire (including a suffix such as "(477/TM)").
  phrase: z.string().trim().min(1).max(120),
  // When the stack sends it, in one plain sentence.
  condition: sentence(300),
  // The non-default setting the reply needs, in one sentence; null when it needs none.
  setting: sentence(300).nullable(),
  // "code": the stack's own code sends it; "config": its stock configuration or dialplan does.
  by: z.enum(['code', 'config']),
  // The module or component that sends it ("tm", "res_pjsip_session", "mod_sofia").
  module: z.string().trim().min(2).max(60),
  // Which of the file's sources the path is in (a `sources[].id`).
  source: z.string().regex(/^[a-z][\w-]*$/, 'must be a source id'),
  // The file, inside that source's repository.
  path: repoPath,
  // The line that sends the reply or sets its status.
  line: z.number().int().positive(),
  // The C function, or the route or section of a configuration, it is in.
  function: z.string().trim().min(1).max(80),
  // A code whose reason phrase the reply keeps (Kamailio's "500 Service Unavailable"); else null.
  phraseOf: statusCode.nullable(),
});

export const stackSchema = z.strictObject({
  // The stack's name as pages show it.
  stack: z.string().trim().min(2).max(40),
  // Which stack, also the file's name.
  id: z.enum(STACK_IDS),
  // Every repository read, each at the commit read.
  sources: z
    .array(
      z.strictObject({
        // The key rows use to name it.
        id: z.string().regex(/^[a-z][\w-]*$/, 'must be a lower-case id'),
        repository,
        commit: commitId,
        // The branch the commit was on.
        branch: z.string().trim().min(1).max(60),
      }),
    )
    .min(1),
  // What was read: modules, files and configuration.
  scope: sentence(1500),
  // The replies, one per place and condition.
  replies: z.array(stackReplySchema).min(1),
});
