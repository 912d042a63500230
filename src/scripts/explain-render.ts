// Draws an explanation into the page. Every piece of pasted text goes in through textContent or
// an attribute set with setAttribute, never as markup; the ladder is the site's renderer's SVG,
// which escapes every label, parsed as SVG.
import { renderLadderSvg } from '../lib/ladder.ts';
import { codePath } from '../lib/paths.ts';
import type { Annotations } from '../lib/trace/annotate.ts';
import type { ExplainedMessage, Explanation } from '../lib/trace/index.ts';
import { formatDelta, formatTime } from '../lib/trace/times.ts';
import { capitalise, h, link, type Child } from './explain-dom.ts';
import { findingsSection } from './explain-findings.ts';
import { mediaSection } from './explain-media.ts';
import { actionsBar } from './explain-actions.ts';

/** " · 12:00:01.234 (+0.120 s)" when the message has a time. */
const when = ({ time, delta }: ExplainedMessage) =>
  time === null ? '' : ` · ${formatTime(time)}${delta === null ? '' : ` (${formatDelta(delta)})`}`;
const seconds = (value: number) =>
  value >= 120 ? `${value} seconds (${Math.round(value / 60)} minutes)` : `${value} seconds`;

function facts(notes: Annotations, message: ExplainedMessage): HTMLElement[] {
  const items: HTMLElement[] = [];
  const add = (label: string, ...content: Child[]) =>
    items.push(h('li', {}, h('strong', {}, `${label}: `), ...content));
  const response = notes.response;
  if (response && !response.registered)
    add(
      'Not registered',
      `no specification defines ${message.code}; `,
      link(response.href, 'what a client does with it'),
    );
  if (response?.registeredReason)
    add(
      'Phrase',
      `differs from the registered “${response.registeredReason}”: this wording is the sender’s own`,
    );
  if (response && response.missingMust.length > 0)
    add(
      'Missing',
      `${response.missingMust.join(', ')}, which the `,
      link(response.href, `${message.code} page`),
      ' says this response must carry',
    );
  for (const reason of notes.reasons) {
    const what =
      reason.cause === null ? reason.protocol : `${reason.protocol} cause ${reason.cause}`;
    const names = [
      reason.freeswitch && `FreeSWITCH ${reason.freeswitch}`,
      reason.asterisk.length > 0 && `Asterisk ${reason.asterisk.join(', ')}`,
    ].filter(Boolean);
    add(
      'Reason',
      reason.href ? link(reason.href, what) : what,
      reason.name ? ` (${reason.name})` : '',
      names.length > 0 ? `; ${names.join('; ')}` : '',
      reason.text ? `; text “${reason.text}”` : '',
    );
  }
  for (const warning of notes.warnings)
    add(
      `Warning ${warning.code}`,
      `from ${warning.agent}: “${warning.text}”. `,
      warning.meaning ?? 'Not one of the warn-codes RFC 3261 defines.',
    );
  if (notes.retryAfter)
    add(
      'Retry-After',
      `try again after ${seconds(notes.retryAfter.seconds)}`,
      notes.retryAfter.comment ? ` (“${notes.retryAfter.comment}”)` : '',
    );
  if (notes.minExpires !== null)
    add('Min-Expires', `the shortest expiry the server accepts is ${seconds(notes.minExpires)}`);
  if (notes.minSE !== null)
    add('Min-SE', `the shortest session interval accepted is ${seconds(notes.minSE)}`);
  if (notes.unsupported.length > 0)
    add('Unsupported', `extensions the server does not support: ${notes.unsupported.join(', ')}`);
  if (notes.require.length > 0)
    add('Require', `extensions the sender requires: ${notes.require.join(', ')}`);
  if (notes.allow.length > 0) add('Allow', notes.allow.join(', '));
  for (const challenge of notes.challenges)
    add(
      `Challenge (${challenge.header})`,
      [
        challenge.scheme,
        challenge.realm !== null && `realm “${challenge.realm}”`,
        `algorithm ${challenge.algorithm ?? 'not given'}`,
        challenge.qop !== null && `qop ${challenge.qop}`,
        challenge.stale && 'stale nonce: resend with the new one',
      ]
        .filter(Boolean)
        .join(', '),
    );
  for (const clue of message.senders)
    add(
      'Sent by',
      clue.text,
      clue.href ? ' (' : '',
      clue.href ? link(clue.href, 'the source line') : '',
      clue.href ? ')' : '',
    );
  return items;
}

function messageItem(message: ExplainedMessage, index: number): HTMLElement {
  const label =
    message.code === null
      ? h('strong', {}, message.label)
      : link(codePath(message.code), message.label);
  const notes = facts(message.annotations, message);
  return h(
    'li',
    {
      id: `message-${index + 1}`,
      class: message.problems.length > 0 ? 'message has-problem' : 'message',
    },
    h(
      'p',
      { class: 'message-head' },
      `${capitalise(message.place)}${when(message)} · ${message.from} → ${message.to} · `,
      label,
    ),
    h('p', { class: 'description' }, message.description),
    notes.length > 0 && h('ul', { class: 'facts' }, ...notes),
    ...message.problems.map((problem) => h('p', { class: 'problem' }, problem.text)),
    h('details', {}, h('summary', {}, 'The message as read'), h('pre', {}, message.text)),
  );
}

function ladderFigure(explanation: Explanation): HTMLElement {
  const svg = renderLadderSvg(explanation.ladder, 'Ladder diagram of the pasted exchange', {
    code: explanation.ladderCode ?? 0,
    idPrefix: 'explain-ladder',
  });
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  // Focusable, so that a keyboard can scroll a diagram wider than the screen.
  return h(
    'figure',
    { class: 'explain-ladder scroll-x', tabindex: '0' },
    document.importNode(parsed, true),
  );
}

export function renderExplanation(target: HTMLElement, explanation: Explanation): void {
  const parts: HTMLElement[] = [];
  if (explanation.notice)
    parts.push(h('p', { class: 'notice', role: 'status' }, explanation.notice));
  if (explanation.status === 'explained') {
    parts.push(h('h2', {}, 'Summary'), h('p', { class: 'summary' }, explanation.summary));
    parts.push(actionsBar(explanation));
    parts.push(...findingsSection(explanation));
    if (explanation.problems.length > 0) {
      const lines = explanation.problems.map((problem) => {
        const message = explanation.messages[problem.message]!;
        return h(
          'li',
          {},
          link(
            `#message-${problem.message + 1}`,
            `${capitalise(message.place)} (${message.label})`,
          ),
          `: ${problem.text}`,
        );
      });
      parts.push(
        h('h2', {}, `Problems in the trace (${explanation.problems.length})`),
        h('ul', { class: 'problems' }, ...lines),
      );
    }
    parts.push(h('h2', {}, 'Ladder'), ladderFigure(explanation));
    parts.push(...mediaSection(explanation));
    parts.push(
      h('h2', {}, `Messages (${explanation.messages.length})`),
      h('ol', { class: 'messages' }, ...explanation.messages.map(messageItem)),
    );
  }
  target.replaceChildren(...parts);
  const figure = target.querySelector('figure.explain-ladder');
  if (figure && figure.scrollWidth > figure.clientWidth)
    figure.append(h('figcaption', {}, 'The diagram is wider than the screen: scroll it sideways.'));
}
