// Content loaders that add, to the per-file schema checks, the rules that span files. Each
// problem names the file it is about, and any problem fails the build.
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseRegistry, type RegistryRow } from './lib/registry.ts';
import { codeFromFileName } from './lib/codes.ts';
import { flowSchema } from './schemas/flows.ts';
import type { CauseTables } from './lib/causes/tables.ts';
import { validateCauseTables, type CauseFilePaths } from './lib/causes/validate.ts';
import { asteriskSchema, freeswitchSchema, q850Schema, rfc3398Schema } from './schemas/causes.ts';
import { proxyRepliesSchema } from './schemas/proxy-replies.ts';

const REGISTRY_FILE = new URL('./data/iana-sip-response-codes.tsv', import.meta.url);

export const registry = () => parseRegistry(readFileSync(REGISTRY_FILE, 'utf8'));

export function failOn(problems: string[]): void {
  if (problems.length > 0) throw new Error(`Invalid content:\n  ${problems.join('\n  ')}`);
}

/**
 * The glob loader validates each file on its own; this adds the rules that span files
 * (registry match, duplicates, reciprocal links) and fails the build when one breaks.
 */
export function checkedGlob<Entry>(
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

const FLOWS_FOLDER = 'content/flows';

/**
 * The flows that match their schema, by code, read straight from disk: the code pages are
 * checked against them while the collections load, and the flows loader reports the rest.
 */
export function flowsByCode(): Map<number, z.infer<typeof flowSchema>> {
  const flows = new Map<number, z.infer<typeof flowSchema>>();
  for (const name of readdirSync(FLOWS_FOLDER)) {
    const code = codeFromFileName(name);
    if (code === null || !/\.ya?ml$/.test(name)) continue;
    const parsed = flowSchema.safeParse(readYaml(`${FLOWS_FOLDER}/${name}`));
    if (parsed.success) flows.set(code, parsed.data);
  }
  return flows;
}

export function readYaml(path: string): unknown {
  return parseYaml(readFileSync(path, 'utf8'));
}

/**
 * One YAML file as a single entry (id: the file's name without extension). `check` runs after
 * the schema has accepted the file, and may read the other files it must agree with.
 */
export function yamlDocument(path: string, check?: (data: unknown) => string[]): Loader {
  const id = path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  return {
    name: `yaml-document:${id}`,
    async load({ store, parseData }) {
      const raw = readYaml(path) as Record<string, unknown>;
      const data = await parseData({ id, data: raw, filePath: path });
      if (check) failOn(check(data));
      store.clear();
      store.set({ id, data, filePath: path });
    },
  };
}

/** The cause files, one collection each. */
export const CAUSE_FILES: CauseFilePaths = {
  q850: 'content/causes/q850.yaml',
  rfc3398: 'content/causes/rfc3398.yaml',
  freeswitch: 'content/causes/freeswitch.yaml',
  asterisk: 'content/causes/asterisk.yaml',
  proxyReplies: 'content/causes/proxy-replies.yaml',
};

const causeSchemas = {
  q850: q850Schema,
  rfc3398: rfc3398Schema,
  freeswitch: freeswitchSchema,
  asterisk: asteriskSchema,
  proxyReplies: proxyRepliesSchema,
};

/** Every cause file read and checked against its own schema; problems name the file. */
export function readCauseFiles(): { tables: CauseTables | null; problems: string[] } {
  const tables: Partial<CauseTables> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(causeSchemas)) {
    const file = CAUSE_FILES[key as keyof CauseTables];
    const result = schema.safeParse(readYaml(file));
    if (result.success) Object.assign(tables, { [key]: result.data });
    else
      problems.push(
        ...result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`),
      );
  }
  return { tables: problems.length > 0 ? null : (tables as CauseTables), problems };
}

/**
 * The cause files checked against each other and the registry. A file its own schema rejects
 * is left to its own loader, whose message Astro prints with the file's name.
 */
export function checkCauseFiles(rows: readonly RegistryRow[]): string[] {
  const { tables } = readCauseFiles();
  return tables ? validateCauseTables(tables, rows, CAUSE_FILES) : [];
}
