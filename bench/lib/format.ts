// How figures are written in the summary. 1 kB = 1000 bytes, as the summary says.

export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  return `${(bytes / 1e3).toFixed(1)} kB`;
}

/** Milliseconds below a second, seconds above; a missing figure is a dash. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export function formatFactor(factor: number): string {
  return `×${factor.toFixed(2)}`;
}

/** Load averages (1, 5, 15 min) with one decimal. */
export function formatLoad(averages: readonly number[]): string {
  return averages.map((value) => value.toFixed(1)).join(', ');
}

/** A Markdown table; every column after the first holds figures and is right-aligned. */
export function table(headers: readonly string[], rows: readonly (string | number)[][]): string {
  const align = headers.map((_, index) => (index === 0 ? '---' : '---:'));
  return [headers, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The first line of an error message, for a table cell or a list item. */
export function firstLine(text: string): string {
  return text.split('\n')[0];
}

const UNIT_AFTER_FIGURE = /(\d) (ms|s|kB|MB|KiB|min)\b/g;

/**
 * Prose for the summary: the parts joined by spaces and wrapped at `width` columns, so that the
 * sentences with figures in them read like the fixed ones.
 */
export function paragraph(parts: readonly string[], width = 100): string {
  const lines: string[] = [];
  let line = '';
  // A figure stays on one line with its unit.
  const words = parts
    .join(' ')
    .replace(UNIT_AFTER_FIGURE, '$1\u00a0$2')
    .split(/[ \t\n]+/);
  for (const word of words.filter(Boolean).map((text) => text.replaceAll('\u00a0', ' '))) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** What a section says in place of its figures when its measurement failed. */
export function failedNote({ error }: { error: string }): string {
  return `Failed: ${firstLine(error)} (the whole message is in \`results.json\`).`;
}
