// Opening a file on the explain page: a packet capture (by its name or its first bytes) goes to
// the capture worker, anything else is read as a text log. Files can also be dropped on the
// input.
import type { ExplainData } from '../../lib/trace/index.ts';
import { showCapture } from './calls-render.ts';
import { startCaptureClient } from './client.ts';

const CAPTURE_NAME = /\.(?:pcap|pcapng|cap|ntar|gz)$/i;
const MAGIC = [
  [0xd4, 0xc3, 0xb2, 0xa1],
  [0xa1, 0xb2, 0xc3, 0xd4],
  [0x4d, 0x3c, 0xb2, 0xa1],
  [0xa1, 0xb2, 0x3c, 0x4d],
  [0x0a, 0x0d, 0x0d, 0x0a],
  [0x1f, 0x8b],
];

async function isCapture(file: File): Promise<boolean> {
  if (CAPTURE_NAME.test(file.name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return MAGIC.some((magic) => magic.every((byte, i) => head[i] === byte));
}

export interface CaptureParts {
  input: HTMLElement;
  picker: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  output: HTMLElement;
  data: ExplainData;
  /** Reads a text file as a pasted log. */
  openText: (file: File) => Promise<void>;
}

export function wireCaptures(parts: CaptureParts): void {
  const { input, picker, list, status, output, data } = parts;
  const bar = status.querySelector('progress')!;
  const stage = status.querySelector<HTMLElement>('[data-capture-stage]')!;
  const cancel = status.querySelector<HTMLButtonElement>('button')!;
  const client = startCaptureClient(() => input.setAttribute('data-capture-ready', ''));
  cancel.addEventListener('click', () => client.cancel());

  // A file opened while another is read replaces it: only the latest one's outcome is shown.
  let latest = 0;
  const open = async (file: File) => {
    const mine = ++latest;
    if (!(await isCapture(file))) {
      list.replaceChildren();
      await parts.openText(file);
      return;
    }
    list.replaceChildren();
    output.replaceChildren();
    status.hidden = false;
    bar.removeAttribute('value');
    stage.textContent = `Reading ${file.name}…`;
    try {
      const done = await client.read(file, (what, fraction) => {
        stage.textContent = `${what}…`;
        bar.value = fraction;
      });
      if (mine !== latest) return;
      status.hidden = true;
      showCapture(list, output, done, data);
      list.dataset.readMs = String(Math.round(done.ms));
    } catch (error) {
      if (mine !== latest) return;
      status.hidden = true;
      const message = document.createElement('p');
      message.className = 'notice';
      message.setAttribute('role', 'alert');
      message.textContent = (error as Error).message;
      list.replaceChildren(message);
    }
  };

  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) void open(file);
  });
  input.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    input.classList.add('dropping');
  });
  input.addEventListener('dragleave', () => input.classList.remove('dropping'));
  input.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    input.classList.remove('dropping');
    if (!file) return;
    event.preventDefault();
    void open(file);
  });
}
