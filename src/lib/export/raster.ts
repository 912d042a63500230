// How large a PNG of an exported SVG can be drawn. Browsers refuse canvases past a size of
// their own: Safari any canvas over 16,777,216 pixels (4096 × 4096), and some engines a side
// over 16,384 px or an area over 16,384²; a refused canvas exports as an empty image. So the
// scale asked for is lowered until the picture fits the smallest of these.

export const MAX_CANVAS_AREA = 16_777_216;
export const MAX_CANVAS_SIDE = 16_384;

/** The width and height in px that an SVG document's root declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The SVG declares no width and height in px.');
  return { width, height };
}

/** The scale to draw at: the one asked for, or less when the canvas would be too large. */
export function rasterScale(width: number, height: number, wanted: number): number {
  const byArea = Math.sqrt(MAX_CANVAS_AREA / (width * height));
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  return Math.min(wanted, byArea, bySide);
}

/** The canvas size in whole pixels for a picture drawn at `scale`, never past the limits. */
export function canvasSize(
  width: number,
  height: number,
  scale: number,
): { width: number; height: number; scale: number } {
  const fit = rasterScale(width, height, scale);
  return {
    width: Math.max(1, Math.floor(width * fit)),
    height: Math.max(1, Math.floor(height * fit)),
    scale: fit,
  };
}
