// The explained trace as Markdown for a ticket: what happened in a sentence, one table row per
// message with links to the code pages, the diagnoses with the rule behind each, the problems.
// Every link is absolute, so it works wherever the text is pasted.
//
// A long trace is cut to its first and last messages (the start shows the setup, the end the
// final answers), with a row that says how many were left out and which; cells and lists are
// capped too, so a trace of any length stays well under the 65,536 characters GitHub accepts
// in an issue or comment.
import { rfcLabel, rfcUrl } from '../codes.ts';
import type { Diagnosis } from '../diagnose/types.ts';
import type { ExplainedMessage, Explanation } from '../trace/index.ts';
import { shorten } from '../trace/ladder.ts';
import { formatDateTime, formatDelta, formatTime } from '../trace/times.ts';
import {
  codeAddress,
  markdownLinkTo,
  markdownParagraph,
  markdownText,
  siteAddress,
} from './markdown-text.ts';
import { toMermaid } from './mermaid.ts';

export interface MarkdownOptions {
  /** The site's root address, base path included: "https://example.org/sip/". */
  siteUrl: string;
  /** Table rows at most; a longer trace keeps its first and last messages. */
  maxRows?: number;
  /** Problems listed at most. */
  maxProblems?: number;
  /** Add the ladder as a ```mermaid block, which GitHub and GitLab draw. */
  mermaid?: boolean;
}

const DEFAULTS = { maxRows: 100, maxProblems: 30 };
/** Characters a cell keeps of a participant's name or a message's label. */
const MAX_CELL = 60;
const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** Participants named at most in the line that introduces the table. */
const MAX_NAMES = 12;
/** Characters the summary keeps: a long exchange can make it run on for pages. */
const MAX_SUMMARY = 1_500;

const cell = (text: string) => markdownText(shorten(text.replace(/\s+/g, ' ').trim(), MAX_CELL));

/** Text cut at the last clause that fits, marked as cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = Math.max(head.lastIndexOf('; '), head.lastIndexOf('. '), head.lastIndexOf(', '));
  return `${(end > max / 2 ? head.slice(0, end) : head).trimEnd()} …`;
}

/** Which rows the table keeps: all, or the first and last with the gap between them. */
export function keptRows(count: number, maxRows: number): { head: number; tail: number } {
  if (count <= maxRows) return { head: count, tail: 0 };
  const tail = Math.min(20, Math.floor(maxRows / 4));
  return { head: Math.max(1, maxRows - tail), tail };
}

function headline(explanation: Explanation): string {
  const code = explanation.ladderCode;
  const final = code === null ? undefined : explanation.messages.find((m) => m.code === code);
  return final ? `SIP trace: ${final.label}` : 'SIP trace';
}

function participantsLine(explanation: Explanation): string {
  const count = explanation.messages.length;
  const all = explanation.participants.map((participant) => shorten(participant.label, MAX_CELL));
  const names =
    all.length > MAX_NAMES ? [...all.slice(0, MAX_NAMES), `${all.length - MAX_NAMES} more`] : all;
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : '';
  const between = names.length === 1 ? `from ${names[0]}` : `between ${list}`;
  return `${count} ${count === 1 ? 'message' : 'messages'} ${between}.`;
}

function row(
  message: ExplainedMessage,
  index: number,
  again: boolean,
  withTime: boolean,
  siteUrl: string,
): string {
  const label = again ? `${message.label} (again)` : message.label;
  const text =
    message.code === null
      ? cell(label)
      : markdownLinkTo(shorten(label, MAX_CELL), codeAddress(siteUrl, message.code));
  const time =
    message.time === null
      ? ''
      : `${formatTime(message.time)}${message.delta === null ? '' : ` (${formatDelta(message.delta)})`}`;
  const cells = [
    String(index + 1),
    cell(message.place),
    ...(withTime ? [time] : []),
    `${cell(message.from)} → ${cell(message.to)}`,
    text,
  ];
  return `| ${cells.join(' | ')} |`;
}

function messagesTable(explanation: Explanation, options: Required<MarkdownOptions>): string[] {
  const { messages } = explanation;
  const withTime = messages.some((message) => message.time !== null);
  const again = new Set(
    explanation.problems.filter((p) => p.kind === 'retransmission').map((p) => p.message),
  );
  const header = ['#', 'Place', ...(withTime ? ['Time (UTC)'] : []), 'From → To', 'Message'];
  const lines = [
    `### Messages (${messages.length})`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((name) => (name === '#' ? '--:' : '---')).join(' | ')} |`,
  ];
  const toRow = (index: number) =>
    row(messages[index]!, index, again.has(index), withTime, options.siteUrl);
  const { head, tail } = keptRows(messages.length, options.maxRows);
  for (let index = 0; index < head; index += 1) lines.push(toRow(index));
  const left = messages.length - head - tail;
  if (left > 0) {
    const from = messages[head]!;
    const to = messages[head + left - 1]!;
    const gap = [
      '…',
      '',
      ...(withTime ? [''] : []),
      '',
      markdownText(`${left} messages not shown (${from.place} to ${to.place})`),
    ];
    lines.push(`| ${gap.join(' | ')} |`);
    for (let index = messages.length - tail; index < messages.length; index += 1)
      lines.push(toRow(index));
  }
  const first = messages.find((message) => message.time !== null)?.time;
  if (first !== undefined && first !== null)
    lines.push('', `Times are UTC; the first is ${formatDateTime(first)}.`);
  return lines;
}

/** "#3 (line 12)", for the messages a finding or problem is about. */
function messageRef(explanation: Explanation, index: number): string {
  const message = explanation.messages[index];
  return message ? `#${index + 1} (${message.place})` : `#${index + 1}`;
}

function diagnosisItem(explanation: Explanation, diagnosis: Diagnosis, siteUrl: string): string[] {
  const { rfc, section, name } = diagnosis.rule;
  const rule = markdownLinkTo(
    `${rfcLabel(`RFC ${rfc}`, section)} (${name})`,
    rfcUrl(`RFC ${rfc}`, section),
  );
  let page = '';
  try {
    page = ` · ${markdownLinkTo('explained', siteAddress(siteUrl, diagnosis.page))}`;
  } catch {
    // A page that is not site-relative is left out rather than linked wrongly.
  }
  const refs = diagnosis.messages.map((index) => messageRef(explanation, index)).join(', ');
  return [
    `- **${markdownText(`${SEVERITY[diagnosis.severity]}: ${diagnosis.title}`)}** — ${markdownText(refs)} · ${rule}${page}`,
    ...(diagnosis.detail.trim() ? [`  ${markdownText(diagnosis.detail)}`] : []),
  ];
}

/** The explanation as Markdown for a ticket. */
export function toMarkdown(explanation: Explanation, options: MarkdownOptions): string {
  const settings: Required<MarkdownOptions> = { ...DEFAULTS, mermaid: false, ...options };
  new URL(settings.siteUrl); // an address that is not absolute fails here, not in a link
  if (explanation.status !== 'explained')
    return `## SIP trace\n\n${markdownParagraph(explanation.notice ?? 'Nothing to explain.')}\n`;
  const lines = [
    `## ${markdownText(headline(explanation))}`,
    '',
    markdownParagraph(clip(explanation.summary, MAX_SUMMARY)),
    '',
    markdownParagraph(participantsLine(explanation)),
  ];
  // What the page says of its own ladder does not hold here; what it says of the input does.
  const notice = explanation.notice
    ?.split(/(?<=\.) /)
    .filter((sentence) => !/\bladder\b/i.test(sentence))
    .join(' ');
  if (notice) lines.push('', markdownParagraph(notice));
  if (settings.mermaid)
    lines.push(
      '',
      '### Ladder',
      '',
      '```mermaid',
      toMermaid(explanation, { maxMessages: settings.maxRows }).trimEnd(),
      '```',
    );
  lines.push('', ...messagesTable(explanation, settings));
  if (explanation.diagnoses.length > 0) {
    lines.push('', `### Diagnoses (${explanation.diagnoses.length})`, '');
    for (const diagnosis of explanation.diagnoses)
      lines.push(...diagnosisItem(explanation, diagnosis, settings.siteUrl));
  }
  if (explanation.problems.length > 0) {
    const shown = explanation.problems.slice(0, settings.maxProblems);
    lines.push('', `### Problems in the trace (${explanation.problems.length})`, '');
    for (const problem of shown) {
      const label = explanation.messages[problem.message]?.label ?? '';
      lines.push(
        `- ${markdownText(`${messageRef(explanation, problem.message)} ${label}: ${problem.text}`)}`,
      );
    }
    const more = explanation.problems.length - shown.length;
    if (more > 0) lines.push(`- ${markdownText(`and ${more} more`)}`);
  }
  return `${lines.join('\n')}\n`;
}
