// Checks the content against the RFC texts kept beside the project (shared/reference/rfc in the
// folder that holds the checkout): no run of ten or more words copied from an RFC, and every
// MUST or SHOULD header row backed by the section it cites. Run `npm run check:rfc`; the unit
// tests run the same checks. The texts are not part of the site, so the build does not need them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { proseOf } from '../src/lib/content-prose.ts';
import { indexRfcPhrases, MIN_COPIED_WORDS, sharedRuns } from '../src/lib/copied-wording.ts';
import { checkHeaderCitations, type HeaderRow } from '../src/lib/header-citations.ts';
import {
  compareWithPrinted,
  printedIsupToSip,
  printedSipToIsup,
} from '../src/lib/causes/rfc3398-text.ts';

const RFC_FOLDER = join('shared', 'reference', 'rfc');

/**
 * The folder of RFC texts: $RFC_TEXTS if set, else shared/reference/rfc in the nearest folder
 * above the project that has one (beside a checkout, or beside the main checkout of a worktree).
 * Throws when there is none: a check that silently skips would pass without checking anything.
 */
export function findRfcFolder(projectRoot: string, env = process.env): string {
  if (env.RFC_TEXTS) {
    if (!existsSync(env.RFC_TEXTS)) throw new Error(`RFC_TEXTS=${env.RFC_TEXTS} does not exist`);
    return resolve(env.RFC_TEXTS);
  }
  const tried: string[] = [];
  for (let folder = dirname(resolve(projectRoot)); ; folder = dirname(folder)) {
    const candidate = join(folder, RFC_FOLDER);
    tried.push(candidate);
    if (existsSync(join(candidate, 'rfc3261.txt'))) return candidate;
    if (dirname(folder) === folder) break;
  }
  throw new Error(
    `No RFC texts found: looked for rfc3261.txt in ${tried.join(', ')}; set RFC_TEXTS to the folder`,
  );
}

/** The RFC texts of a folder by name: "RFC 3261" → the text of rfc3261.txt. */
export function readRfcTexts(folder: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(folder)) {
    const number = /^rfc(\d+)\.txt$/.exec(name)?.[1];
    if (number) texts.set(`RFC ${number}`, readFileSync(join(folder, name), 'utf8'));
  }
  return texts;
}

function contentFiles(contentFolder: string): string[] {
  return readdirSync(contentFolder, { recursive: true })
    .map(String)
    .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
    .sort()
    .map((name) => join(contentFolder, name));
}

/** Every problem, each naming the file (relative to `base`) and what is wrong. */
export function checkAgainstRfcs(
  contentFolder: string,
  rfcs: ReadonlyMap<string, string>,
  base = process.cwd(),
): string[] {
  const problems: string[] = [];
  const index = indexRfcPhrases([...rfcs].map(([name, text]) => ({ name, text })));
  for (const file of contentFiles(contentFolder)) {
    const shown = relative(base, file);
    const text = readFileSync(file, 'utf8');
    for (const { where, text: prose } of proseOf(file, text)) {
      for (const run of sharedRuns(prose, index)) {
        const length = run.words.split(' ').length;
        problems.push(
          `${shown}: ${where} shares ${length} words with ${run.rfc} (${MIN_COPIED_WORDS} or more is copying): "${run.words}"`,
        );
      }
    }
    if (/[/\\]causes[/\\]rfc3398\.ya?ml$/.test(file))
      problems.push(...checkRfc3398Tables(shown, text, rfcs.get('RFC 3398')));
    if (/[/\\]codes[/\\][^/\\]+\.mdx?$/.test(file)) {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const headers = ((parse(frontmatter) as { headers?: HeaderRow[] } | null)?.headers ??
        []) as HeaderRow[];
      problems.push(...checkHeaderCitations(shown, headers, (rfc) => rfcs.get(rfc)));
    }
  }
  return problems;
}

/** The RFC 3398 tables of content/causes/rfc3398.yaml held against the RFC's printed tables. */
function checkRfc3398Tables(shown: string, yaml: string, rfc: string | undefined): string[] {
  if (rfc === undefined) return [`${shown}: rfc3398.txt is missing from the RFC texts`];
  const data = parse(yaml) as {
    isupToSip?: { cause: number; code: number | null; note?: string }[];
    sipToIsup?: { code: number; cause: number | null; note?: string }[];
  };
  const isup = (data.isupToSip ?? []).map(({ cause, code, note }) => ({
    from: cause,
    to: code,
    note,
  }));
  const sip = (data.sipToIsup ?? []).map(({ code, cause, note }) => ({
    from: code,
    to: cause,
    note,
  }));
  return [
    ...compareWithPrinted(shown, 'isupToSip', isup, printedIsupToSip(rfc), '7.2.4.1'),
    ...compareWithPrinted(shown, 'sipToIsup', sip, printedSipToIsup(rfc), '8.2.6.1'),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const contentFolder = resolve(process.argv[2] ?? join(root, 'content'));
  const rfcFolder = findRfcFolder(root);
  const problems = checkAgainstRfcs(contentFolder, readRfcTexts(rfcFolder), dirname(contentFolder));
  if (problems.length > 0) {
    console.error(
      `Content disagrees with the RFC texts in ${rfcFolder}:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`Content checked against the RFC texts in ${rfcFolder}.`);
}
