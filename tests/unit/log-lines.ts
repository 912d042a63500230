// The real log lines of tests/fixtures/log-lines/, shared by the unit and browser tests.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface LogLine {
  line: string;
  product: string;
  source: string;
  /** For a line that names a code or cause: the page it is about. */
  page?: string;
  /** Other pages that are just as right (a line with a code and its cause). */
  also?: string[];
  /** Why the line reads so, or for a negative, what its numbers are. */
  why: string;
  /** A line the reader does not get yet, and why. */
  unread?: string;
}

const folder = new URL('../fixtures/log-lines/', import.meta.url);

function read(): { positives: LogLine[]; negatives: LogLine[] } {
  const positives: LogLine[] = [];
  const negatives: LogLine[] = [];
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const file = parse(readFileSync(new URL(name, folder), 'utf8')) as {
      positives: LogLine[];
      negatives: LogLine[];
    };
    positives.push(...file.positives);
    negatives.push(...file.negatives);
  }
  return { positives, negatives };
}

export const logLines = read();

/** The pages a positive may rightly lead to. */
export const rightPages = (entry: LogLine) => [entry.page!, ...(entry.also ?? [])];
