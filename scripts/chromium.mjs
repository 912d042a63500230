// The browser every test and benchmark drives: Debian's Chromium (or CHROMIUM_PATH), since
// Playwright's own browser download is not available everywhere.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Root in a container needs --no-sandbox; the rest stop Chromium reaching for Google's
 * services, which a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
