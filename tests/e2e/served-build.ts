// The browser tests reuse a server already listening on their port (playwright.config.ts), which
// may serve another checkout's build or an old one. Before any test runs, the service worker
// the server sends is compared with the one in dist/: it carries the id of the build, which
// changes with every file of the site.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { workerBuildId } from '../../src/lib/offline.ts';

/** What the server sent for /sw.js: null when it could not be reached. */
export type ServedWorker = { status: number; body: string } | null;

/** Why the server on `port` is not serving `local` (dist/sw.js), or null when it is. */
export function servedBuildProblem(port: string, served: ServedWorker, local: string) {
  if (served?.status === 200 && served.body === local) return null;
  const ours = workerBuildId(local) ?? 'unknown';
  const theirs =
    served === null
      ? 'does not answer'
      : served.status !== 200
        ? `answers /sw.js with status ${served.status}, so it is no build of this site`
        : `serves build ${workerBuildId(served.body) ?? 'unknown'}`;
  return (
    `The server on port ${port} ${theirs}, but dist/ holds build ${ours}. ` +
    `The browser tests reuse whatever listens on E2E_PORT (now ${port}): stop that server, ` +
    `or choose a free port (e.g. E2E_PORT=4330 npm run test:e2e) and they start their own.`
  );
}

/** Throws unless the server at `baseURL` serves the build in `dist`. */
export async function checkServedBuild(baseURL: string, dist: string): Promise<void> {
  const local = await readFile(join(dist, 'sw.js'), 'utf8').catch(() => null);
  if (local === null) throw new Error(`No build in ${dist}: run npm run build first.`);
  const url = new URL('sw.js', baseURL);
  const served = await fetch(url).then(
    async (response) => ({ status: response.status, body: await response.text() }),
    () => null,
  );
  const problem = servedBuildProblem(url.port, served, local);
  if (problem) throw new Error(problem);
}
