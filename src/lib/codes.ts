// Facts about status codes that follow from the number alone (RFC 3261 §7.2, §21).

export const CLASS_IDS = ['1xx', '2xx', '3xx', '4xx', '5xx', '6xx'] as const;

export type ClassId = (typeof CLASS_IDS)[number];

const CODE_STEM = /^([1-6]\d\d)$/;

/** The class ("4xx") a status code from 100 to 699 belongs to. */
export function classOf(code: number): ClassId {
  if (!Number.isInteger(code) || code < 100 || code > 699) {
    throw new RangeError(`${code} is not a SIP status code (100-699)`);
  }
  return `${Math.floor(code / 100)}xx` as ClassId;
}

export function isClassId(value: string): value is ClassId {
  return (CLASS_IDS as readonly string[]).includes(value);
}

/** The code a content file stands for, read from its name ("4xx/486.mdx" → 486), or null. */
export function codeFromFileName(path: string): number | null {
  const base = path.split('/').pop() ?? '';
  const stem = base.replace(/\.(mdx?|ya?ml)$/, '');
  if (stem === base) return null;
  const match = CODE_STEM.exec(stem);
  return match ? Number(match[1]) : null;
}

/** Link to a section of an RFC on the RFC Editor's site, or to the RFC itself. */
export function rfcUrl(rfc: string, section?: string | null): string {
  const number = /^RFC ?(\d+)$/i.exec(rfc.trim())?.[1];
  if (!number) throw new Error(`"${rfc}" is not an RFC name like "RFC 3261"`);
  const base = `https://www.rfc-editor.org/rfc/rfc${number}.html`;
  return section ? `${base}#section-${section}` : base;
}

/** "RFC 3261 §21.4.24", or just the RFC when no section applies. */
export function rfcLabel(rfc: string, section?: string | null): string {
  return section ? `${rfc} §${section}` : rfc;
}

/** Every code from 100 to 699 that has no registration, in order. */
export function unregisteredCodes(registered: Iterable<number>): number[] {
  const known = new Set(registered);
  return Array.from({ length: 600 }, (_, index) => 100 + index).filter((code) => !known.has(code));
}

/**
 * The code a UAC treats an unrecognised response as (RFC 3261 §8.1.3.2): a provisional one
 * other than 100 as 183 Session Progress, a final one as the x00 of its class.
 */
export function treatedAs(code: number): number {
  const statusClass = Math.floor(code / 100);
  if (statusClass === 1) return code === 100 ? 100 : 183;
  classOf(code);
  return statusClass * 100;
}
