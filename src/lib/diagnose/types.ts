// What a diagnosis says about an exchange: the finding, the messages it rests on, the rule or
// timer behind it and the page that explains it. Every rule of src/lib/diagnose/ returns these.
import type { ExplainData } from '../trace/data.ts';
import type { Exchange } from '../trace/types.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface RuleReference {
  /** The RFC that states the rule, e.g. 3261. */
  rfc: number;
  /** Its section, as printed: "17.1.1.2". */
  section: string;
  /** The rule or timer in a few words: "Timer B", "ACK for a 2xx". */
  name: string;
}

export interface Diagnosis {
  /** A stable id of the kind of finding, e.g. "timer-b"; tests and styles key on it. */
  kind: string;
  severity: Severity;
  /** One line: what went wrong or what to look at. */
  title: string;
  /** Why it matters and what to check, naming messages by their place ("line 12"). */
  detail: string;
  /** Indexes into the exchange's messages, the one to look at first. */
  messages: number[];
  rule: RuleReference;
  /** The site-relative page that explains it, from `routes` ("/408/", "/guides/…/"). */
  page: string;
}

/**
 * One kind of finding: reads the whole exchange (and the site's reference data, such as the
 * cause tables), returns what it found, often nothing.
 */
export type DiagnosisRule = (exchange: Exchange, data: ExplainData) => Diagnosis[];
