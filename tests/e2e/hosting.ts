// A copy of the built site served like a plain static host (scripts/static-server.mjs) on a
// free port, for the tests of publishing under a path and of reading offline. Tests here name
// pages relative to the site ("486/"), so the same test works at any base.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { test as guarded } from './fixtures.ts';

export interface HostedSite {
  /** The site's address, base included: http://127.0.0.1:PORT/sip/ */
  url: string;
  base: string;
  /** The directory served; a scratch copy when the test changes it. */
  root: string;
}

export interface HostingOptions {
  /** The build to serve: dist (built at /) or dist-sip (built under /sip/). */
  build: 'dist' | 'dist-sip';
  /** Serve a scratch copy, for tests that publish an update. */
  scratch: boolean;
}

const project = fileURLToPath(new URL('../../', import.meta.url));
const BASES = { dist: '/', 'dist-sip': '/sip/' } as const;

export const test = guarded.extend<HostingOptions & { site: HostedSite }>({
  build: ['dist-sip', { option: true }],
  scratch: [false, { option: true }],
  site: async ({ build, scratch }, use) => {
    let root = join(project, build);
    let scratchDir: string | undefined;
    if (scratch) {
      scratchDir = await mkdtemp(join(tmpdir(), 'sip-site-'));
      root = join(scratchDir, build);
      await cp(join(project, build), root, { recursive: true });
    }
    const server = await startStaticServer({ root, base: BASES[build] });
    await use({ url: server.url, base: BASES[build], root });
    await server.close();
    if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  },
  baseURL: async ({ site }, use) => use(site.url),
});

export { expect } from './fixtures.ts';
