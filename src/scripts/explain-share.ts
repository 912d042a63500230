// "Share a link": the trace, with addresses, numbers and names replaced by stand-ins unless the
// reader says otherwise, shown exactly as the link will hold it, then packed into the link's
// fragment. A browser never sends a fragment to a server, so the trace leaves this computer
// only as the link the reader copies.
import { prepareShare } from '../lib/share/fragment.ts';
import { describeReplacements, redactTrace } from '../lib/share/redact.ts';
import { traceText } from '../lib/share/trace-text.ts';
import type { Explanation } from '../lib/trace/index.ts';
import { h } from './explain-dom.ts';
import { copyText } from './explain-export.ts';

export async function showSharePanel(panel: HTMLElement, explanation: Explanation): Promise<void> {
  const original = traceText(explanation.messages);
  const redaction = redactTrace(original);
  const redact = h('input', { type: 'checkbox', id: 'share-redact', checked: '' });
  const replaced = h('p', { class: 'share-replaced' });
  const preview = h('pre', { class: 'share-preview', tabindex: '0', 'data-share-preview': '' });
  const size = h('span', {});
  const create = h('button', { type: 'button' }, 'Create the link');
  const result = h('p', { class: 'share-result', role: 'status' });
  const linkField = h('input', {
    type: 'text',
    readonly: '',
    'aria-label': 'Link to this explanation',
    'data-share-link': '',
    hidden: '',
  }) as HTMLInputElement;

  const shared = () => ((redact as HTMLInputElement).checked ? redaction.text : original);
  const showPreview = () => {
    const text = shared();
    preview.textContent = text;
    replaced.textContent = (redact as HTMLInputElement).checked
      ? redaction.replacements.length === 0
        ? 'Nothing to replace was found.'
        : `Replaced with stand-ins: ${describeReplacements(redaction.replacements)}. The same value gets the same stand-in throughout.`
      : 'Nothing is replaced: the link holds the messages exactly as read.';
    size.textContent = ` (${text.length.toLocaleString('en')} characters before compression)`;
    linkField.hidden = true;
    result.textContent = '';
  };
  redact.addEventListener('change', showPreview);
  create.addEventListener('click', async () => {
    const prepared = await prepareShare(shared(), location.href);
    if (!prepared.ok) {
      linkField.hidden = true;
      result.textContent = prepared.error;
      return;
    }
    linkField.value = prepared.link;
    linkField.hidden = false;
    linkField.select();
    const length = prepared.link.length.toLocaleString('en');
    result.textContent = (await copyText(prepared.link))
      ? `Copied the link (${length} characters). Whoever opens it sees this explanation, read in their own browser.`
      : `The link (${length} characters) is selected below: copy it from there.`;
  });

  panel.replaceChildren(
    h('h3', {}, 'Share this explanation as a link'),
    h(
      'p',
      {},
      'The link carries the messages themselves, compressed, after its “#”: browsers never send that part to a server, and whoever opens the link sees the same explanation, drawn in their browser.',
    ),
    h(
      'p',
      {},
      redact,
      ' ',
      h(
        'label',
        { for: 'share-redact' },
        'Replace addresses, phone numbers, user and host names, tags, Call-IDs, branches and credentials with stand-ins',
      ),
    ),
    replaced,
    h('p', { class: 'share-preview-head' }, 'Exactly what the link will hold', size, ':'),
    preview,
    h('p', {}, create),
    result,
    linkField,
  );
  panel.hidden = false;
  showPreview();
  panel.querySelector('h3')?.scrollIntoView({ block: 'nearest' });
}
