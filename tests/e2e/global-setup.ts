// Runs once, after playwright.config.ts has started or found the server: the tests refuse to run
// against a server that is not serving this checkout's dist/ (see served-build.ts).
import type { FullConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { checkServedBuild } from './served-build.ts';

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts names no baseURL');
  await checkServedBuild(baseURL, fileURLToPath(new URL('../../dist/', import.meta.url)));
}
