// The call list of an opened capture, like sngrep's: one row per Call-ID, filtered as the reader
// types; choosing a call draws and explains it, with its related legs on request. Text from the
// capture goes in through textContent only.
import { captureNotes, noSipNotice } from '../../lib/capture/notice.ts';
import { parseCaptured } from '../../lib/trace/captured.ts';
import { callMatches, type Call } from '../../lib/trace/calls.ts';
import { explainFound, type ExplainData } from '../../lib/trace/index.ts';
import { formatDateTime, formatDuration } from '../../lib/trace/times.ts';
import { renderExplanation } from '../explain-render.ts';
import type { Done } from './client.ts';

/** Rows drawn at most; the filter reaches the rest. */
const MAX_ROWS = 500;

function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Column names; each cell carries its own, for the phone layout's one card per row. */
const COLUMNS = ['Start (UTC)', 'From', 'To', 'Method', 'Final response', 'Duration', 'Messages'];

function row(call: Call, index: number): HTMLElement {
  const duration =
    call.start !== null && call.end !== null ? formatDuration(call.end - call.start) : '';
  const legs = call.related.length > 0 ? ` (+${call.related.length} related)` : '';
  const choose = h(
    'button',
    { type: 'button', 'data-call': String(index), class: 'call-choose' },
    call.start === null ? `Call ${index + 1}` : formatDateTime(call.start),
  );
  const cells = [
    choose,
    call.from,
    call.to,
    call.method + legs,
    call.final ?? 'none',
    duration,
    String(call.messages.length),
  ];
  return h('tr', {}, ...cells.map((cell, at) => h('td', { 'data-label': COLUMNS[at]! }, cell)));
}

export function showCapture(
  host: HTMLElement,
  output: HTMLElement,
  done: Done,
  data: ExplainData,
): void {
  const { calls, messages, stats } = done;
  output.replaceChildren();
  if (messages.length === 0) {
    host.replaceChildren(h('p', { class: 'notice', role: 'status' }, noSipNotice(stats)));
    return;
  }
  const notes = captureNotes(stats, messages.length, calls.length).map((note) => h('p', {}, note));
  const filter = h('input', {
    id: 'call-filter',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
  }) as HTMLInputElement;
  const body = h('tbody');
  const count = h('p', { class: 'call-count', role: 'status' });
  const table = h(
    'table',
    { class: 'calls' },
    h('caption', {}, 'Calls in the capture'),
    h('thead', {}, h('tr', {}, ...COLUMNS.map((name) => h('th', { scope: 'col' }, name)))),
    body,
  );
  const draw = () => {
    const shown = calls
      .map((call, index) => ({ call, index }))
      .filter(({ call }) => callMatches(call, filter.value));
    body.replaceChildren(...shown.slice(0, MAX_ROWS).map(({ call, index }) => row(call, index)));
    count.textContent =
      shown.length > MAX_ROWS
        ? `${shown.length} calls match; the first ${MAX_ROWS} are listed: type to narrow them.`
        : `${shown.length} of ${calls.length} calls.`;
  };
  filter.addEventListener('input', draw);

  const choose = (indexes: number[]) => {
    const chosen = [...new Set(indexes.flatMap((index) => calls[index]!.messages))].sort(
      (a, b) => messages[a]!.time - messages[b]!.time || a - b,
    );
    const { found } = parseCaptured(chosen.map((at) => messages[at]!));
    renderExplanation(output, explainFound(found, data, { input: 'call' }));
    const call = calls[indexes[0]!]!;
    const heading = h('p', { class: 'chosen-call' }, `Call-ID ${call.callId}`);
    if (indexes.length === 1 && call.related.length > 0) {
      const both = h(
        'button',
        { type: 'button' },
        `Draw it with its ${call.related.length} related legs`,
      );
      both.addEventListener('click', () => choose([indexes[0]!, ...call.related]));
      const names = call.related.map((at) => calls[at]!.callId).join(', ');
      heading.append(` · related legs (a header ties them): ${names} `, both);
    } else if (indexes.length > 1) heading.append(` with ${indexes.length - 1} related legs`);
    output.prepend(heading);
  };
  table.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('button[data-call]');
    if (button) choose([Number(button.dataset.call)]);
  });

  host.replaceChildren(
    h('div', { class: 'notice', role: 'status' }, ...notes),
    h('label', { for: 'call-filter' }, 'Filter calls (any text: number, method, response)'),
    filter,
    count,
    h('div', { class: 'scroll-x', tabindex: '0' }, table),
  );
  draw();
  if (calls.length === 1) choose([0]);
}
