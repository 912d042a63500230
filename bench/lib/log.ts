// Progress on stderr, and the record of parts of the run that failed.

/** A measurement that could not be taken, recorded in place of its results. */
export interface Failure {
  error: string;
}

const started = performance.now();

/** Milliseconds since the run started. */
export function elapsedMs(): number {
  return performance.now() - started;
}

export function log(message: string): void {
  const seconds = (elapsedMs() / 1000).toFixed(0).padStart(5);
  process.stderr.write(`[bench ${seconds} s] ${message}\n`);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function failed(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Parts of the run that failed, for the summary and the exit code. */
export const failures: { section: string; error: string }[] = [];

/**
 * Runs one part of the benchmark. A failure is recorded in place of its results, so that the
 * other parts of a long run still count.
 */
export async function attempt<T>(section: string, measure: () => Promise<T>): Promise<T | Failure> {
  log(section);
  try {
    return await measure();
  } catch (error) {
    const message = messageOf(error);
    failures.push({ section, error: message });
    log(`${section} failed: ${message.split('\n')[0]}`);
    return { error: message };
  }
}
