// Reads the content collections once per build, sorted the way every page lists them.
import { getCollection, type CollectionEntry } from 'astro:content';
import { classOf, codeFromFileName, type ClassId } from './lib/codes.ts';

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
