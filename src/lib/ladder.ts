// Lays out a call flow as a ladder diagram and writes it as SVG. Pure string building, so the
// diagram is rendered once at build time and needs no script in the browser.
//
// The SVG is never scaled: it has no viewBox, so its labels are drawn at `fontSize` CSS px on
// any screen. Its width attribute is the narrowest it can be (the layout fits `fitWidth`, a
// phone's column by default, by wrapping labels onto several lines); horizontal positions are
// percentages of its width, so a page can widen it to spread the lanes on a larger screen. When
// lanes cannot be spaced that tightly (many participants), the natural width exceeds
// `fitWidth` and the page lets the diagram scroll sideways.
import { parseLabel } from './flows.ts';

/** What the renderer draws: a content flow, or an exchange read from a pasted trace. */
export interface LadderInput {
  participants: readonly { id: string; label: string }[];
  messages: readonly {
    from: string;
    to: string;
    label: string;
    note?: string | undefined;
    /** A copy of an earlier message sent again: drawn dashed, not as a new step. */
    repeat?: boolean | undefined;
  }[];
}

export interface LadderOptions {
  /** The page's own code: its arrows are highlighted. */
  code: number;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** The width to fit in, in CSS px: a 360 px phone less the page's gutters by default. */
  fitWidth?: number;
  /** Text size of every label, in CSS px. */
  fontSize?: number;
  /** The closest two lanes may be; below it the diagram grows wider than `fitWidth`. */
  minLaneGap?: number;
  /** Positions in px with a viewBox, not shares of the width: for a picture on its own. */
  absolute?: boolean;
}

export type LayoutOptions = Omit<LadderOptions, 'idPrefix' | 'absolute'>;

export interface Arrow {
  x1: number;
  x2: number;
  y: number;
  label: string;
  note?: string | undefined;
  own: boolean;
  repeat: boolean;
  /** Where the label and note are centred, kept inside the picture. */
  labelX: number;
  noteX: number;
  /** The label and note as wrapped for the space between their lanes. */
  labelLines: string[];
  noteLines: string[];
}

export interface LadderLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  lanes: { x: number; label: string; lines: string[] }[];
  arrows: Arrow[];
}

export const LADDER_DEFAULTS = { fitWidth: 328, fontSize: 13, minLaneGap: 72 } as const;

/**
 * Average advance of a character in ems, on the generous side, so that a label measured here
 * is not narrower than as drawn: monospace faces advance 0.6 em; bold sans-serif names run
 * close to that, regular text (notes) less.
 */
const CHAR_EM = { mono: 0.61, bold: 0.62, sans: 0.56 } as const;
const PAD = 4;

/** The width of a line of text, estimated without a browser. */
export function textWidth(text: string, fontSize: number, face: keyof typeof CHAR_EM): number {
  return Math.ceil(text.trimEnd().length * CHAR_EM[face] * fontSize);
}

/**
 * Breaks text into lines no wider than `width`: at spaces, and inside a word too long for a line
 * after a hyphen, dot or slash ("atlanta.example.com" → "atlanta." "example.com"). A piece that
 * is still too long keeps a line of its own. A line that ends where a space was keeps it
 * ("Alice " "(UAC)"), so the drawn text still reads as the label.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  face: keyof typeof CHAR_EM,
): string[] {
  const fits = (line: string) => textWidth(line, fontSize, face) <= width;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = fits(word) ? [word] : word.split(/(?<=[-./])(?=.)/);
    pieces.forEach((piece, index) => {
      const last = lines.at(-1);
      const joined = index === 0 ? `${last} ${piece}` : `${last}${piece}`;
      if (last !== undefined && fits(joined)) lines[lines.length - 1] = joined;
      else {
        if (last !== undefined && index === 0) lines[lines.length - 1] = `${last} `;
        lines.push(piece);
      }
    });
  }
  return lines.length > 0 ? lines : [''];
}

const widest = (lines: string[], fontSize: number, face: keyof typeof CHAR_EM) =>
  Math.max(0, ...lines.map((line) => textWidth(line, fontSize, face)));

export function layoutLadder(flow: LadderInput, options: LayoutOptions): LadderLayout {
  const { fitWidth, fontSize, minLaneGap } = { ...LADDER_DEFAULTS, ...options };
  const lineHeight = Math.round(fontSize * 1.3);
  const count = flow.participants.length;
  const index = new Map(flow.participants.map((participant, at) => [participant.id, at]));

  // Lanes first. Names wrap to a common width; each gap between lanes is as wide as the two
  // names beside it need (and at least the minimum), the outer names set the margins, and
  // whatever is left of the width is shared out equally. Take the widest wrapping that fits;
  // if none does, the most wrapped one, and the diagram grows wider than `fitWidth`.
  const laneLines = (wrap: number) =>
    flow.participants.map(({ label }) => wrapText(label, wrap, fontSize, 'bold'));
  const spacing = (lines: string[][]) => {
    const widths = lines.map((name) => widest(name, fontSize, 'bold'));
    const left = Math.max(PAD * 3, widths[0]! / 2 + PAD);
    const right = Math.max(PAD * 3, widths.at(-1)! / 2 + PAD);
    const gaps = widths
      .slice(1)
      .map((width, at) => Math.max(minLaneGap, (widths[at]! + width) / 2 + 2 * PAD));
    const needed = left + right + gaps.reduce((sum, gap) => sum + gap, 0);
    return { left, gaps, needed };
  };
  let lanesText = laneLines(fitWidth);
  let layout = spacing(lanesText);
  for (let wrap = fitWidth; layout.needed > fitWidth && wrap > minLaneGap;) {
    wrap -= fontSize / 2;
    lanesText = laneLines(Math.max(wrap, minLaneGap - 2 * PAD));
    layout = spacing(lanesText);
  }
  const slack = count > 1 ? Math.max(0, fitWidth - layout.needed) / (count - 1) : 0;
  const width = Math.ceil(Math.max(layout.needed, count > 1 ? fitWidth : layout.needed) - 0.01);
  let x = count > 1 ? layout.left : width / 2;
  const lanes = flow.participants.map((participant, at) => {
    if (at > 0) x += layout.gaps[at - 1]! + slack;
    return { x: Math.round(x), label: participant.label, lines: lanesText[at]! };
  });

  /** Centre of a text block, moved inwards if it would cross the picture's edge. */
  const inside = (x: number, blockWidth: number) =>
    Math.min(Math.max(x, blockWidth / 2 + 2), width - blockWidth / 2 - 2);

  let y = Math.max(...lanesText.map((lines) => lines.length)) * lineHeight + PAD * 3;
  const laneTop = y;
  const arrows = flow.messages.map(({ from, to, label, note, repeat }) => {
    const x1 = lanes[index.get(from)!]!.x;
    const x2 = lanes[index.get(to)!]!.x;
    const span = Math.abs(x2 - x1);
    const labelLines = wrapText(label, span - PAD, fontSize, 'mono');
    // A note sits in a row of its own under the arrow, so it may run across other lanes.
    const noteLines = note ? wrapText(note, width - 4 * PAD, fontSize, 'sans') : [];
    y += labelLines.length * lineHeight + PAD * 3;
    const middle = (x1 + x2) / 2;
    const parsed = parseLabel(label);
    const arrow: Arrow = {
      x1,
      x2,
      y,
      label,
      note,
      own: parsed?.kind === 'response' && parsed.code === options.code,
      repeat: repeat === true,
      labelX: Math.round(inside(middle, widest(labelLines, fontSize, 'mono'))),
      noteX: Math.round(inside(middle, widest(noteLines, fontSize, 'sans'))),
      labelLines,
      noteLines,
    };
    y += noteLines.length * lineHeight;
    return arrow;
  });
  return { width, height: Math.max(y, laneTop) + lineHeight, fontSize, lineHeight, lanes, arrows };
}

/**
 * Text as XML character data. Characters XML 1.0 does not allow at all (most control
 * characters, a lone surrogate), which a pasted trace can carry, become U+FFFD: one of them
 * would make the whole picture unreadable to an XML parser.
 */
const escape = (text: string) =>
  text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A one-sentence description of the flow, for <desc>. */
export function describeFlow(flow: LadderInput): string {
  const names = new Map(
    flow.participants.map((participant) => [participant.id, participant.label]),
  );
  return flow.messages
    .map(({ from, to, label }) => `${names.get(from)} sends ${label} to ${names.get(to)}`)
    .join('; ')
    .concat('.');
}

/** A <text> of one or more lines; `top` is the baseline of the first, `x` a percentage or px. */
function textBlock(lines: string[], x: string, top: number, lineHeight: number, className: string) {
  const spans = lines
    .map((line, at) => `<tspan x="${x}" dy="${at === 0 ? 0 : lineHeight}">${escape(line)}</tspan>`)
    .join('');
  return `<text x="${x}" y="${top}" text-anchor="middle" class="${className}">${spans}</text>`;
}

export function renderLadderSvg(flow: LadderInput, title: string, options: LadderOptions): string {
  const layout = layoutLadder(flow, options);
  const { width, height, lanes, arrows, lineHeight, fontSize } = layout;
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const markerId = `${options.idPrefix}-head`;
  const ownMarkerId = `${options.idPrefix}-head-own`;
  const laneTop = Math.max(...lanes.map((lane) => lane.lines.length)) * lineHeight + PAD * 2;
  const at = options.absolute
    ? (x: number) => String(x)
    : (x: number) => `${Number(((x / width) * 100).toFixed(2))}%`;
  const viewBox = options.absolute ? ` viewBox="0 0 ${width} ${height}"` : '';
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"${viewBox} font-size="${fontSize}" role="img" aria-labelledby="${titleId} ${descId}" class="ladder">`,
    `<title id="${titleId}">${escape(title)}</title>`,
    `<desc id="${descId}">${escape(describeFlow(flow))}</desc>`,
    '<defs>',
    `<marker id="${markerId}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="head"/></marker>`,
    `<marker id="${ownMarkerId}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="head own"/></marker>`,
    '</defs>',
  ];
  for (const { x, lines } of lanes) {
    parts.push(
      textBlock(lines, at(x), fontSize + PAD, lineHeight, 'lane-label'),
      `<line x1="${at(x)}" y1="${laneTop}" x2="${at(x)}" y2="${height - PAD}" class="lifeline"/>`,
    );
  }
  for (const arrow of arrows) {
    const marker = arrow.own ? ownMarkerId : markerId;
    const own = arrow.own ? ' own' : '';
    const repeat = arrow.repeat ? ' repeat' : '';
    // The last line sits clear of the arrow, descenders and halo included.
    const labelTop = arrow.y - 2 * PAD - (arrow.labelLines.length - 1) * lineHeight;
    // A picture (role="img") may not contain links: the step list beside it carries them.
    parts.push(
      `<g class="arrow${own}${repeat}">`,
      `<line x1="${at(arrow.x1)}" y1="${arrow.y}" x2="${at(arrow.x2)}" y2="${arrow.y}" marker-end="url(#${marker})"/>`,
      textBlock(arrow.labelLines, at(arrow.labelX), labelTop, lineHeight, `label${own}`),
      arrow.noteLines.length > 0
        ? textBlock(arrow.noteLines, at(arrow.noteX), arrow.y + lineHeight, lineHeight, 'note')
        : '',
      '</g>',
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
