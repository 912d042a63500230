// content/causes/proxy-replies.yaml: replies Kamailio and OpenSIPS build themselves, and codes
// they relay in place of others, each read from their source code at a recorded commit.
import { z } from 'astro/zod';
import { statusCode } from './shared.ts';
import {
  commitId,
  functionName,
  repoPath,
  repository,
  rowNote,
  sentence,
  tableNote,
} from './source.ts';

/** A reason phrase exactly as the source writes it. */
const phrase = z.string().trim().min(2).max(100);
/** An internal error constant of a proxy, e.g. E_SEND. */
const errorName = z.string().regex(/^(E_[A-Z0-9_]+|any other)$/, 'must be an E_ constant');
/** A status line after "SIP/2.0 ", byte for byte, e.g. "477 Send failed (477/TM)". */
const statusLine = z.string().regex(/^[1-6]\d\d \S.*$/, 'must be a status line after "SIP/2.0 "');

const sourceFile = {
  repository,
  commit: commitId,
  path: repoPath,
  // The function that builds the reply, where one does.
  function: functionName.optional(),
};

export const proxyRepliesSchema = z.strictObject({
  // Which module of each proxy sends the replies, and the suffix it signs the phrase with.
  signatures: z
    .array(
      z.strictObject({
        // The software, e.g. "Kamailio".
        software: z.string().min(2),
        repository,
        commit: commitId,
        senders: z.array(
          z.strictObject({
            // The signature after the error number, e.g. "TM" in "(477/TM)".
            suffix: z.string().regex(/^[A-Z/]+$/),
            // The module that sends it, e.g. "tm".
            module: z.string().min(1),
            path: repoPath,
            function: functionName,
            // When it sends such a reply.
            when: sentence(1000),
          }),
        ),
      }),
    )
    .default([]),
  // Replies with codes of their own, which no specification registers.
  replies: z.array(
    z.strictObject({
      // The software, e.g. "Kamailio".
      software: z.string().min(2),
      ...sourceFile,
      // The internal error behind the reply, e.g. E_SEND.
      error: errorName.optional(),
      // The status code sent.
      code: statusCode,
      // The reason phrase as the source writes it.
      phrase,
      // Each status line as it goes on the wire, suffixes included: "477 ... (477/TM)".
      sentAs: z.array(statusLine).min(1),
      // The functions (senders in `signatures`) that can send this reply: not every sender
      // meets every error (tm's kill_transaction() never reports a bad URI).
      sentBy: z.array(functionName).min(1),
      // When the software sends it.
      when: sentence(1000),
    }),
  ),
  // Replies from the same code with registered codes, whose phrases show up in logs.
  otherPhrases: z
    .array(
      z.strictObject({
        software: z.string().min(2),
        ...sourceFile,
        entries: z.array(
          z.strictObject({
            error: errorName,
            // The registered status code sent.
            code: statusCode,
            // The status line as it goes on the wire; N stands for a varying error number.
            sentAs: statusLine,
            note: rowNote,
          }),
        ),
        note: tableNote,
      }),
    )
    .default([]),
  // Registered codes that a proxy replaces with another when it relays them.
  rewrites: z.array(
    z.strictObject({
      software: z.string().min(2),
      // The module that does it, e.g. "tm".
      module: z.string().min(1),
      ...sourceFile,
      // The code received.
      from: statusCode,
      // The code relayed instead.
      to: statusCode,
      // The status line relayed, where its phrase is not the new code's own.
      sentAs: statusLine.optional(),
      // When it does so.
      when: sentence(1000),
      // The setting that turns it on or off, and its default.
      setting: sentence(300),
    }),
  ),
});
