import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { defineCollection } from 'astro/content/config';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parseRegistry, type RegistryRow } from './lib/registry.ts';
import { validateCodeFiles, type CodeFile } from './lib/validate.ts';
import { validateQ850 } from './lib/q850.ts';
import { validateGuides, type GuideFile } from './lib/guides.ts';
import { validateFlows, type FlowFile } from './lib/flows.ts';
import { validateExamplesAgainstFlows } from './lib/example-flow.ts';
import { codeFromFileName } from './lib/codes.ts';

const REGISTRY_FILE = new URL('./data/iana-sip-response-codes.tsv', import.meta.url);
const FLOWS_FOLDER = 'content/flows';

const rfcName = z.string().regex(/^RFC \d{3,5}$/, 'must look like "RFC 3261"');
const sectionNumber = z.string().regex(/^\d+(\.\d+)*$/, 'must look like "21.4.24"');
/** One sentence of plain text: it is shown outside Markdown (lists, meta tags). */
const plainText = (min: number) =>
  z
    .string()
    .trim()
    .min(min)
    .regex(/^[^\n`*_[\]<>{}]+$/, 'must be plain text on one line (no Markdown or HTML)');
const plainSentence = plainText(10);

export const codeSchema = z.strictObject({
  // The reason phrase exactly as registered with IANA, e.g. "Busy Here".
  reason: z.string().min(1),
  // One plain sentence of at most 160 characters, used in lists and as the meta description.
  summary: plainSentence.max(160, 'must be at most 160 characters'),
  // A few words for the one-page cheat sheet, e.g. "Callee busy on this device".
  gist: plainText(3).max(48, 'must be at most 48 characters'),
  // The RFC that defines the code, e.g. "RFC 3261".
  rfc: rfcName,
  // The section of that RFC that defines the code, e.g. "21.4.24"; omitted where it has none.
  section: sectionNumber.optional(),
  // True for codes the registry marks deprecated (202).
  deprecated: z.boolean().default(false),
  // Phrases the code was registered under before, so that searches for them still find it.
  formerReasons: z.array(z.string().min(1)).default([]),
  // Related codes, each with a few words on how it differs; every link must be reciprocal.
  seeAlso: z
    .array(
      z.strictObject({
        // The related status code; it must have a page.
        code: z.number().int().min(100).max(699),
        // How that code differs from this one.
        why: plainSentence.max(160),
      }),
    )
    .min(1, 'must list at least one related code'),
  // Which element generates the response, and for which requests it is typical.
  whoSends: plainSentence.optional(),
  // Header fields the response carries, with the requirement level and where it is stated.
  headers: z
    .array(
      z.strictObject({
        // The header field name, e.g. "Retry-After".
        name: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'must be a header field name'),
        // MUST and SHOULD come from the RFC; MAY marks an optional header often seen.
        requirement: z.enum(['MUST', 'SHOULD', 'MAY']),
        // The RFC that states the requirement.
        rfc: rfcName,
        // The section of that RFC that states it.
        section: sectionNumber,
        // The condition a MUST or SHOULD depends on, e.g. "the request carried Timestamp";
        // without it the requirement holds for every response with this code.
        when: plainText(5).max(80).optional(),
        // What the header says in this response.
        note: plainSentence.optional(),
      }),
    )
    .default([]),
  // What the receiver should do next, one step per item.
  next: z.array(plainSentence).default([]),
  // What a forking proxy does with the response (RFC 3261 §16.7).
  forking: plainSentence.optional(),
  // One response as it appears on the wire, headers only.
  example: z.string().optional(),
});

const listedCode = z.number().int().min(100).max(699);
/** A short table cell: a few words, plain text. */
const cell = plainText(2).max(100, 'must be at most 100 characters');

export const guideSchema = z.strictObject({
  // The group's name, e.g. "Busy and rejection"; the page heading is "Which code? …".
  title: z.string().min(3).max(60),
  // One plain sentence of at most 160 characters: what the guide helps decide.
  summary: plainSentence.max(160, 'must be at most 160 characters'),
  // The codes compared, in the order the guide presents them.
  codes: z.array(listedCode).min(2),
  // One row per code, in the order of `codes`.
  comparison: z.array(
    z.strictObject({
      // The code this row describes.
      code: listedCode,
      // Who sends it, in a few words.
      sender: cell,
      // Whether it speaks for this device, this server, or the user everywhere.
      scope: cell,
      // Whether and when the request may be retried.
      retry: cell,
      // What a forking proxy does when it receives it.
      forking: cell,
    }),
  ),
  // For a server choosing a response: when to send each code.
  sendWhen: z.array(z.strictObject({ code: listedCode, when: plainSentence.max(240) })),
  // For a client that received one: what to do.
  receiveWhen: z.array(z.strictObject({ code: listedCode, action: plainSentence.max(240) })),
});

export const flowSchema = z.strictObject({
  // The parties, left to right, as lanes of the diagram.
  participants: z
    .array(
      z.strictObject({
        // Short id the messages refer to, e.g. "alice".
        id: z.string().regex(/^[a-z][a-z0-9]*$/, 'must be lowercase letters and digits'),
        // What the lane is called on the page, e.g. "Alice (UAC)".
        label: z.string().min(1).max(24),
      }),
    )
    .min(2)
    .max(4),
  // The messages in order, each an arrow from one participant to another.
  messages: z
    .array(
      z.strictObject({
        // Id of the sending participant.
        from: z.string(),
        // Id of the receiving participant.
        to: z.string(),
        // A request method ("INVITE") or a response ("486 Busy Here"), with an optional qualifier.
        label: z.string().min(3).max(48),
        // A few words shown under the arrow.
        note: plainText(2).max(50).optional(),
      }),
    )
    .min(1)
    .max(14),
});

export const classSchema = z.strictObject({
  // The class name used by RFC 3261 §21, e.g. "Request Failure".
  name: z.string().min(1),
  // One plain sentence of at most 160 characters for lists and the meta description.
  summary: plainSentence.max(160, 'must be at most 160 characters'),
});

const causeNumber = z.number().int().min(1).max(127);
const statusCode = z.number().int().min(100).max(699);
/** A footnote or condition the RFC attaches to a table row. */
const rowNote = plainSentence.optional();

export const q850Schema = z.strictObject({
  // Q.850 cause names for every cause either table uses.
  causes: z.array(z.strictObject({ cause: causeNumber, name: z.string().min(1) })),
  // RFC 3398 §7.2.4.1: the response a gateway sends for an ISUP cause, in table order.
  isupToSip: z.array(z.strictObject({ cause: causeNumber, code: statusCode, note: rowNote })),
  // RFC 3398 §8.2.6.1: the ISUP cause a gateway sends for a response, in table order.
  sipToIsup: z.array(z.strictObject({ code: statusCode, cause: causeNumber, note: rowNote })),
});

export const warnCodeSchema = z.strictObject({
  // The warn-text RFC 3261 §20.43 suggests, e.g. "Incompatible media format".
  text: z.string().min(3),
  // What the warning tells the receiver, in a plain sentence.
  meaning: plainSentence.max(160),
});

const registry = () => parseRegistry(readFileSync(REGISTRY_FILE, 'utf8'));

/** The RFC 3398 tables as one entry, checked against themselves and the registry. */
function q850Tables(path: string): Loader {
  return {
    name: 'rfc3398-tables',
    async load({ store, parseData }) {
      const data = await parseData({ id: 'rfc3398', data: parseYaml(readFileSync(path, 'utf8')) });
      failOn(validateQ850(data as z.infer<typeof q850Schema>, registry(), path));
      store.clear();
      store.set({ id: 'rfc3398', data, filePath: path });
    },
  };
}

/**
 * The flows that match their schema, by code, read straight from disk: the code pages are
 * checked against them while the collections load, and the flows loader reports the rest.
 */
function flowsByCode(): Map<number, z.infer<typeof flowSchema>> {
  const flows = new Map<number, z.infer<typeof flowSchema>>();
  for (const name of readdirSync(FLOWS_FOLDER)) {
    const code = codeFromFileName(name);
    if (code === null || !/\.ya?ml$/.test(name)) continue;
    const parsed = flowSchema.safeParse(parseYaml(readFileSync(`${FLOWS_FOLDER}/${name}`, 'utf8')));
    if (parsed.success) flows.set(code, parsed.data);
  }
  return flows;
}

function failOn(problems: string[]): void {
  if (problems.length > 0) throw new Error(`Invalid content:\n  ${problems.join('\n  ')}`);
}

/**
 * The glob loader validates each file on its own; this adds the rules that span files
 * (registry match, duplicates, reciprocal links) and fails the build when one breaks.
 */
function checkedGlob<Entry>(
  name: string,
  options: Parameters<typeof glob>[0],
  validate: (entries: Entry[], rows: RegistryRow[]) => string[],
): Loader {
  const files = glob(options);
  return {
    name,
    async load(context) {
      await files.load(context);
      failOn(validate(context.store.values() as unknown as Entry[], registry()));
    },
  };
}

export const collections = {
  codes: defineCollection({
    loader: checkedGlob<CodeFile>(
      'code-files',
      // The whole path is the id, so that two files for one code both reach validation.
      { pattern: '**/*.{md,mdx}', base: './content/codes', generateId: ({ entry }) => entry },
      (files, rows): string[] => [
        ...validateCodeFiles(files, rows),
        ...validateExamplesAgainstFlows(files, flowsByCode()),
      ],
    ),
    schema: codeSchema,
  }),
  classes: defineCollection({
    loader: glob({ pattern: '[1-6]xx.{md,mdx}', base: './content/classes' }),
    schema: classSchema,
  }),
  guides: defineCollection({
    loader: checkedGlob<GuideFile>(
      'guide-files',
      { pattern: '*.{md,mdx}', base: './content/guides' },
      validateGuides,
    ),
    schema: guideSchema,
  }),
  flows: defineCollection({
    loader: checkedGlob<FlowFile>(
      'flow-files',
      { pattern: '*.{yaml,yml}', base: './content/flows' },
      validateFlows,
    ),
    schema: flowSchema,
  }),
  q850: defineCollection({ loader: q850Tables('content/q850.yaml'), schema: q850Schema }),
  // Keyed by warn-code (300–399); the explain page reads it.
  warnCodes: defineCollection({ loader: file('content/warn-codes.yaml'), schema: warnCodeSchema }),
};
