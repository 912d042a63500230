// Messages sent more than once, one finding per message with all its copies, and which timer
// the gaps between the copies fit: Timer A for an INVITE (RFC 3261 §17.1.1.2), Timer E for
// other requests (§17.1.2.2), Timer G for a non-2xx final response to INVITE (§17.2.1), the UAS
// core's own schedule for a 2xx (§13.3.1.4) and RFC 3262 §3 for a reliable provisional one.
import { headerValue } from '../sip-message.ts';
import { routes } from '../paths.ts';
import type { Exchange, ExchangeMessage } from '../trace/types.ts';
import {
  codeOf,
  copyGroups,
  finding,
  labelOf,
  listOf,
  methodAbout,
  methodOf,
  nameOf,
  placeOfItem,
  RELIABLE,
  responsesTo,
  seconds,
  T1,
  T2,
  timeOf,
  times,
  transportOf,
  type CopyGroup,
} from './facts.ts';
import type { Diagnosis, DiagnosisRule, RuleReference } from './types.ts';

type Schedule = 'timer-a' | 'timer-e' | 'timer-g' | '2xx-retransmission' | 'reliable-1xx';

interface Plan {
  kind: Schedule | 'response-repeated';
  rule: RuleReference;
  /** Whether the interval stops doubling at T2. */
  capped: boolean;
  /** What sends the copies, in a few words. */
  sender: string;
  /** The schedule's name in a sentence: "Timer A". */
  schedule: string;
}

const PLANS: Record<Schedule, Plan> = {
  'timer-a': {
    kind: 'timer-a',
    rule: { rfc: 3261, section: '17.1.1.2', name: 'Timer A' },
    capped: false,
    sender: 'the INVITE client transaction',
    schedule: 'Timer A',
  },
  'timer-e': {
    kind: 'timer-e',
    rule: { rfc: 3261, section: '17.1.2.2', name: 'Timer E' },
    capped: true,
    sender: 'the non-INVITE client transaction',
    schedule: 'Timer E',
  },
  'timer-g': {
    kind: 'timer-g',
    rule: { rfc: 3261, section: '17.2.1', name: 'Timer G' },
    capped: true,
    sender: 'the INVITE server transaction',
    schedule: 'Timer G',
  },
  '2xx-retransmission': {
    kind: '2xx-retransmission',
    rule: { rfc: 3261, section: '13.3.1.4', name: '2xx retransmission by the UAS core' },
    capped: true,
    sender: 'the answering user agent, which resends a 2xx until its ACK arrives',
    schedule: 'the schedule for a 2xx',
  },
  'reliable-1xx': {
    kind: 'reliable-1xx',
    rule: { rfc: 3262, section: '3', name: 'Reliable provisional response' },
    capped: false,
    sender:
      'the answering user agent, which resends a reliable provisional response until its PRACK arrives',
    schedule: 'the schedule for a reliable provisional response',
  },
};

function planFor(item: ExchangeMessage): Plan | null {
  const code = codeOf(item);
  const method = methodAbout(item);
  if (code === null) {
    if (method === 'ACK') return null;
    return PLANS[method === 'INVITE' ? 'timer-a' : 'timer-e'];
  }
  if (method === 'INVITE' && code >= 300) return PLANS['timer-g'];
  if (method === 'INVITE' && code >= 200) return PLANS['2xx-retransmission'];
  if (code > 100 && headerValue(item.found.message, 'RSeq') !== undefined)
    return PLANS['reliable-1xx'];
  return null;
}

/** Close enough for timers read off a capture: within a fifth, or 60 ms for short gaps. */
const near = (measured: number, expected: number) =>
  Math.abs(measured - expected) <= Math.max(expected * 0.2, 60_000);

/** The gaps a schedule gives, starting at `first`, doubling, capped at T2 where it is. */
function expectedGaps(first: number, count: number, capped: boolean): number[] {
  const gaps: number[] = [];
  let gap = first;
  for (let index = 0; index < count; index++) {
    gaps.push(capped ? Math.min(gap, Math.max(T2, first)) : gap);
    gap *= 2;
  }
  return gaps;
}

function t1Words(first: number): string {
  if (near(first, T1)) return 'the default T1 of 500 ms';
  return first > T1
    ? `a T1 of about ${seconds(first)}, above the 500 ms default (a larger T1 is allowed, and advised on slow links)`
    : `a T1 of about ${seconds(first)}, below the 500 ms default: RFC 3261 allows that only in closed private networks, and advises against it even there`;
}

/** "0.5 s, 1 s, 2 s and 4 s (7 times)": a run of equal gaps is said once, with its count. */
function gapList(gaps: number[]): string {
  const runs: { text: string; count: number }[] = [];
  for (const gap of gaps) {
    const text = seconds(gap);
    if (runs.at(-1)?.text === text) runs.at(-1)!.count += 1;
    else runs.push({ text, count: 1 });
  }
  return listOf(
    runs.flatMap(({ text, count }) =>
      count >= 3 ? [`${text} (${count} times)`] : Array<string>(count).fill(text),
    ),
  );
}

/** What the gaps between copies show, in one or two sentences. */
export function patternWords(gaps: number[], plan: Plan, afterProvisional: boolean): string {
  const shown =
    gaps.length === 1
      ? `The copy came ${seconds(gaps[0]!)} after the first sending`
      : `The copies came ${gapList(gaps)} apart`;
  const first = gaps[0]!;
  if (afterProvisional && plan.kind === 'timer-e' && gaps.every((gap) => near(gap, T2)))
    return `${shown}: every T2 (4 s), as Timer E runs once a provisional response has arrived.`;
  if (gaps.length === 1)
    return `${shown}: if this is the timer's first firing, that is ${t1Words(first)}.`;
  const expected = expectedGaps(first, gaps.length, plan.capped);
  if (gaps.every((gap, index) => near(gap, expected[index]!))) {
    const capped = plan.capped && expected.some((gap) => gap >= T2) ? ', capped at T2 (4 s)' : '';
    return `${shown}: the gap doubles each time${capped}, which is ${plan.schedule} with ${t1Words(first)}.`;
  }
  const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
  if (gaps.every((gap) => near(gap, mean)))
    return `${shown}: a fixed gap, not the doubling ${plan.rule.name} follows, so something other than the SIP transaction layer (an application timer, a load balancer) is likely resending it.`;
  return `${shown}: not the doubling of ${plan.rule.name}. Copies missing from the capture, or several senders, can give gaps like these.`;
}

function diagnoseGroup(exchange: Exchange, group: CopyGroup, plan: Plan): Diagnosis {
  const item = exchange.messages[group.original]!;
  const all = [group.original, ...group.copies];
  const stamps = all.map((index) => timeOf(exchange.messages[index]!));
  const label = labelOf(item);
  const sentences: string[] = [];
  const request = item.related ?? group.original;
  const provisional = responsesTo(exchange, request).find(
    (index) => (codeOf(exchange.messages[index]!) ?? 0) < 200,
  );
  const afterProvisional =
    provisional !== undefined && group.copies.some((copy) => copy > provisional);
  if (stamps.every((stamp) => stamp !== null)) {
    const gaps = stamps.slice(1).map((stamp, index) => stamp! - stamps[index]!);
    sentences.push(patternWords(gaps, plan, afterProvisional));
  } else {
    sentences.push(
      `The paste has no times for these messages, so the gaps between the copies cannot be checked against ${plan.rule.name}.`,
    );
  }
  const transport = transportOf(item);
  const reliable = transport !== null && RELIABLE.has(transport);
  if (reliable && (plan.kind === 'timer-a' || plan.kind === 'timer-e' || plan.kind === 'timer-g'))
    sentences.push(
      `Its top Via says ${transport}, a reliable transport, on which the transaction layer does not resend: look for a resend above the SIP stack, or a capture point with another hop.`,
    );
  if (plan.kind === 'timer-a' && afterProvisional)
    sentences.push(
      `Some copies follow ${nameOf(exchange.messages[provisional!]!)}: once a provisional response reaches the caller it stops resending, so that response was probably lost before reaching it.`,
    );
  if (plan.kind === 'timer-g' || plan.kind === '2xx-retransmission') {
    const requestCopies =
      copyGroups(exchange).find((other) => other.original === item.related)?.copies ?? [];
    if (requestCopies.some((copy) => copy > group.original && copy < group.copies.at(-1)!))
      sentences.push(
        `The ${item.cseq?.method ?? 'request'} was itself resent in between, and a server answers each resent request with its response again (§17.2.1), so some copies may be replies rather than timer firings.`,
      );
  }
  if (plan.kind === '2xx-retransmission') {
    const ack = exchange.messages.findIndex(
      (other, index) =>
        index > group.original &&
        methodOf(other) === 'ACK' &&
        other.callId === item.callId &&
        other.cseq?.number === item.cseq?.number,
    );
    sentences.push(
      ack === -1
        ? 'No ACK for it follows in the paste.'
        : `The ACK on ${placeOfItem(exchange.messages[ack]!)} ended the resending.`,
    );
  }
  const loss =
    plan.kind === 'timer-a' || plan.kind === 'timer-e'
      ? 'the request or its answer was lost or late'
      : 'the acknowledgement was lost or late';
  return finding(
    plan.kind,
    'warning',
    `${label} sent ${times(all.length)} (${plan.rule.name})`,
    `${nameOf(item)} was resent ${times(group.copies.length)} by ${plan.sender}, which means ${loss}. ${sentences.join(' ')}`,
    all,
    plan.rule,
    plan.kind === '2xx-retransmission'
      ? routes.code(200)
      : routes.guide('timeouts-and-cancellation'),
  );
}

/** A provisional or non-INVITE final response resent because the request came again. */
function diagnoseEcho(exchange: Exchange, group: CopyGroup): Diagnosis {
  const item = exchange.messages[group.original]!;
  const invite = item.cseq?.method === 'INVITE';
  const rule: RuleReference = invite
    ? { rfc: 3261, section: '17.2.1', name: 'Response resent on a request retransmission' }
    : { rfc: 3261, section: '17.2.2', name: 'Response resent on a request retransmission' };
  return finding(
    'response-repeated',
    'info',
    `${labelOf(item)} sent ${times(group.copies.length + 1)}`,
    `${nameOf(item)} was sent again ${times(group.copies.length)}. A server transaction resends its latest response each time the request arrives again, so these copies answer a resent ${item.cseq?.method ?? 'request'}; they are not lost by themselves.`,
    [group.original, ...group.copies],
    rule,
    routes.guide('timeouts-and-cancellation'),
  );
}

export const retransmissions: DiagnosisRule = (exchange) =>
  copyGroups(exchange).flatMap((group) => {
    const item = exchange.messages[group.original]!;
    const plan = planFor(item);
    if (plan) return [diagnoseGroup(exchange, group, plan)];
    return codeOf(item) === null ? [] : [diagnoseEcho(exchange, group)];
  });
