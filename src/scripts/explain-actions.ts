// What a reader takes away from an explained trace: a summary for the ticket, the ladder for a
// wiki (Mermaid, SVG, PNG), or a link that opens the same explanation. Nothing is sent
// anywhere: the files and the link are made in the page.
import { sitePath } from '../lib/paths.ts';
import type { Explanation } from '../lib/trace/index.ts';
import { h } from './explain-dom.ts';

type Action = () => Promise<string>;

/** The exports and the share panel, in one load. */
async function importActions() {
  const [markdown, mermaid, svg, fileName, files, share] = await Promise.all([
    import('../lib/export/markdown.ts'),
    import('../lib/export/mermaid.ts'),
    import('../lib/export/svg.ts'),
    import('../lib/export/file-name.ts'),
    import('./explain-export.ts'),
    import('./explain-share.ts'),
  ]);
  return { ...markdown, ...mermaid, ...svg, ...fileName, ...files, ...share };
}

let actions: ReturnType<typeof importActions> | undefined;

/**
 * The page asks for these as it opens, beside the capture reader, so that a button works at once
 * and still works once the connection is gone; nothing else is fetched after a paste.
 */
export function loadActions(): ReturnType<typeof importActions> {
  actions ??= importActions();
  return actions;
}

function siteUrl(): string {
  return new URL(sitePath('/'), location.href).href;
}

async function copied(text: string, what: string): Promise<string> {
  const { copyText } = await loadActions();
  return (await copyText(text))
    ? `Copied ${what}.`
    : `This browser would not copy ${what}: it is allowed on a page opened over HTTPS or from this computer.`;
}

function actionsOf(explanation: Explanation, panel: HTMLElement): [string, Action][] {
  return [
    [
      'Copy as Markdown',
      async () => {
        const { toMarkdown } = await loadActions();
        return copied(toMarkdown(explanation, { siteUrl: siteUrl() }), 'the Markdown summary');
      },
    ],
    [
      'Copy as Mermaid',
      async () => {
        const { toMermaid } = await loadActions();
        return copied(toMermaid(explanation), 'the Mermaid sequence diagram');
      },
    ],
    [
      'Download SVG',
      async () => {
        const { ladderSvgFile, exportFileName, download } = await loadActions();
        const name = exportFileName(explanation, 'svg');
        download(name, ladderSvgFile(explanation), 'image/svg+xml');
        return `Saved the ladder as ${name}.`;
      },
    ],
    [
      'Download PNG',
      async () => {
        const { ladderSvgFile, exportFileName, download, svgToPngBlob } = await loadActions();
        const name = exportFileName(explanation, 'png');
        download(name, await svgToPngBlob(ladderSvgFile(explanation)), 'image/png');
        return `Saved the ladder as ${name}.`;
      },
    ],
    [
      'Share a link…',
      async () => {
        const { showSharePanel } = await loadActions();
        await showSharePanel(panel, explanation);
        return '';
      },
    ],
  ];
}

/** The row of buttons under the summary, with a line that says what each did. */
export function actionsBar(explanation: Explanation): HTMLElement {
  const status = h('p', { class: 'action-status', role: 'status' });
  const panel = h('div', { class: 'share-panel', hidden: '' });
  const buttons = actionsOf(explanation, panel).map(([label, action]) => {
    const button = h('button', { type: 'button' }, label);
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        status.textContent = await action();
      } catch (error) {
        status.textContent = `${label.replace('…', '')} did not work: ${(error as Error).message}`;
      }
    });
    return button;
  });
  return h(
    'div',
    { class: 'explain-actions', 'data-explain-actions': '' },
    h('div', { class: 'action-buttons' }, ...buttons),
    status,
    panel,
  );
}
