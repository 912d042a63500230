// Rules that span content files. Each problem names the file it is about, so a failed build
// points straight at what to edit.
import type { CollectionEntry } from 'astro:content';
import { codeFromFileName } from './codes.ts';
import { checkExample } from './sip-message.ts';
import { challengeNamedAsCredentials, mayRowCalledMandatory } from './wording-rules.ts';
import type { RegistryRow } from './registry.ts';

type CodeData = CollectionEntry<'codes'>['data'];

export interface CodeFile {
  /** Path from the project root, e.g. "content/codes/486.mdx". */
  filePath: string;
  data: Pick<CodeData, 'reason' | 'rfc' | 'section' | 'seeAlso'> &
    Partial<Pick<CodeData, 'headers' | 'example' | 'gist' | 'aliases'>>;
}

export function validateCodeFiles(files: readonly CodeFile[], registry: readonly RegistryRow[]) {
  const problems: string[] = [];
  const registered = new Map(registry.map((row) => [row.code, row]));
  const byCode = new Map<number, CodeFile>();

  for (const file of files) {
    const code = codeFromFileName(file.filePath);
    if (code === null) {
      problems.push(
        `${file.filePath}: the file name must be a three-digit code from 100 to 699, e.g. 486.mdx`,
      );
      continue;
    }
    const first = byCode.get(code);
    if (first) {
      problems.push(`${file.filePath}: code ${code} is already defined in ${first.filePath}`);
      continue;
    }
    byCode.set(code, file);

    const row = registered.get(code);
    if (!row) {
      problems.push(`${file.filePath}: ${code} is not in the IANA registry (src/data)`);
      continue;
    }
    const { reason, rfc, section } = file.data;
    if (reason !== row.reason) {
      problems.push(
        `${file.filePath}: reason "${reason}" differs from the registered phrase "${row.reason}"`,
      );
    }
    if (rfc !== row.rfc) {
      problems.push(`${file.filePath}: rfc "${rfc}" differs from the registry's "${row.rfc}"`);
    }
    if (row.section && section !== row.section) {
      problems.push(
        `${file.filePath}: section "${section ?? ''}" differs from the registry's "${row.section}"`,
      );
    }
    const challenge = file.data.gist ? challengeNamedAsCredentials(file.data.gist) : null;
    if (challenge) {
      problems.push(
        `${file.filePath}: gist names ${challenge} as where credentials go; it carries the challenge, and credentials go in ${challenge === 'WWW-Authenticate' ? 'Authorization' : 'Proxy-Authorization'}`,
      );
    }
    (file.data.headers ?? []).forEach((header, index) => {
      if (mayRowCalledMandatory(header)) {
        problems.push(
          `${file.filePath}: headers.${index} (${header.name}) is MAY but its note makes it mandatory; make it a MUST row with the condition in "when"`,
        );
      }
    });
    if (file.data.example !== undefined) {
      // A conditional MUST ("when the request carried Timestamp") need not appear in the example.
      const requiredHeaders = (file.data.headers ?? [])
        .filter((header) => header.requirement === 'MUST' && header.when === undefined)
        .map((header) => header.name);
      // On the wire a deprecated code carries its plain phrase: "Accepted", not "Accepted (Deprecated)".
      const reasons = [reason, reason.replace(/ \(Deprecated\)$/, '')];
      for (const problem of checkExample(file.data.example, { code, reasons, requiredHeaders })) {
        problems.push(`${file.filePath}: example ${problem}`);
      }
    }
  }

  for (const [code, file] of byCode) {
    const seen = new Set<number>();
    for (const { code: other } of file.data.seeAlso) {
      if (other === code) {
        problems.push(`${file.filePath}: seeAlso lists the page's own code ${code}`);
      } else if (seen.has(other)) {
        problems.push(`${file.filePath}: seeAlso lists ${other} twice`);
      } else if (!byCode.has(other)) {
        problems.push(
          `${file.filePath}: seeAlso ${other} has no page (content/codes/${other}.mdx)`,
        );
      } else if (!byCode.get(other)!.data.seeAlso.some((link) => link.code === code)) {
        problems.push(
          `${file.filePath}: seeAlso ${other} is not reciprocal; ${byCode.get(other)!.filePath} must list ${code}`,
        );
      }
      seen.add(other);
    }
  }

  // An alias is a direct answer to a search, so it must lead to one code only.
  const aliasOwner = new Map<string, number>();
  for (const [code, file] of byCode) {
    for (const alias of file.data.aliases ?? []) {
      const owner = aliasOwner.get(alias);
      if (owner === code) problems.push(`${file.filePath}: alias "${alias}" is listed twice`);
      else if (owner !== undefined)
        problems.push(
          `${file.filePath}: alias "${alias}" already names ${owner} (${byCode.get(owner)!.filePath})`,
        );
      else if (alias === file.data.reason.toLowerCase())
        problems.push(`${file.filePath}: alias "${alias}" is the reason phrase itself`);
      else aliasOwner.set(alias, code);
    }
  }

  for (const row of registry) {
    if (!byCode.has(row.code)) {
      problems.push(`content/codes/${row.code}.mdx: registered code ${row.code} has no page`);
    }
  }
  return problems;
}
