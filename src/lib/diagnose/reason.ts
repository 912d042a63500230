// A Reason header (RFC 3326) whose Q.850 cause contradicts the response it rides on. Gateways
// pick causes freely, so only two clear cases are flagged: normal clearing (16) on a refusal,
// which RFC 3398 §7.2.4.1 turns into no response at all, and a cause that RFC 3398 pairs only
// with server failures (5xx) on a refusal by the user or request (4xx, 6xx), or the reverse.
import { routes } from '../paths.ts';
import { decodeReasons } from '../trace/annotate.ts';
import type { ExplainData } from '../trace/data.ts';
import { codeOf, finding, labelOf, listOf, nameOf } from './facts.ts';
import type { Diagnosis, DiagnosisRule } from './types.ts';

const NORMAL_CLEARING = 16;
/** Cause 31 is what RFC 3398 §8.2.6.1 gives any status it does not list: it pairs with all. */
const CATCH_ALL = 31;

/** 4xx and 6xx both refuse the request or the user; 5xx says the server failed. */
const family = (code: number) => (Math.floor(code / 100) === 5 ? 'server' : 'refusal');

/** Every status RFC 3398 pairs with a cause, through either of its tables. */
function statusesFor(cause: number, data: ExplainData): number[] {
  const sent = data.rfc3398.causeToSip[cause] ?? [];
  const received = Object.entries(data.rfc3398.sipToCause)
    .filter(([, causes]) => causes.includes(cause))
    .map(([code]) => Number(code));
  return [...new Set([...sent, ...received])].sort((a, b) => a - b);
}

function causeWords(cause: number, data: ExplainData) {
  const name = data.causes[cause]?.name;
  return name ? `cause ${cause} (${name})` : `cause ${cause}`;
}

const pageFor = (cause: number, code: number, data: ExplainData) =>
  data.causePages && cause >= 1 && cause <= 127 ? routes.cause(cause) : routes.code(code);

export const reasonContradicts: DiagnosisRule = (exchange, data) =>
  exchange.messages.flatMap((item, index) => {
    const code = codeOf(item);
    // 487 has no cause of its own (RFC 3398 §8.2.6.1): its Reason says why it was stopped.
    if (code === null || code < 400 || code === 487) return [];
    const found: Diagnosis[] = [];
    for (const reason of decodeReasons(item.found.message, data)) {
      if (!/^q\.850$/i.test(reason.protocol) || reason.cause === null) continue;
      const cause = reason.cause;
      const own = data.rfc3398.sipToCause[code] ?? [];
      if (cause === NORMAL_CLEARING) {
        found.push(
          finding(
            'reason-contradicts-status',
            'warning',
            `${labelOf(item)} carries Q.850 ${causeWords(cause, data)}`,
            `${nameOf(item)} refuses the request, but its Reason says the call was cleared normally, which is what an ordinary hang-up reports. RFC 3398 turns cause 16 into no response at all: the call ends with BYE or CANCEL instead (§7.2.4.1).${own.length > 0 ? ` For a ${code} it gives ${listOf(own.map((c) => causeWords(c, data)))} (§8.2.6.1).` : ''} The status or the cause is wrong; a gateway often copies the cause from another leg or falls back to 16 when it has none.`,
            [index],
            { rfc: 3398, section: '7.2.4.1', name: 'Normal clearing is not a refusal' },
            pageFor(cause, code, data),
          ),
        );
        continue;
      }
      if (cause === CATCH_ALL || own.includes(cause)) continue;
      const statuses = statusesFor(cause, data);
      if (statuses.length === 0 || statuses.some((s) => family(s) === family(code))) continue;
      found.push(
        finding(
          'reason-contradicts-status',
          'warning',
          `${labelOf(item)} carries Q.850 ${causeWords(cause, data)}`,
          `RFC 3398 pairs ${causeWords(cause, data)} with ${listOf(statuses.map(String))}, ${family(code) === 'server' ? 'refusals of the request or the user, while a' : 'failures of a server, while a'} ${code} says ${family(code) === 'server' ? 'the server failed' : 'the request or the user was refused'}.${own.length > 0 ? ` For a ${code} the RFC gives ${listOf(own.map((c) => causeWords(c, data)))} (§8.2.6.1).` : ''} One of the two misleads whoever reads the outcome: check which one the far side meant, and whether a gateway rewrote the status or the cause.`,
          [index],
          { rfc: 3398, section: '8.2.6.1', name: 'SIP status and Q.850 cause' },
          pageFor(cause, code, data),
        ),
      );
    }
    return found;
  });
