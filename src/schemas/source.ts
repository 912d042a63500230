// Field shapes shared by the files read from other projects' source code (content/causes/).
import { z } from 'astro/zod';

/** A full git commit id: a branch name or short id would not say which code was read. */
export const commitId = z
  .string()
  .regex(/^[0-9a-f]{40}$/, 'must be a full commit id (40 hex digits)');
/** "owner/name" of a GitHub repository. */
export const repository = z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"');
/** A file path inside the repository, e.g. "src/include/switch_types.h". */
export const repoPath = z
  .string()
  .regex(/^[\w.-]+(\/[\w.-]+)*$/, 'must be a path inside the repository');
/** A C function name, e.g. "hangup_cause_to_sip". */
export const functionName = z.string().regex(/^\w+$/, 'must be a function name');
/**
 * Text on one line. These sentences quote source code (NORMAL_CLEARING, \${HANGUPCAUSE},
 * `phrase`), so any character is allowed: pages show them as text, never as Markdown or HTML.
 */
export const sentence = (max: number) =>
  z
    .string()
    .trim()
    .min(10)
    .max(max)
    .regex(/^[^\n]+$/, 'must be one line of text');
/** A remark on a row: a condition, or what the source code says beside it. */
export const rowNote = sentence(300).optional();
/** How the software uses a table, where that matters for reading it. */
export const tableNote = sentence(1500).optional();
