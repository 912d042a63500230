import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// E2E_PORT lets two copies of the project run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A flaky test is fixed, never retried.
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  // Deadlines, not waits: every step waits for a condition and moves on as soon as it holds, so
  // a deadline only decides when a stuck test gives up. The defaults (30 s a test, 5 s an
  // assertion) are guesses about speed. With both cores busy and a load average of 40 to 47,
  // tests with one page load and one search took up to 16 s and the slowest took 35 s; the first
  // search in a page fetches and compiles Pagefind's script and WebAssembly.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    // The offline copy fetches the whole site in the background; only the tests of it
    // (tests/e2e/offline.spec.ts) let it run, so every other test sees just its own page.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      // Assertions wait for a condition and return as soon as it holds; the deadline only decides
      // how long a failing one takes to report. Five seconds (the default) is a guess about speed:
      // the first search in a page fetches and compiles Pagefind's script and WebAssembly, which
      // takes several seconds when the machine is busy.
      expect: { timeout: 15_000 },
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The built site, as users get it: Pagefind's index exists only after a build.
    // --ignore-lock: Astro allows one preview server per project, and `npm start` may already
    // be serving this checkout on another port.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  // A server found on the port is used only if it serves this checkout's dist/.
  globalSetup: './tests/e2e/global-setup.ts',
});
