import { classOf, type ClassId } from './codes.ts';

/** One row of the IANA "Response Codes" registry for SIP. */
export interface RegistryRow {
  code: number;
  reason: string;
  statusClass: ClassId;
  /** Normalised to "RFC 3261". */
  rfc: string;
  /** Null where the registry names no section. */
  section: string | null;
}

/** Parses the tab-separated registry snapshot (header: code, reason, class, rfc, section). */
export function parseRegistry(tsv: string): RegistryRow[] {
  const [header, ...lines] = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (header?.split('\t').join(',') !== 'code,reason,class,rfc,section') {
    throw new Error('registry: unexpected header line');
  }
  return lines.map((line, index) => {
    const [code, reason, statusClass, rfc, section] = line.split('\t');
    const number = Number(code);
    if (!reason || !rfc || classOf(number) !== statusClass) {
      throw new Error(`registry line ${index + 2}: malformed row "${line}"`);
    }
    return {
      code: number,
      reason,
      statusClass: statusClass as ClassId,
      rfc: rfc.replace(/^RFC\s*/i, 'RFC '),
      section: section?.trim() || null,
    };
  });
}
