// The browser glue with small stand-ins for the few DOM objects it touches: what it asks of
// the browser (a data: image, a canvas of the right size, a download, the clipboard).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { ladderSvgFile } from '../../../src/lib/export/svg.ts';
import { explainFile } from './explained.ts';

interface Drawn {
  src?: string;
  canvas?: { width: number; height: number };
  draw?: unknown[];
  link?: { href: string; download: string; clicked: boolean; removed: boolean };
}

let drawn: Drawn;
const saved = new Map<string, PropertyDescriptor | undefined>();

function stub(name: string, value: unknown) {
  saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

beforeEach(() => {
  drawn = {};
  stub(
    'Image',
    class {
      set src(value: string) {
        drawn.src = value;
      }
      decode() {
        return Promise.resolve();
      }
    },
  );
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => ({ drawImage: (...args: unknown[]) => (drawn.draw = args.slice(1)) }),
    toBlob(done: (blob: Blob) => void, type: string) {
      drawn.canvas = { width: this.width, height: this.height };
      done(new Blob(['png'], { type }));
    },
  };
  const link = {
    href: '',
    download: '',
    hidden: false,
    click: () => (link.clicked = true),
    remove: () => (link.removed = true),
    clicked: false,
    removed: false,
  };
  drawn.link = link;
  stub('document', {
    createElement: (name: string) => (name === 'canvas' ? canvas : link),
    body: { append: () => {} },
  });
});

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  saved.clear();
});

const { copyText, download, svgToPngBlob } = await import('../../../src/scripts/explain-export.ts');

describe('explain-export', () => {
  it('draws the SVG from a data: address, which the page allows, at twice its size', async () => {
    const svg = ladderSvgFile(explainFile('rfc3665-busy.txt'));
    const png = await svgToPngBlob(svg);
    assert.equal(png.type, 'image/png');
    assert.ok(drawn.src!.startsWith('data:image/svg+xml;charset=utf-8,'));
    assert.equal(decodeURIComponent(drawn.src!.slice(drawn.src!.indexOf(',') + 1)), svg);
    assert.deepEqual(drawn.canvas, { width: 1280, height: 832 });
    assert.deepEqual(drawn.draw, [0, 0, 1280, 832]);
    await svgToPngBlob(svg, 1);
    assert.deepEqual(drawn.canvas, { width: 640, height: 416 });
  });

  it('downloads text or a blob under the name given, then frees its address', async () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      download('trace.md', '# x', 'text/markdown');
      assert.equal(drawn.link!.download, 'trace.md');
      const address = drawn.link!.href;
      assert.ok(address.startsWith('blob:'));
      assert.ok(drawn.link!.clicked && drawn.link!.removed);
      assert.equal(await (await fetch(address)).text(), '# x');
      mock.timers.tick(60_000);
      await assert.rejects(fetch(address));
    } finally {
      mock.timers.reset();
    }
  });

  it('copies text, and says when it could not', async () => {
    const copied: string[] = [];
    stub('navigator', { clipboard: { writeText: async (text: string) => copied.push(text) } });
    assert.equal(await copyText('sequenceDiagram'), true);
    assert.deepEqual(copied, ['sequenceDiagram']);
    stub('navigator', {
      clipboard: {
        writeText: async () => {
          throw new Error('denied');
        },
      },
    });
    assert.equal(await copyText('x'), false);
    stub('navigator', {});
    assert.equal(await copyText('x'), false);
  });
});
