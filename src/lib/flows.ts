// Call flows ("ladder diagrams"): who sends what to whom, in order. Labels are either a request
// method ("INVITE", "REGISTER (with Authorization)") or a response ("486 Busy Here",
// "200 OK (CANCEL)"), so each arrow can be recognised and linked.
import type { CollectionEntry } from 'astro:content';
import { codeFromFileName } from './codes.ts';
import { codePath } from './paths.ts';
import type { RegistryRow } from './registry.ts';

export type Flow = CollectionEntry<'flows'>['data'];

export type MessageLabel =
  { kind: 'request'; method: string } | { kind: 'response'; code: number; reason: string };

const RESPONSE = /^([1-6]\d\d) (.+?)(?: \([^()]+\))?$/;
const REQUEST = /^([A-Z]+)(?: \([^()]+\))?$/;

export function parseLabel(label: string): MessageLabel | null {
  const response = RESPONSE.exec(label);
  if (response) return { kind: 'response', code: Number(response[1]), reason: response[2]! };
  const request = REQUEST.exec(label);
  if (request) return { kind: 'request', method: request[1]! };
  return null;
}

export interface FlowFile {
  filePath: string;
  data: Flow;
}

export function validateFlows(files: readonly FlowFile[], registry: readonly RegistryRow[]) {
  const problems: string[] = [];
  const reasons = new Map(registry.map((row) => [row.code, row.reason]));
  const covered = new Set<number>();
  for (const { filePath, data } of files) {
    const code = codeFromFileName(filePath);
    if (code === null || !reasons.has(code)) {
      problems.push(`${filePath}: the file name must be a registered code, e.g. 486.yaml`);
      continue;
    }
    covered.add(code);
    const ids = new Set(data.participants.map((participant) => participant.id));
    if (ids.size !== data.participants.length)
      problems.push(`${filePath}: a participant id is used twice`);
    let showsOwnCode = false;
    data.messages.forEach(({ from, to, label }, index) => {
      const where = `${filePath}: message ${index + 1} (${label})`;
      if (!ids.has(from)) problems.push(`${where} comes from unknown participant "${from}"`);
      if (!ids.has(to)) problems.push(`${where} goes to unknown participant "${to}"`);
      if (from === to) problems.push(`${where} goes from a participant to itself`);
      const parsed = parseLabel(label);
      if (!parsed) {
        problems.push(`${where} is neither a request method nor "NNN Reason Phrase"`);
      } else if (parsed.kind === 'response') {
        const registered = reasons.get(parsed.code);
        const onTheWire = registered?.replace(/ \(Deprecated\)$/, '');
        if (registered && parsed.reason !== registered && parsed.reason !== onTheWire) {
          problems.push(`${where} should read "${parsed.code} ${onTheWire}"`);
        }
        if (parsed.code === code) showsOwnCode = true;
      }
    });
    if (!showsOwnCode) problems.push(`${filePath}: the flow never shows a ${code} response`);
  }
  for (const { code } of registry) {
    if (!covered.has(code))
      problems.push(`content/flows/${code}.yaml: registered code ${code} has no flow`);
  }
  return problems;
}

export interface FlowStep {
  from: string;
  to: string;
  label: string;
  note?: string | undefined;
  /** The page of the code this response carries, unless it is the page's own code. */
  href?: string | undefined;
  /** True for a response carrying the page's own code. */
  own: boolean;
}

/** The flow as a list of steps with participant names, linked where a code has a page. */
export function flowSteps(
  flow: Flow,
  code: number,
  linkable: { has(code: number): boolean },
): FlowStep[] {
  const names = new Map(
    flow.participants.map((participant) => [participant.id, participant.label]),
  );
  return flow.messages.map(({ from, to, label, note }) => {
    const parsed = parseLabel(label);
    const other = parsed?.kind === 'response' && parsed.code !== code ? parsed.code : undefined;
    return {
      from: names.get(from) ?? from,
      to: names.get(to) ?? to,
      label,
      note,
      href: other !== undefined && linkable.has(other) ? codePath(other) : undefined,
      own: parsed?.kind === 'response' && parsed.code === code,
    };
  });
}
