import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flowSteps, parseLabel, validateFlows, type Flow } from '../../src/lib/flows.ts';
import {
  describeFlow,
  LADDER_DEFAULTS,
  layoutLadder,
  renderLadderSvg,
  textWidth,
  wrapText,
} from '../../src/lib/ladder.ts';
import type { RegistryRow } from '../../src/lib/registry.ts';

const registry = [
  [180, 'Ringing'],
  [200, 'OK'],
  [202, 'Accepted (Deprecated)'],
  [486, 'Busy Here'],
].map(
  ([code, reason]) =>
    ({ code, reason, statusClass: '4xx', rfc: 'RFC 3261', section: null }) as RegistryRow,
);

const busy: Flow = {
  participants: [
    { id: 'alice', label: 'Alice (UAC)' },
    { id: 'proxy', label: 'Proxy' },
    { id: 'bob', label: 'Bob (UAS)' },
  ],
  messages: [
    { from: 'alice', to: 'proxy', label: 'INVITE' },
    { from: 'proxy', to: 'bob', label: 'INVITE' },
    { from: 'bob', to: 'proxy', label: '180 Ringing' },
    { from: 'bob', to: 'proxy', label: '486 Busy Here', note: 'On another call' },
    { from: 'proxy', to: 'bob', label: 'ACK' },
  ],
};

const flows = (data: Flow, code = 486) =>
  registry.map((row) => ({
    filePath: `content/flows/${row.code}.yaml`,
    data:
      row.code === code
        ? data
        : {
            participants: busy.participants,
            messages: [
              {
                from: 'bob',
                to: 'alice',
                label: row.code === 202 ? '202 Accepted' : `${row.code} ${row.reason}`,
              },
            ],
          },
  }));

describe('parseLabel', () => {
  it('tells requests from responses, with or without a qualifier', () => {
    assert.deepEqual(parseLabel('INVITE'), { kind: 'request', method: 'INVITE' });
    assert.deepEqual(parseLabel('REGISTER (with Authorization)'), {
      kind: 'request',
      method: 'REGISTER',
    });
    assert.deepEqual(parseLabel('486 Busy Here'), {
      kind: 'response',
      code: 486,
      reason: 'Busy Here',
    });
    assert.deepEqual(parseLabel('200 OK (CANCEL)'), { kind: 'response', code: 200, reason: 'OK' });
    assert.equal(parseLabel('invite'), null);
    assert.equal(parseLabel('Busy'), null);
  });
});

describe('validateFlows', () => {
  it('accepts flows that use known participants and show their own code', () => {
    assert.deepEqual(validateFlows(flows(busy), registry), []);
  });

  it('rejects unknown participants, a missing own code, wrong phrases and missing flows', () => {
    const broken: Flow = {
      ...busy,
      messages: [
        { from: 'alice', to: 'carol', label: 'INVITE' },
        { from: 'bob', to: 'alice', label: '180 Ringeing' },
      ],
    };
    assert.deepEqual(validateFlows(flows(broken), registry), [
      'content/flows/486.yaml: message 1 (INVITE) goes to unknown participant "carol"',
      'content/flows/486.yaml: message 2 (180 Ringeing) should read "180 Ringing"',
      'content/flows/486.yaml: the flow never shows a 486 response',
    ]);
    assert.deepEqual(validateFlows(flows(busy).slice(1), registry), [
      'content/flows/180.yaml: registered code 180 has no flow',
    ]);
  });
});

describe('layoutLadder', () => {
  const layout = layoutLadder(busy, { code: 486 });

  it('puts lanes left to right and arrows top to bottom between them', () => {
    const xs = layout.lanes.map((lane) => lane.x);
    assert.deepEqual(
      [...xs].sort((a, b) => a - b),
      xs,
    );
    assert.ok(Math.abs(xs[2]! - xs[1]! - (xs[1]! - xs[0]!)) <= 1, 'evenly spaced');
    const ys = layout.arrows.map((arrow) => arrow.y);
    assert.deepEqual(
      [...ys].sort((a, b) => a - b),
      ys,
    );
    assert.equal(new Set(ys).size, ys.length);
    assert.deepEqual([layout.arrows[0]!.x1, layout.arrows[0]!.x2], [xs[0], xs[1]]);
    assert.deepEqual([layout.arrows[2]!.x1, layout.arrows[2]!.x2], [xs[2], xs[1]]);
    assert.ok(layout.height > ys.at(-1)!);
  });

  it('leaves room for a note and highlights only the page’s own code', () => {
    const [, , ringing, busyHere, ack] = layout.arrows;
    assert.ok(ack!.y - busyHere!.y > busyHere!.y - ringing!.y);
    assert.deepEqual(
      layout.arrows.map((arrow) => arrow.own),
      [false, false, false, true, false],
    );
  });

  it('fits a phone column at its text size, wrapping labels to the space between lanes', () => {
    assert.equal(layout.fontSize, LADDER_DEFAULTS.fontSize);
    assert.ok(layout.width <= LADDER_DEFAULTS.fitWidth, `${layout.width} px wide`);
    const long = layoutLadder(
      {
        ...busy,
        messages: [{ from: 'alice', to: 'proxy', label: '494 Security Agreement Required' }],
      },
      { code: 494 },
    );
    const [arrow] = long.arrows;
    assert.ok(arrow!.labelLines.length > 1, 'the long label wraps');
    assert.equal(arrow!.labelLines.join(''), '494 Security Agreement Required');
    for (const line of arrow!.labelLines) {
      assert.ok(textWidth(line, long.fontSize, 'mono') <= Math.abs(arrow!.x2 - arrow!.x1));
    }
    assert.ok(long.arrows[0]!.y > layout.arrows[0]!.y, 'a wrapped label takes more height');
  });

  it('grows wider than the column when lanes cannot be spaced that tightly', () => {
    const many: Flow = {
      participants: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: `Node ${id}` })),
      messages: [{ from: 'a', to: 'f', label: 'INVITE' }],
    };
    const wide = layoutLadder(many, { code: 200, minLaneGap: 90 });
    assert.ok(wide.width > LADDER_DEFAULTS.fitWidth);
    assert.equal(wide.lanes[1]!.x - wide.lanes[0]!.x, 90);
    const roomy = layoutLadder(many, { code: 200, minLaneGap: 90, fitWidth: 1200, fontSize: 16 });
    assert.ok(roomy.width <= 1200 && roomy.width > wide.width);
    assert.equal(roomy.fontSize, 16);
  });

  it('keeps every label and note inside the picture', () => {
    const edge = layoutLadder(
      {
        ...busy,
        messages: [
          { from: 'alice', to: 'proxy', label: 'INVITE', note: 'A long note about the first hop' },
        ],
      },
      { code: 486 },
    );
    for (const arrow of edge.arrows) {
      const half = Math.max(...arrow.noteLines.map((line) => textWidth(line, 13, 'sans'))) / 2;
      assert.ok(arrow.noteX - half >= 0 && arrow.noteX + half <= edge.width);
    }
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps an overlong word whole', () => {
    assert.deepEqual(wrapText('a bb ccc', textWidth('a bb', 10, 'mono'), 10, 'mono'), [
      'a bb ',
      'ccc',
    ]);
    assert.deepEqual(wrapText('atlanta.example.com', 90, 10, 'mono'), ['atlanta.', 'example.com']);
    assert.deepEqual(wrapText('Supercalifragilistic', 10, 10, 'mono'), ['Supercalifragilistic']);
    assert.deepEqual(wrapText('', 100, 10, 'mono'), ['']);
  });
});

describe('flowSteps', () => {
  it('names the participants and links other responses that have a page', () => {
    const steps = flowSteps(busy, 486, new Set([180, 486]));
    assert.deepEqual(steps[0], {
      from: 'Alice (UAC)',
      to: 'Proxy',
      label: 'INVITE',
      note: undefined,
      href: undefined,
      own: false,
    });
    assert.deepEqual(
      steps.map((step) => step.href),
      [undefined, undefined, '/180/', undefined, undefined],
    );
    assert.deepEqual(
      steps.map((step) => step.own),
      [false, false, false, true, false],
    );
  });
});

describe('renderLadderSvg', () => {
  it('is an accessible image with a title and a description of every step', () => {
    const svg = renderLadderSvg(busy, 'Call flow showing 486 Busy Here', {
      code: 486,
      idPrefix: 'ladder-486',
    });
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="ladder-486-title ladder-486-desc"/);
    assert.match(svg, /<title id="ladder-486-title">Call flow showing 486 Busy Here<\/title>/);
    assert.match(svg, /<desc id="ladder-486-desc">Alice \(UAC\) sends INVITE to Proxy; /);
    assert.ok(!svg.includes('<a '), 'no links inside the picture');
    assert.equal(svg.match(/<g class="arrow own">/g)?.length, 1);
  });

  it('is drawn at its natural size in CSS px, with positions as shares of its width', () => {
    const layout = layoutLadder(busy, { code: 486 });
    const svg = renderLadderSvg(busy, 'Call flow', { code: 486, idPrefix: 'x' });
    assert.match(svg, new RegExp(`^<svg [^>]*width="${layout.width}" height="${layout.height}"`));
    assert.match(svg, / font-size="13"/);
    assert.ok(!/^<svg [^>]*viewBox/.test(svg), 'never scaled to fit');
    assert.match(svg, /<line x1="\d+(\.\d+)?%"/);
  });

  it('escapes text, so labels cannot inject markup', () => {
    const hostile: Flow = {
      participants: [
        { id: 'a', label: '<script>alert(1)</script>' },
        { id: 'b', label: 'B & "C"' },
      ],
      messages: [{ from: 'a', to: 'b', label: '486 Busy Here', note: "<img src=x onerror='x'>" }],
    };
    const svg = renderLadderSvg(hostile, 'A <b>title</b>', {
      code: 486,
      idPrefix: 'x',
    });
    assert.ok(!svg.includes('<script>'));
    assert.ok(!svg.includes('<img'));
    assert.ok(!svg.includes('<b>'));
    assert.match(svg, /B &#38; &#34;C&#34;/);
    assert.match(
      describeFlow(hostile),
      /^<script>alert\(1\)<\/script> sends 486 Busy Here to B & "C"\.$/,
    );
  });
});
