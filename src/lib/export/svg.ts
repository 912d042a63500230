// The explained trace's ladder as an SVG file that stands alone: drawn by the site's one ladder
// renderer, with the page's stylesheet and CSS variables replaced by a small embedded style in
// the light theme's fixed colours, a background of its own and absolute positions in a viewBox,
// so that it looks the same opened in a browser, shown in an <img>, pasted into a wiki or drawn
// onto a canvas at another size. (The page's percentages, without a viewBox, happen to scale in
// Chromium and librsvg, but how an image without one is scaled is left to each viewer: some
// leave the drawing at its own size.)
import { renderLadderSvg } from '../ladder.ts';
import type { Explanation } from '../trace/index.ts';

/** The light theme of src/styles/global.css (the first value of each light-dark()). */
export const EXPORT_PALETTE = {
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#4f5863',
  border: '#d8dde3',
  accent: '#b3261e',
} as const;

/** The font stacks of src/styles/global.css: the reader's own system faces, nothing fetched. */
export const EXPORT_FONTS = {
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
} as const;

const { bg, text, muted, border, accent } = EXPORT_PALETTE;

/**
 * The rules of src/styles/ladder.css and LadderDiagram.astro for every class the renderer
 * writes, with the variables resolved. A halo in the background colour keeps a label legible
 * where it crosses a lifeline.
 */
export const EXPORT_STYLE = [
  `svg.ladder{font-family:${EXPORT_FONTS.sans}}`,
  `.ladder text{paint-order:stroke;stroke:${bg};stroke-width:4px;stroke-linejoin:round}`,
  `.lifeline{stroke:${border};stroke-width:2}`,
  `.lane-label{fill:${text};font-weight:700}`,
  `.arrow line{stroke:${muted};stroke-width:1.5}`,
  `.head{fill:${muted}}`,
  `.label{fill:${text};font-family:${EXPORT_FONTS.mono}}`,
  `.note{fill:${muted};font-style:italic}`,
  `.arrow.own line{stroke:${accent};stroke-width:3}`,
  `.head.own,.label.own{fill:${accent};font-weight:700}`,
  `.arrow.repeat line{stroke-dasharray:4 3;opacity:.6}`,
  `.arrow.repeat .label{fill:${muted}}`,
  // A resent response of the highlighted code: dashed like any copy, in the highlight's colour.
  `.arrow.own.repeat line{stroke-dasharray:4 3;opacity:.6}`,
].join('');

export interface SvgExportOptions {
  /** What the picture is, for its <title>; a screen reader and some viewers show it. */
  title?: string;
  /** The width to lay the lanes out in, in px; wider than a phone's column by default. */
  width?: number;
  /** Text size in px. */
  fontSize?: number;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_TITLE = 'Ladder diagram of a SIP exchange';

/** The title, saying so when the ladder draws only the first messages of a longer exchange. */
function titleOf(explanation: Explanation, title: string): string {
  const drawn = explanation.ladder.messages.length;
  const all = explanation.messages.length;
  return drawn < all ? `${title} (the first ${drawn} of ${all} messages)` : title;
}

/** A standalone SVG document of the explanation's ladder, as the explain page draws it. */
export function ladderSvgFile(explanation: Explanation, options: SvgExportOptions = {}): string {
  if (explanation.status !== 'explained' || explanation.ladder.participants.length === 0)
    throw new Error('Nothing to draw: the explanation has no messages.');
  const svg = renderLadderSvg(
    explanation.ladder,
    titleOf(explanation, options.title ?? DEFAULT_TITLE),
    {
      code: explanation.ladderCode ?? 0,
      idPrefix: 'sip-ladder',
      fitWidth: options.width ?? DEFAULT_WIDTH,
      ...(options.fontSize === undefined ? {} : { fontSize: options.fontSize }),
      absolute: true,
    },
  );
  // The style and the background go right after the title and description (which stay first,
  // where readers of the file look for them), before anything is drawn.
  const size = /^<svg [^>]*\bwidth="(\d+)" height="(\d+)"/.exec(svg);
  const at = svg.indexOf('</desc>') + '</desc>'.length;
  if (!size || at < '</desc>'.length) throw new Error('The ladder renderer wrote no sized <svg>.');
  const background = `<rect width="${size[1]}" height="${size[2]}" fill="${bg}"/>`;
  const style = `<style>${EXPORT_STYLE}</style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, at)}${style}${background}${svg.slice(at)}\n`;
}
