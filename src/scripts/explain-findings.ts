// The diagnoses of an explained trace: each finding with the messages it rests on, the rule
// behind it and the page that explains it.
import { rfcLabel, rfcUrl } from '../lib/codes.ts';
import type { Diagnosis, Severity } from '../lib/diagnose/types.ts';
import { sitePath } from '../lib/paths.ts';
import type { Explanation } from '../lib/trace/index.ts';
import { h, link } from './explain-dom.ts';

const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Problem',
  warning: 'Risk',
  info: 'Note',
};

/** "the 408 page", "the guide to timeouts and cancellation": the link says where it leads. */
function pageLabel(page: string): string {
  const code = /^\/(\d{3})\/$/.exec(page)?.[1];
  if (code) return `the ${code} page`;
  const guide = /^\/guides\/([a-z0-9-]+)\/$/.exec(page)?.[1];
  return guide ? `the guide to ${guide.replaceAll('-', ' ')}` : 'the page that explains it';
}

function finding(diagnosis: Diagnosis, explanation: Explanation): HTMLElement {
  const places = diagnosis.messages.flatMap((index, at) => {
    const message = explanation.messages[index];
    if (!message) return [];
    const anchor = link(`#message-${index + 1}`, `${message.place} (${message.label})`);
    return at === 0 ? [anchor] : [', ', anchor];
  });
  const rfc = `RFC ${diagnosis.rule.rfc}`;
  return h(
    'li',
    { class: `finding ${diagnosis.severity}`, 'data-kind': diagnosis.kind },
    h(
      'p',
      { class: 'finding-title' },
      h('span', { class: 'severity' }, `${SEVERITY_WORDS[diagnosis.severity]}: `),
      diagnosis.title,
    ),
    h('p', {}, diagnosis.detail),
    h(
      'p',
      { class: 'finding-refs' },
      places.length > 0 && 'Messages: ',
      ...places,
      places.length > 0 && ' · ',
      `${diagnosis.rule.name}: `,
      link(rfcUrl(rfc, diagnosis.rule.section), rfcLabel(rfc, diagnosis.rule.section)),
      ' · ',
      link(sitePath(diagnosis.page), pageLabel(diagnosis.page)),
    ),
  );
}

/** The "Diagnoses" heading and list, or nothing when the trace shows nothing to flag. */
export function findingsSection(explanation: Explanation): HTMLElement[] {
  if (explanation.diagnoses.length === 0) return [];
  return [
    h('h2', {}, `Diagnoses (${explanation.diagnoses.length})`),
    h(
      'ul',
      { class: 'findings' },
      ...explanation.diagnoses.map((diagnosis) => finding(diagnosis, explanation)),
    ),
  ];
}
