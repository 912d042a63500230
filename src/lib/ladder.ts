// Lays out a call flow as a ladder diagram and writes it as SVG. Pure string building, so the
// diagram is rendered once at build time and needs no script in the browser.
import { parseLabel } from './flows.ts';

/** What the renderer draws: a content flow, or an exchange read from a pasted trace. */
export interface LadderInput {
  participants: readonly { id: string; label: string }[];
  messages: readonly { from: string; to: string; label: string; note?: string | undefined }[];
}

export interface LadderOptions {
  /** The page's own code: its arrows are highlighted. */
  code: number;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

export interface Arrow {
  x1: number;
  x2: number;
  y: number;
  label: string;
  note?: string | undefined;
  own: boolean;
}

export interface LadderLayout {
  width: number;
  height: number;
  lanes: { x: number; label: string }[];
  arrows: Arrow[];
}

const WIDTH = 640;
const MARGIN = 80;
const TOP = 48;
const ROW = 36;
const NOTE = 14;
/** Lanes closer than this would overlap their labels: the diagram grows wider instead. */
const MIN_LANE_GAP = 150;

export function layoutLadder(
  flow: LadderInput,
  options: Omit<LadderOptions, 'idPrefix'>,
): LadderLayout {
  const count = flow.participants.length;
  const width = Math.max(WIDTH, 2 * MARGIN + (count - 1) * MIN_LANE_GAP);
  const step = count > 1 ? (width - 2 * MARGIN) / (count - 1) : 0;
  const lanes = flow.participants.map((participant, index) => ({
    x: MARGIN + index * step,
    label: participant.label,
  }));
  const laneX = new Map(
    flow.participants.map((participant, index) => [participant.id, lanes[index]!.x]),
  );
  let y = TOP;
  const arrows = flow.messages.map(({ from, to, label, note }) => {
    y += ROW;
    const parsed = parseLabel(label);
    const arrow: Arrow = {
      x1: laneX.get(from)!,
      x2: laneX.get(to)!,
      y,
      label,
      note,
      own: parsed?.kind === 'response' && parsed.code === options.code,
    };
    if (note) y += NOTE;
    return arrow;
  });
  return { width, height: y + 24, lanes, arrows };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

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

export function renderLadderSvg(flow: LadderInput, title: string, options: LadderOptions): string {
  const { width, height, lanes, arrows } = layoutLadder(flow, options);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const markerId = `${options.idPrefix}-head`;
  const ownMarkerId = `${options.idPrefix}-head-own`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" class="ladder">`,
    `<title id="${titleId}">${escape(title)}</title>`,
    `<desc id="${descId}">${escape(describeFlow(flow))}</desc>`,
    '<defs>',
    `<marker id="${markerId}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="head"/></marker>`,
    `<marker id="${ownMarkerId}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="head own"/></marker>`,
    '</defs>',
  ];
  for (const { x, label } of lanes) {
    parts.push(
      `<text x="${x}" y="20" text-anchor="middle" class="lane-label">${escape(label)}</text>`,
      `<line x1="${x}" y1="30" x2="${x}" y2="${height - 8}" class="lifeline"/>`,
    );
  }
  for (const arrow of arrows) {
    const middle = (arrow.x1 + arrow.x2) / 2;
    const marker = arrow.own ? ownMarkerId : markerId;
    // A picture (role="img") may not contain links: the step list beside it carries them.
    const text = `<text x="${middle}" y="${arrow.y - 6}" text-anchor="middle" class="label${arrow.own ? ' own' : ''}">${escape(arrow.label)}</text>`;
    parts.push(
      `<g class="arrow${arrow.own ? ' own' : ''}">`,
      `<line x1="${arrow.x1}" y1="${arrow.y}" x2="${arrow.x2}" y2="${arrow.y}" marker-end="url(#${marker})"/>`,
      text,
      arrow.note
        ? `<text x="${middle}" y="${arrow.y + 14}" text-anchor="middle" class="note">${escape(arrow.note)}</text>`
        : '',
      '</g>',
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
