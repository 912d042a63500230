// "Which code?" guides compare groups of easily confused codes. These rules keep a guide in
// step with itself and with the registry; the pages derive every link from the same data.
import type { CollectionEntry } from 'astro:content';
import type { RegistryRow } from './registry.ts';

type GuideData = CollectionEntry<'guides'>['data'];

export interface GuideFile {
  filePath: string;
  data: Pick<GuideData, 'codes' | 'comparison' | 'sendWhen' | 'receiveWhen'>;
}

export function validateGuides(guides: readonly GuideFile[], registry: readonly RegistryRow[]) {
  const problems: string[] = [];
  const registered = new Set(registry.map((row) => row.code));
  for (const { filePath, data } of guides) {
    const listed = new Set(data.codes);
    if (listed.size !== data.codes.length) problems.push(`${filePath}: codes lists a code twice`);
    for (const code of data.codes) {
      if (!registered.has(code)) problems.push(`${filePath}: ${code} is not a registered code`);
    }
    const compared = data.comparison.map((row) => row.code);
    if (compared.join() !== data.codes.join()) {
      problems.push(`${filePath}: comparison rows must follow codes (${data.codes.join(', ')})`);
    }
    for (const [field, rows] of [
      ['sendWhen', data.sendWhen],
      ['receiveWhen', data.receiveWhen],
    ] as const) {
      for (const { code } of rows) {
        if (!listed.has(code))
          problems.push(`${filePath}: ${field} names ${code}, which codes does not list`);
      }
      for (const code of data.codes) {
        if (!rows.some((row) => row.code === code)) {
          problems.push(`${filePath}: ${field} says nothing about ${code}`);
        }
      }
    }
  }
  return problems;
}

export interface GuideLink {
  slug: string;
  title: string;
}

/** For each code, the guides that compare it, in guide order. */
export function guidesByCode(
  guides: readonly { slug: string; title: string; codes: readonly number[] }[],
) {
  const byCode = new Map<number, GuideLink[]>();
  for (const { slug, title, codes } of guides) {
    for (const code of codes) byCode.set(code, [...(byCode.get(code) ?? []), { slug, title }]);
  }
  return byCode;
}
