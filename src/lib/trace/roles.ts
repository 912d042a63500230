// What each request is for (initial INVITE, re-INVITE, ACK for a non-2xx or a 2xx, CANCEL of
// which INVITE) and the checks that span messages: ACK and CANCEL matching their INVITE
// (RFC 3261 §17.1.1.3, §9.1), a 2xx without ACK (§13.2.2.4), a cut message, a wrong length.
import { headerValue } from '../sip-message.ts';
import type { ExchangeMessage, Problem, ProblemKind } from './types.ts';

const MANDATORY = ['Via', 'From', 'To', 'Call-ID', 'CSeq'];

export function sameHop(a: ExchangeMessage, b: ExchangeMessage): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Final responses (200–699) that answer the request at an index, in order. */
function finalsOf(messages: ExchangeMessage[], request: number) {
  return messages.filter(
    (item) =>
      item.related === request &&
      item.found.message.kind === 'response' &&
      item.found.message.code >= 200,
  );
}

export type KeyOf = (branch: string | null, method: string, m: ExchangeMessage) => string;

export function assignRoles(
  messages: ExchangeMessage[],
  requests: Map<string, number>,
  key: KeyOf,
  problems: Problem[],
) {
  // Messages about an INVITE (the requests and their responses), by Call-ID.
  const invitesByCall = new Map<string | null, ExchangeMessage[]>();
  for (const other of messages)
    if (other.cseq?.method === 'INVITE')
      invitesByCall.set(other.callId, [...(invitesByCall.get(other.callId) ?? []), other]);
  messages.forEach((item, index) => {
    const message = item.found.message;
    if (message.kind !== 'request') return;
    const say = (kind: ProblemKind, text: string) => problems.push({ kind, message: index, text });
    const inviteOfBranch = requests.get(key(item.branch, 'INVITE', item));
    const sameCall = invitesByCall.get(item.callId) ?? [];
    if (message.method === 'INVITE') {
      item.role = item.toTag ? 're-invite' : 'initial-invite';
    } else if (message.method === 'ACK') {
      const responses = sameCall.filter(
        (other) =>
          other.found.message.kind === 'response' &&
          other.cseq?.method === 'INVITE' &&
          other.cseq.number === item.cseq?.number,
      );
      const sameBranch = responses.filter((other) => other.branch === item.branch && item.branch);
      const codes = (list: ExchangeMessage[]) =>
        list.map((other) => (other.found.message as { code: number }).code);
      if (inviteOfBranch !== undefined || sameBranch.length > 0) {
        item.related = inviteOfBranch ?? sameBranch[0]!.related;
        const finals = (
          inviteOfBranch !== undefined ? finalsOf(messages, inviteOfBranch) : sameBranch
        ).filter((f) => codes([f])[0]! >= 200);
        const code = codes(finals).at(-1);
        if (code !== undefined && code < 300) {
          item.role = 'ack-2xx';
          say(
            'ack-mismatch',
            'This ACK reuses the INVITE’s branch, but the INVITE was answered with a 2xx: an ACK for a 2xx is a new transaction with a branch of its own.',
          );
        } else item.role = 'ack-non-2xx';
        if (
          inviteOfBranch !== undefined &&
          messages[inviteOfBranch]!.cseq?.number !== item.cseq?.number
        )
          say(
            'ack-mismatch',
            `This ACK’s CSeq ${item.cseq?.number ?? '?'} differs from its INVITE’s CSeq ${messages[inviteOfBranch]!.cseq?.number}.`,
          );
      } else if (responses.some((other) => codes([other])[0]! >= 200 && codes([other])[0]! < 300)) {
        item.role = 'ack-2xx';
        item.related = responses[0]!.related;
      } else if (sameCall.length > 0) {
        item.role = 'ack-unmatched';
        say(
          'ack-mismatch',
          `This ACK (CSeq ${item.cseq?.number ?? '?'}) matches no INVITE of the same call: their CSeq numbers or branches differ.`,
        );
      } else {
        item.role = 'ack-unmatched';
        say('unmatched-ack', 'The INVITE this ACK acknowledges is not in the paste.');
      }
    } else if (message.method === 'CANCEL') {
      if (inviteOfBranch !== undefined) {
        item.role = 'cancel';
        item.related = inviteOfBranch;
        const invite = messages[inviteOfBranch]!;
        if (invite.cseq?.number !== item.cseq?.number || invite.callId !== item.callId)
          say(
            'cancel-mismatch',
            'This CANCEL has its INVITE’s branch but another Call-ID or CSeq number.',
          );
      } else if (sameCall.some((other) => other.found.message.kind === 'request')) {
        item.role = 'cancel-unmatched';
        say(
          'cancel-mismatch',
          'This CANCEL’s top Via branch matches no INVITE of the same call, so no server can match it to the INVITE.',
        );
      } else {
        item.role = 'cancel-unmatched';
        say('unmatched-cancel', 'The INVITE this CANCEL stops is not in the paste.');
      }
    } else {
      item.role = item.toTag ? 'in-dialog' : 'out-of-dialog';
    }
  });
}

export function checkMessages(messages: ExchangeMessage[], problems: Problem[]) {
  messages.forEach((item, index) => {
    const { message, lengthMismatch } = item.found;
    const missing = MANDATORY.filter((name) => headerValue(message, name) === undefined);
    if (missing.length > 0)
      problems.push({
        kind: 'incomplete',
        message: index,
        text: `No ${missing.join(', ')} header: the message is cut short or malformed.`,
      });
    if (lengthMismatch)
      problems.push({
        kind: 'content-length',
        message: index,
        text:
          lengthMismatch.declared.trim() === ''
            ? 'Content-Length has no value.'
            : `Content-Length says ${lengthMismatch.declared} bytes, but the body has ${lengthMismatch.measured} (lines counted with CRLF).`,
      });
    if (
      message.kind === 'response' &&
      message.code >= 200 &&
      message.code < 300 &&
      item.cseq?.method === 'INVITE'
    ) {
      const acked = messages.some(
        (other, at) =>
          at > index &&
          other.found.message.kind === 'request' &&
          other.found.message.method === 'ACK' &&
          other.callId === item.callId &&
          other.cseq?.number === item.cseq?.number,
      );
      const sameEarlier = messages
        .slice(0, index)
        .some(
          (other) =>
            other.found.message.kind === 'response' &&
            other.found.message.code === message.code &&
            other.callId === item.callId &&
            other.cseq?.number === item.cseq?.number,
        );
      if (!acked && !sameEarlier)
        problems.push({
          kind: 'no-ack',
          message: index,
          text: `No ACK for this ${message.code} follows in the paste: without one the answering side retransmits it and then ends the call.`,
        });
    }
  });
}
