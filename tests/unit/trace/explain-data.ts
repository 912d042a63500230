// The explain data built from the real content, as the page builds it.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildExplainData } from '../../../src/lib/trace/data.ts';
import { parseRegistry } from '../../../src/lib/registry.ts';
import { readCauseFiles } from '../../../src/loaders.ts';
import { createCauseIndex, q850Names } from '../../../src/lib/causes/index.ts';
import { allSenders } from '../../../src/lib/stacks/index.ts';
import { stackSchema } from '../../../src/schemas/stacks.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

export const registry = parseRegistry(read('src/data/iana-sip-response-codes.tsv'));

const codes = readdirSync(new URL('content/codes/', root))
  .filter((name) => /^\d{3}\.mdx$/.test(name))
  .map((name) => {
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(read(`content/codes/${name}`))![1]!);
    return { code: Number(name.slice(0, 3)), headers: frontmatter.headers ?? [] };
  });

export const warnCodes = parse(read('content/warn-codes.yaml')) as Record<
  string,
  { text: string; meaning: string }
>;

const { tables } = readCauseFiles();
const causeIndex = createCauseIndex(tables!);

export const stackFiles = readdirSync(new URL('content/stacks/', root))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => stackSchema.parse(parse(read(`content/stacks/${name}`))));

export const explainData = buildExplainData({
  registry,
  codes,
  warnCodes: Object.entries(warnCodes).map(([code, { meaning }]) => ({ code, meaning })),
  causes: q850Names(causeIndex),
  causePages: true,
  senders: allSenders(stackFiles),
  signatures: tables!.proxyReplies.signatures,
  rfc3398: causeIndex.mappings.find((mapping) => mapping.id === 'rfc3398')!,
});

export const traceDir = new URL('tests/fixtures/traces/', root);
