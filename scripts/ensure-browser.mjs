// End-to-end tests drive the system Chromium: Playwright's own browser download is not
// available everywhere. Installs Debian's chromium when it is missing and we may.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as browser } from './chromium.mjs';

if (existsSync(browser)) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `No Chromium at ${browser}. Install it (Debian/Ubuntu: apt-get install chromium) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}

console.log('Installing Chromium for the end-to-end tests (apt-get install chromium)…');
const run = (...args) => execFileSync('apt-get', args, { stdio: 'inherit' });
run('update', '-q');
run('install', '-y', '-q', '--no-install-recommends', 'chromium');
