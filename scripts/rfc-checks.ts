// Checks the content against the RFC texts kept in the project (reference/rfc, whose README says
// where each came from): no run of ten or more words copied from an RFC, and every MUST or SHOULD
// header row backed by the section it cites. Run `npm run check:rfc`; the unit tests run the same
// checks. The texts are not part of the site, so the build neither needs nor ships them.
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

/** Where the project keeps the texts, with a README that lists each file and its source. */
export const RFC_FOLDER = join('reference', 'rfc');

/**
 * RFCs cited by header rows whose texts are not kept (no faithful copy was found), so their rows
 * go unchecked and the output names them; a row citing any other RFC without its text fails.
 */
export const NOT_AT_HAND: ReadonlySet<string> = new Set(['RFC 4412', 'RFC 6442', 'RFC 8876']);

/**
 * The folder of RFC texts: $RFC_TEXTS if set, else reference/rfc in the project. Throws, naming
 * the folder, when there is none: a check that silently skipped would pass without checking.
 */
export function findRfcFolder(projectRoot: string, env = process.env): string {
  if (env.RFC_TEXTS) {
    if (!existsSync(env.RFC_TEXTS)) throw new Error(`RFC_TEXTS=${env.RFC_TEXTS} does not exist`);
    return resolve(env.RFC_TEXTS);
  }
  const folder = resolve(projectRoot, RFC_FOLDER);
  if (!existsSync(folder)) {
    throw new Error(`No RFC texts: ${folder} is missing (or set RFC_TEXTS to a folder of them)`);
  }
  return folder;
}

/** The files the project's README lists in its table ("| rfc3261.txt | …"), in its order. */
export function listedTexts(readme: string): string[] {
  return [...readme.matchAll(/^\|\s*(rfc\d+\.txt)\s*\|/gm)].map((match) => match[1]!);
}

/**
 * The listed texts absent from `folder`. The list comes from the project's README, so pointing
 * RFC_TEXTS at a folder that lacks some still names each one missing.
 */
export function missingTexts(projectRoot: string, folder: string): string[] {
  const readme = join(resolve(projectRoot, RFC_FOLDER), 'README.md');
  if (!existsSync(readme)) return [readme];
  const listed = listedTexts(readFileSync(readme, 'utf8'));
  if (listed.length === 0) return [`the table of ${readme}`];
  return listed.filter((name) => !existsSync(join(folder, name)));
}

/** Throws, naming every missing file, unless the folder holds all the texts the README lists. */
export function requireTexts(projectRoot: string, folder: string): void {
  const missing = missingTexts(projectRoot, folder);
  if (missing.length > 0) {
    throw new Error(`RFC texts missing from ${folder}: ${missing.join(', ')}`);
  }
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

/**
 * Every problem, each naming the file (relative to `base`) and what is wrong. MUST and SHOULD
 * rows citing an RFC of NOT_AT_HAND go into `unchecked`; one citing another absent RFC is a
 * problem that names the missing file.
 */
export function checkAgainstRfcs(
  contentFolder: string,
  rfcs: ReadonlyMap<string, string>,
  base = process.cwd(),
  unchecked: string[] = [],
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
      headers.forEach(({ name, requirement, rfc }, index) => {
        if (requirement === 'MAY' || rfcs.has(rfc)) return;
        const row = `${shown}: headers.${index} (${name}, ${requirement}, ${rfc})`;
        if (NOT_AT_HAND.has(rfc)) unchecked.push(row);
        else {
          const file = `${rfc.toLowerCase().replace(/\s+/g, '')}.txt`;
          problems.push(`${row}: the text of ${rfc} (${file}) is missing, so the row is unchecked`);
        }
      });
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
  requireTexts(root, rfcFolder);
  const unchecked: string[] = [];
  const rfcs = readRfcTexts(rfcFolder);
  const problems = checkAgainstRfcs(contentFolder, rfcs, dirname(contentFolder), unchecked);
  if (unchecked.length > 0) {
    console.log(`Not checked (no text kept for their RFC):\n  ${unchecked.join('\n  ')}`);
  }
  if (problems.length > 0) {
    console.error(
      `Content disagrees with the RFC texts in ${rfcFolder}:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`Content checked against the RFC texts in ${rfcFolder}.`);
}
