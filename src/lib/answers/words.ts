// The word lists the number reader weighs a number by (see ./numbers.ts). Lower case; an
// identifier such as "sip_tos" counts as one word, so its parts never count on their own.

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** The SIP request methods (RFC 3261 and its extensions), as they appear on the wire. */
const METHODS = words(
  'INVITE ACK BYE CANCEL REGISTER OPTIONS PRACK SUBSCRIBE NOTIFY PUBLISH INFO REFER MESSAGE UPDATE',
);

export function isMethod(word: string): boolean {
  return METHODS.has(word);
}

/** Before a number, these make it a status: "response 408", "code 500", "SIP 486". */
export const STRONG_BEFORE = words(`
  response responses reply replied responded responding respond status code answered`);

/** Before a number, these make a status likelier: "got … 408", "failed with … 481". */
export const LIKELY_BEFORE = words(`
  sip got received receiving recv rcvd sent sending send sends returned returns returning failed
  failure fails rejected reject rejecting hangup hung term terminated disconnect disconnected
  reason result with cause state final answer declined by closed progress msg message generate
  generating generated relay relaying relayed forward forwarding forwarded selected replying`);

/** Right before a number, these make it a count or a name: "extension 100", "from 200". */
export const COUNTING_BEFORE = words(`
  from calling dialing dialled dialed dial call calls ext extension extensions exten user users
  username peer endpoint account aor port line lines pid tid id number no priority prio weight
  room queue agent conference conf mailbox vm channel chan trunk did uid gid thread fd socket
  worker process child index idx slot seq ssrc pt payload dtmf digit digits group ivr menu
  tenant route rule level at of in size len length count total max min top last first every
  each over under only about after before took wait waited timeout expires interval x than
  between bits bit tos dscp`);

/** Within three words after a number, these make it a status: "408 response", "486 from". */
export const LIKELY_AFTER = words('response reply error from for received sent status');

/** Right after a number, these make it a count: "[448] new bytes", "100 of 200". */
export const COUNTED_AFTER = words(`
  new bytes byte of more times items entries seconds sec ms minutes packets calls users records
  lines chars out`);
