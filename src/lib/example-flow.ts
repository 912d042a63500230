// A code page shows one response on the wire and one call flow; both must tell the same story.
// Two rules tie them together:
// - Routing (RFC 3261 §12.1.1, §12.2.1.1, §16.6 step 4): a dialog-creating response carries
//   Record-Route exactly when a proxy asked to stay on the path, and then the requests inside
//   the dialog go through that proxy; without it they go straight from one user agent to the
//   other. The example's Record-Route must match what the flow draws.
// - The session description (RFC 3261 §13.3.1.4, RFC 3262): a 2xx to INVITE carries the offer or
//   answer still owed, unless a reliable provisional response (acknowledged by PRACK) already
//   carried it; an empty 2xx needs a PRACK in the flow.
import { codeFromFileName } from './codes.ts';
import { parseLabel, type Flow } from './flows.ts';
import { hasHeader, parseSipResponse, type SipResponse } from './sip-message.ts';

/** Requests sent inside a dialog; an ACK counts when it acknowledges a 2xx. */
const IN_DIALOG_METHODS = new Set(['BYE', 'PRACK', 'UPDATE', 'INFO']);

interface Hop {
  from: string;
  to: string;
  label: string;
}

function methodOf(label: string): string | undefined {
  const parsed = parseLabel(label);
  return parsed?.kind === 'request' ? parsed.method : undefined;
}

function codeOf(label: string): number | undefined {
  const parsed = parseLabel(label);
  return parsed?.kind === 'response' ? parsed.code : undefined;
}

/**
 * Participants that relay the flow's initial request: they receive it from one participant and
 * send the same method on to another.
 */
export function intermediariesOf(flow: Flow): Set<string> {
  const method = methodOf(flow.messages[0]?.label ?? '');
  const relays = new Set<string>();
  const uac = flow.messages[0]?.from;
  flow.messages.forEach((received, index) => {
    if (methodOf(received.label) !== method || received.to === uac) return;
    const relayed = flow.messages
      .slice(index + 1)
      .some(
        (sent) =>
          sent.from === received.to && sent.to !== received.from && methodOf(sent.label) === method,
      );
    if (relayed) relays.add(received.to);
  });
  return relays;
}

/** The in-dialog requests of a flow: BYE, PRACK, UPDATE, INFO, and each ACK for a 2xx. */
export function inDialogRequests(flow: Flow): Hop[] {
  return flow.messages.filter((message, index) => {
    const method = methodOf(message.label);
    if (method === undefined) return false;
    if (IN_DIALOG_METHODS.has(method)) return true;
    if (method !== 'ACK') return false;
    // An ACK acknowledges the last final response its sender received: end to end for a 2xx,
    // hop by hop (same path as the INVITE) for anything else.
    const lastFinal = flow.messages
      .slice(0, index)
      .reverse()
      .find((earlier) => earlier.to === message.from && (codeOf(earlier.label) ?? 0) >= 200);
    const code = lastFinal ? codeOf(lastFinal.label)! : 0;
    return code >= 200 && code < 300;
  });
}

function describe(hop: Hop): string {
  return `${methodOf(hop.label)} from ${hop.from} to ${hop.to}`;
}

/**
 * The method of the request that the flow's first response with this code answers. Requests
 * are paired with responses as a transaction would: a response goes back along the path its
 * request came, answers the request its label names ("200 OK (CANCEL)") or else the latest one
 * still open on that path, and a final response closes it.
 */
export function answeredMethod(flow: Flow, code: number): string | undefined {
  const open = new Map<string, string[]>();
  for (const { from, to, label } of flow.messages) {
    const method = methodOf(label);
    if (method !== undefined) {
      if (method !== 'ACK')
        open.set(`${from}>${to}`, [...(open.get(`${from}>${to}`) ?? []), method]);
      continue;
    }
    const status = codeOf(label);
    if (status === undefined) continue;
    const pending = open.get(`${to}>${from}`) ?? [];
    const named = /\(([A-Z]+)\)$/.exec(label)?.[1];
    const index = named ? pending.lastIndexOf(named) : pending.length - 1;
    const answered = index === -1 ? named : pending[index];
    if (status === code) return answered;
    if (status >= 200 && index !== -1) pending.splice(index, 1);
  }
  return undefined;
}

/** Problems between a page's example response and its flow; empty when they agree. */
export function checkExampleAgainstFlow(example: SipResponse, flow: Flow): string[] {
  const problems: string[] = [];
  const cseq = example.headers.find(({ name }) => name.toLowerCase() === 'cseq');
  const method = cseq?.value.split(/\s+/)[1];
  const answered = answeredMethod(flow, example.code);
  if (method !== undefined && answered !== undefined && method !== answered) {
    problems.push(`answers ${method}, but in the flow the ${example.code} answers ${answered}`);
  }
  const initialMethod = methodOf(flow.messages[0]?.label ?? '');
  if (method === undefined || method !== initialMethod) return problems;

  const createsDialog = example.code > 100 && example.code < 300;
  if (createsDialog) {
    const relays = intermediariesOf(flow);
    const requests = inDialogRequests(flow);
    const routed = requests.find((hop) => relays.has(hop.from) || relays.has(hop.to));
    const direct = requests.find((hop) => !relays.has(hop.from) && !relays.has(hop.to));
    const recordRoute = hasHeader(example, 'Record-Route');
    if (recordRoute && relays.size === 0) {
      problems.push(
        'carries Record-Route, but no proxy in the flow relays the request that could have added it',
      );
    } else if (recordRoute && direct) {
      problems.push(
        `carries Record-Route, so requests in the dialog go through the proxy (RFC 3261 section 12.2.1.1), but the flow sends ${describe(direct)} directly`,
      );
    } else if (!recordRoute && routed) {
      problems.push(
        `has no Record-Route, so requests in the dialog go straight to the other user agent, but the flow sends ${describe(routed)}`,
      );
    }
  }

  const acceptsInvite = method === 'INVITE' && example.code >= 200 && example.code < 300;
  const prack = flow.messages.some((message) => methodOf(message.label) === 'PRACK');
  if (acceptsInvite && example.body.trim() === '' && !prack) {
    problems.push(
      'is a 2xx to INVITE without a body, but the flow has no reliable provisional response (PRACK) that already carried the offer or answer (RFC 3261 section 13.3.1.4)',
    );
  }
  return problems;
}

/**
 * The rules above for every code page that has both an example and a flow; each problem names
 * the code file.
 */
export function validateExamplesAgainstFlows(
  files: readonly { filePath: string; data: { example?: string | undefined } }[],
  flows: ReadonlyMap<number, Flow>,
): string[] {
  const problems: string[] = [];
  for (const { filePath, data } of files) {
    const code = codeFromFileName(filePath);
    const flow = code === null ? undefined : flows.get(code);
    if (data.example === undefined || flow === undefined) continue;
    let example: SipResponse;
    try {
      example = parseSipResponse(data.example);
    } catch {
      continue; // a malformed example is reported by checkExample
    }
    for (const problem of checkExampleAgainstFlow(example, flow)) {
      problems.push(`${filePath}: example ${problem} (content/flows/${code}.yaml)`);
    }
  }
  return problems;
}
