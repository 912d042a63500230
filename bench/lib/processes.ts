// Child processes (builds) and temporary project copies, cleaned up however the run ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

/** Child processes still running, so that an interrupted run leaves nothing behind. */
const children = new Set<ChildProcess>();
/** Temporary project copies, removed even when the run is interrupted. */
const tempDirs = new Set<string>();
/** Closes what the run opened in this process, such as servers. */
const closers = new Set<() => void>();

/**
 * Signals a child's whole process group: npx starts npm, which starts the node process that
 * does the work, and signalling npx alone would leave that one running.
 */
function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export function cleanUp(): void {
  for (const child of children) killGroup(child, 'SIGKILL');
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  for (const close of closers) close();
}

/** Cleans up on exit; 'exit' also follows an uncaught error, and Ctrl-C is turned into one. */
export function cleanUpOnExit(): void {
  process.once('exit', cleanUp);
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}

export function trackTempDir(dir: string): () => void {
  tempDirs.add(dir);
  return () => tempDirs.delete(dir);
}

export function trackCloser(close: () => void): () => void {
  closers.add(close);
  return () => closers.delete(close);
}

/**
 * Runs a command to completion in its own process group (see killGroup) and times it. Its
 * output is shown only when it fails.
 */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<{ ms: number; output: string }> {
  return new Promise((resolve, reject) => {
    const begin = performance.now();
    const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      children.delete(child);
      const ms = performance.now() - begin;
      if (code === 0) return resolve({ ms, output: stripVTControlCharacters(output) });
      const status = signal ?? `exit code ${code}`;
      reject(new Error(`${command} ${args.join(' ')} failed (${status}):\n${output.slice(-4000)}`));
    });
  });
}

/** The time a tool reports for its own work, without the second or so npx takes to start it. */
export function reportedMs(output: string): number | null {
  // Astro writes "512ms", "3.21s" or, past a minute, "1m 12s".
  const astro = /page\(s\) built in (?:(\d+)m )?([\d.]+)(ms|s)\b/.exec(output);
  if (astro) {
    const [, minutes = '0', amount, unit] = astro;
    return Number(minutes) * 60_000 + Number(amount) * (unit === 's' ? 1000 : 1);
  }
  const pagefind = /Finished in ([\d.]+) seconds/.exec(output);
  return pagefind ? Number(pagefind[1]) * 1000 : null;
}

/** Runs a tool through npx, with its wall time and the time it reports itself. */
export async function timeTool(args: readonly string[], cwd: string) {
  const { ms, output } = await run('npx', args, cwd);
  return { ms, reportedMs: reportedMs(output), output };
}
