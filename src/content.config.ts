// The content collections: where each lives and the schema it must match (src/schemas/).
// Rules that span files run in the loaders and fail the build naming the file.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import {
  CAUSE_FILES,
  checkCauseFiles,
  checkedGlob,
  flowsByCode,
  registry,
  yamlDocument,
} from './loaders.ts';
import { codeSchema } from './schemas/codes.ts';
import { classSchema } from './schemas/classes.ts';
import { guideSchema } from './schemas/guides.ts';
import { flowSchema } from './schemas/flows.ts';
import { warnCodeSchema } from './schemas/warn-codes.ts';
import { asteriskSchema, freeswitchSchema, q850Schema, rfc3398Schema } from './schemas/causes.ts';
import { proxyRepliesSchema } from './schemas/proxy-replies.ts';
import { stackSchema } from './schemas/stacks.ts';
import { validateStackFile } from './lib/stacks/validate.ts';
import type { StackFile } from './lib/stacks/index.ts';
import { validateCodeFiles, type CodeFile } from './lib/validate.ts';
import { validateGuides, type GuideFile } from './lib/guides.ts';
import { validateFlows, type FlowFile } from './lib/flows.ts';
import { validateExamplesAgainstFlows } from './lib/example-flow.ts';

export { codeSchema, classSchema, guideSchema, flowSchema, warnCodeSchema };
export { q850Schema, rfc3398Schema, freeswitchSchema, asteriskSchema, proxyRepliesSchema };
export { stackSchema };

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
  // The cause files agree with each other and the registry; the check runs once, with Q.850's.
  q850: defineCollection({
    loader: yamlDocument(CAUSE_FILES.q850, () => checkCauseFiles(registry())),
    schema: q850Schema,
  }),
  rfc3398: defineCollection({ loader: yamlDocument(CAUSE_FILES.rfc3398), schema: rfc3398Schema }),
  freeswitch: defineCollection({
    loader: yamlDocument(CAUSE_FILES.freeswitch),
    schema: freeswitchSchema,
  }),
  asterisk: defineCollection({
    loader: yamlDocument(CAUSE_FILES.asterisk),
    schema: asteriskSchema,
  }),
  proxyReplies: defineCollection({
    loader: yamlDocument(CAUSE_FILES.proxyReplies),
    schema: proxyRepliesSchema,
  }),
  // One file per stack: the replies it builds on its own, each with the line that sends it.
  stacks: defineCollection({
    loader: checkedGlob<{ filePath: string; data: StackFile }>(
      'stack-files',
      { pattern: '*.{yaml,yml}', base: './content/stacks' },
      (files) => files.flatMap(({ filePath, data }) => validateStackFile(filePath, data)),
    ),
    schema: stackSchema,
  }),
  // Keyed by warn-code (300–399); the explain page reads it.
  warnCodes: defineCollection({ loader: file('content/warn-codes.yaml'), schema: warnCodeSchema }),
};
