// The shapes shared by the exchange builder and its checks.
import type { FoundMessage } from './find.ts';

export interface Participant {
  id: string;
  label: string;
}

export type RequestRole =
  | 'initial-invite'
  | 're-invite'
  | 'ack-non-2xx'
  | 'ack-2xx'
  | 'ack-unmatched'
  | 'cancel'
  | 'cancel-unmatched'
  | 'in-dialog'
  | 'out-of-dialog';

export type ProblemKind =
  | 'unmatched-response'
  | 'unmatched-ack'
  | 'unmatched-cancel'
  | 'ack-mismatch'
  | 'cancel-mismatch'
  | 'no-ack'
  | 'content-length'
  | 'retransmission'
  | 'incomplete';

export interface Problem {
  kind: ProblemKind;
  /** Index of the message the problem is about. */
  message: number;
  text: string;
}

export interface ExchangeMessage {
  found: FoundMessage;
  from: string;
  to: string;
  callId: string | null;
  cseq: { number: number; method: string } | null;
  branch: string | null;
  fromTag: string | null;
  toTag: string | null;
  /** For a response: the request it answers. For ACK and CANCEL: the INVITE they belong to. */
  related: number | null;
  role: RequestRole | null;
}

export interface Dialog {
  callId: string;
  fromTag: string | null;
  toTags: string[];
  messages: number[];
}

export interface Exchange {
  participants: Participant[];
  messages: ExchangeMessage[];
  dialogs: Dialog[];
  problems: Problem[];
}
