// Diagnoses of an exchange: what a seasoned eye checks in a SIP trace, each finding with the
// messages it rests on, the RFC rule or timer behind it and the page that explains it. Every
// rule is a pure function of the exchange and the site's reference data; more can be passed in.
import type { ExplainData } from '../trace/data.ts';
import type { Exchange } from '../trace/types.ts';
import { authentication } from './auth.ts';
import { dialogUnknown, glare } from './dialogs.ts';
import { SEVERITY_ORDER } from './facts.ts';
import { mediaRules } from './media.ts';
import { redirects, serviceUnavailable } from './outcomes.ts';
import { reasonContradicts } from './reason.ts';
import { retransmissions } from './retransmissions.ts';
import { sessionInterval } from './session-timer.ts';
import { timeouts } from './timers.ts';
import {
  cancelAfterAnswer,
  cancelNotMatched,
  secondFinals,
  unacknowledged2xx,
} from './transactions.ts';
import type { Diagnosis, DiagnosisRule } from './types.ts';

export type { Diagnosis, DiagnosisRule, RuleReference, Severity } from './types.ts';

/** The rules every exchange is checked against, in no particular order. */
export const RULES: readonly DiagnosisRule[] = [
  retransmissions,
  timeouts,
  unacknowledged2xx,
  secondFinals,
  cancelAfterAnswer,
  cancelNotMatched,
  authentication,
  dialogUnknown,
  glare,
  sessionInterval,
  reasonContradicts,
  serviceUnavailable,
  redirects,
  ...mediaRules,
];

/** Orders findings by the first message they name, then by severity, errors first. */
export function byPlace(a: Diagnosis, b: Diagnosis): number {
  const at = (d: Diagnosis) => d.messages[0] ?? Number.MAX_SAFE_INTEGER;
  return (
    at(a) - at(b) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.kind.localeCompare(b.kind)
  );
}

export function diagnose(
  exchange: Exchange,
  data: ExplainData,
  extraRules: readonly DiagnosisRule[] = [],
): Diagnosis[] {
  return [...RULES, ...extraRules].flatMap((rule) => rule(exchange, data)).sort(byPlace);
}
