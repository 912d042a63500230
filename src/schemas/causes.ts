// content/causes/: Q.850 causes, the RFC 3398 tables, and the cause names and SIP mapping
// tables of FreeSWITCH and Asterisk, each read from the source code at a recorded commit.
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

/** A Q.850 cause value. */
const q850Cause = z.number().int().min(1).max(127);
/** A cause value as a stack records it: Q.850's 1–127 or a stack's own number above. */
export const causeNumber = z.number().int().min(0).max(999);
/** An AST_CAUSE_ name as causes.h writes it. */
const astDefine = z.string().regex(/^AST_CAUSE_[A-Z0-9_]+$/, 'must be an AST_CAUSE_ name');
/** A reason phrase exactly as a stack writes it, where it is not the registered one. */
const phrase = z.string().trim().min(2).max(100);

export const q850Schema = z.strictObject({
  // Where the numbers and names were read.
  sources: z
    .array(
      z.strictObject({
        // The repository read, "owner/name".
        repository,
        // The commit read.
        commit: commitId,
        // The file read.
        path: repoPath,
        // What was taken from it.
        what: sentence(240),
      }),
    )
    .min(1),
  // Every cause value ITU-T Q.850 defines.
  causes: z.array(
    z.strictObject({
      // The cause value, 1 to 127.
      cause: q850Cause,
      // The Q.850 name, e.g. "User busy".
      name: z.string().trim().min(2).max(120),
      // What it means, in plain sentences of our own.
      meaning: sentence(600),
      // False for causes that report a normal outcome, such as 16 Normal call clearing.
      failure: z.boolean().default(true),
      // Words engineers meet for the cause in logs ("circuit-busy"), each from a source named beside it.
      aliases: z.array(z.string().trim().min(3).max(40)).optional(),
    }),
  ),
});

/** The two tables of RFC 3398, rows in table order, with what each says of values it lacks. */
export const rfc3398Schema = z.strictObject({
  // RFC 3398 §7.2.4.1: the response a gateway sends for an ISUP cause, in table order.
  isupToSip: z.array(
    z.strictObject({
      cause: q850Cause,
      // Null where the RFC lists the cause but sends no response for it (16, 44).
      code: statusCode.nullable(),
      note: rowNote,
    }),
  ),
  // RFC 3398 §7.2.4.1: the response for a cause the table does not list.
  isupToSipDefault: z.strictObject({ code: statusCode, note: sentence(300) }),
  // RFC 3398 §8.2.6.1: the ISUP cause a gateway sends for a response, in table order.
  sipToIsup: z.array(
    z.strictObject({
      code: statusCode,
      // Null where the RFC lists the code with no cause (487).
      cause: q850Cause.nullable(),
      note: rowNote,
    }),
  ),
  // RFC 3398 §8.2.6.1: the cause for a 4xx-6xx status the table does not list (the section
  // covers only responses of 400 and above).
  sipToIsupUnlisted: z.strictObject({
    from: statusCode,
    to: statusCode,
    cause: q850Cause,
    note: sentence(300),
  }),
});

/** Where a table was read; `commit` sits on the table where a file mixes commits. */
const tableSource = {
  // The file holding the function.
  path: repoPath,
  // The function whose switch statement is the table.
  function: functionName,
  // When the stack consults the table, and what overrides it.
  note: tableNote,
};

const sipToCauseTable = z.strictObject({
  ...tableSource,
  // What the function returns for a response its switch does not list.
  default: z.strictObject({
    // The cause recorded, or null where the function gives none.
    cause: causeNumber.nullable(),
    // What the default branch does, in a sentence.
    note: sentence(300),
  }),
  // Class-wide branches of the default ("any other 5xx"), checked before `default`.
  ranges: z
    .array(z.strictObject({ from: statusCode, to: statusCode, cause: causeNumber }))
    .default([]),
  // One row per response code the switch lists.
  rows: z.array(
    z.strictObject({
      code: statusCode,
      cause: causeNumber,
      // The name the switch uses for the cause (Asterisk), aliases unresolved.
      define: astDefine.optional(),
      note: rowNote,
    }),
  ),
});

const causeToSipTable = z.strictObject({
  ...tableSource,
  // What the function returns for a cause its switch does not list.
  default: z.strictObject({
    // The response code sent, or null where the function gives none.
    code: statusCode.nullable(),
    // The reason phrase sent with it, where the stack writes its own (chan_sip).
    phrase: phrase.optional(),
    // What the default branch does, in a sentence.
    note: sentence(300),
  }),
  // Ranges of causes that share a branch, checked before `default`.
  ranges: z
    .array(z.strictObject({ from: causeNumber, to: causeNumber, code: statusCode }))
    .default([]),
  // One row per cause the switch lists.
  rows: z.array(
    z.strictObject({
      cause: causeNumber,
      code: statusCode,
      // The reason phrase sent, where the stack writes its own (chan_sip: "Busy here").
      phrase: phrase.optional(),
      // The name the switch uses for the cause (Asterisk), aliases unresolved.
      define: astDefine.optional(),
      note: rowNote,
    }),
  ),
});

const withCommit = <T extends z.ZodRawShape>(table: z.ZodObject<T>) =>
  table.extend({ commit: commitId });

export const freeswitchSchema = z.strictObject({
  // Always "signalwire/freeswitch".
  repository,
  // The commit every table below was read from.
  commit: commitId,
  // The hangup cause names (the switch_call_cause_t enum), without the SWITCH_CAUSE_ prefix.
  names: z.strictObject({
    // The header that defines them.
    path: repoPath,
    // The enum they belong to, e.g. switch_call_cause_t.
    enum: z.string().regex(/^\w+$/).optional(),
    // One entry per name, e.g. USER_BUSY = 17; its own causes above 127 included.
    entries: z.array(
      z.strictObject({
        name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be the name as logs show it'),
        cause: causeNumber,
      }),
    ),
  }),
  // mod_sofia: the cause recorded when a response arrives.
  sipToCause: sipToCauseTable,
  // mod_sofia: the response sent when a call is refused with a cause.
  causeToSip: causeToSipTable,
});

/** A pair of tables of one Asterisk channel driver, each read at its own commit. */
const asteriskDriver = z.strictObject({
  // The cause recorded when a response arrives.
  sipToCause: withCommit(sipToCauseTable),
  // The response sent when a call is refused with a cause.
  causeToSip: withCommit(causeToSipTable),
});

export const asteriskSchema = z.strictObject({
  // Always "asterisk/asterisk".
  repository,
  // The AST_CAUSE_* defines of include/asterisk/causes.h, aliases included.
  defines: z.strictObject({
    commit: commitId,
    path: repoPath,
    entries: z.array(
      z.strictObject({
        // As written in the header, e.g. AST_CAUSE_BUSY.
        define: astDefine,
        // The value it stands for, aliases resolved.
        cause: causeNumber,
      }),
    ),
  }),
  // The names and descriptions HANGUPCAUSE and the CLI show, from main/channel.c.
  names: z.strictObject({
    commit: commitId,
    path: repoPath,
    // The table in that file, e.g. causes[].
    table: z.string().min(1).optional(),
    // Where Asterisk shows these names and how it reads them back.
    note: tableNote,
    entries: z.array(
      z.strictObject({
        cause: causeNumber,
        // The short name, e.g. USER_BUSY.
        name: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be the name as Asterisk shows it'),
        // The description beside it, e.g. "User busy".
        description: z.string().trim().min(2).max(120),
      }),
    ),
  }),
  // chan_pjsip (res_pjsip.c and chan_pjsip.c on the main branch).
  pjsip: asteriskDriver,
  // chan_sip, read on a release branch that still has it.
  chanSip: asteriskDriver.extend({
    // The branch or tag read, e.g. "20".
    ref: z.string().min(1),
  }),
});
