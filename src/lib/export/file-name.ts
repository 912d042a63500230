// Names for the exported files, alike for every format so that the ones saved from one trace
// sort together: "sip-trace-486.svg", "sip-trace.md" when no final answer stands out.
import type { Explanation } from '../trace/index.ts';

export type ExportFormat = 'svg' | 'png' | 'mmd' | 'md';

export function exportFileName(explanation: Explanation, format: ExportFormat): string {
  const code = explanation.ladderCode;
  return `sip-trace${code === null ? '' : `-${code}`}.${format}`;
}
