// How sure each kind of reading is, on one scale: the higher, the surer. Answers are listed by
// score, and Enter opens the first only when it is clear (see isClear in ./index.ts).
export const SCORE = {
  /** "486" alone. */
  bareCode: 10,
  /** "SIP/2.0 486 Busy Here", by class: a failure matters more than the 100 Trying before it. */
  statusLine: { 1: 7, 2: 8, 3: 9, 4: 10, 5: 10, 6: 10 } as Record<number, number>,
  /** "Reason: SIP;cause=480", "(477/TM)". */
  signed: 10,
  /** "sip_term_status=486", "cause=17", "HangupCauseCode: 44": a field that names what it holds. */
  field: 9,
  /** "NORMAL_CLEARING", "AST_CAUSE_BUSY": a cause name written as an identifier. */
  identifier: 8.5,
  /** A cause name typed as the whole query ("user busy"). */
  causeName: 9,
  /** A proxy's own phrase, long or signed ("Unfortunately error on sending …"). */
  proxyPhrase: 7,
  /** A registered reason phrase typed as the whole query ("Busy Here"). */
  reasonTyped: 6,
  /** A stack's own wording typed as the whole query ("Declined"). */
  ownPhraseTyped: 5,
  /** A reason phrase or cause name of several words found inside a longer line. */
  phraseInLine: 5,
  /** A word engineers use for a code or cause ("spam", "congestion"). */
  alias: 4,
  /** One distinctive word inside a line ("Forbidden"). */
  loneWord: 3,
  /** "4O4": letters typed for digits. */
  suggestion: 3,
} as const;

/** The first answer is clear from this score on, when nothing else is close. */
export const CLEAR_FROM = 4.5;
/** How far ahead of every other reading of the text the first must be to be clear. */
export const CLEAR_MARGIN = 2.5;
