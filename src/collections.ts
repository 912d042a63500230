// Reads the content collections once per build, sorted the way every page lists them.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { createCauseIndex, type CauseIndex } from './lib/causes/index.ts';
import { classOf, codeFromFileName, type ClassId } from './lib/codes.ts';
import { guidesByCode } from './lib/guides.ts';
import { allSenders, type StackSender } from './lib/stacks/index.ts';

export interface CodePage {
  code: number;
  statusClass: ClassId;
  entry: CollectionEntry<'codes'>;
}

let cached: Promise<CodePage[]> | undefined;

/** Every code page, in numeric order. The loader has already rejected bad file names. */
export function getCodePages(): Promise<CodePage[]> {
  cached ??= getCollection('codes').then((entries) =>
    entries
      .map((entry) => {
        const code = codeFromFileName(entry.id)!;
        return { code, statusClass: classOf(code), entry };
      })
      .sort((a, b) => a.code - b.code),
  );
  return cached;
}

export async function getClassPages() {
  const entries = await getCollection('classes');
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Guides in a fixed reading order: by their first code. */
export async function getGuides() {
  const entries = await getCollection('guides');
  return entries.sort((a, b) => a.data.codes[0]! - b.data.codes[0]! || a.id.localeCompare(b.id));
}

/** For each code, the guides that compare it. */
export async function getGuidesByCode() {
  const guides = await getGuides();
  return guidesByCode(
    guides.map((guide) => ({ slug: guide.id, title: guide.data.title, codes: guide.data.codes })),
  );
}

/** Reason phrases by code, for naming the codes a page links to. */
export async function getReasonOf(): Promise<ReadonlyMap<number, string>> {
  const pages = await getCodePages();
  return new Map(pages.map(({ code, entry }) => [code, entry.data.reason]));
}

let causes: Promise<CauseIndex> | undefined;

/** Lookups across the cause files (content/causes/), built once per build. */
export function getCauseIndex(): Promise<CauseIndex> {
  causes ??= Promise.all([
    getCodePages(),
    getEntry('q850', 'q850'),
    getEntry('rfc3398', 'rfc3398'),
    getEntry('freeswitch', 'freeswitch'),
    getEntry('asterisk', 'asterisk'),
    getEntry('proxyReplies', 'proxy-replies'),
  ]).then(([pages, q850, rfc3398, freeswitch, asterisk, proxyReplies]) =>
    createCauseIndex(
      {
        q850: q850!.data,
        rfc3398: rfc3398!.data,
        freeswitch: freeswitch!.data,
        asterisk: asterisk!.data,
        proxyReplies: proxyReplies!.data,
      },
      // Every registered code has a page (the build refuses a missing one).
      pages.map((page) => page.code),
    ),
  );
  return causes;
}

let senders: Promise<StackSender[]> | undefined;

/** Every stack's own replies (content/stacks/), read once per build. */
export function getStackSenders(): Promise<StackSender[]> {
  senders ??= getCollection('stacks').then((entries) =>
    allSenders(entries.map(({ data }) => data)),
  );
  return senders;
}
