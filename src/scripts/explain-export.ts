// Browser glue for the explain page's exports: the ladder's SVG as a PNG, a file to download,
// text or a picture to the clipboard. The page's Content-Security-Policy allows images from data: addresses
// only (besides the site's own), so the SVG reaches the canvas as a data: URL, never a blob:.
import { canvasSize, svgSize } from '../lib/export/raster.ts';

/** The SVG drawn onto a canvas at `scale` (less for a very large picture), as a PNG. */
export async function svgToPngBlob(svgText: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svgText);
  const size = canvasSize(width, height, scale);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  context.drawImage(image, 0, 0, size.width, size.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Safari keeps a canvas's memory for a while after use; an empty one gives it back at once.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('The picture could not be made into a PNG.');
  return blob;
}

/** Offers the content as a file download named `name`. */
export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is freed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Copies text to the clipboard, as the page's copy buttons do (src/scripts/copy-links.ts);
 * false when the browser has no clipboard here or refuses.
 */
export async function copyText(text: string): Promise<boolean> {
  if (!navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies a PNG to the clipboard. Pass the promise of the picture, not the picture: Safari
 * accepts a clipboard write only while the click that asked for it is being handled, and
 * drawing the PNG can take longer. False when the browser cannot or will not.
 */
export async function copyPng(png: Blob | Promise<Blob>): Promise<boolean> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch {
    return false;
  }
}
