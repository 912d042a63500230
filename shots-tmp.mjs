import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const base = 'http://127.0.0.1:4412';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [file, tag] = process.argv.slice(2);
const text = readFileSync('/work/wt/i12/tests/fixtures/traces/' + file, 'utf8');
for (const [name, viewport] of [['desktop', { width: 1280, height: 1000 }], ['phone', { width: 360, height: 800 }]]) {
  const page = await browser.newPage({ viewport });
  await page.goto(base + '/explain/');
  await page.locator('#trace').fill(text);
  await page.locator('.summary').waitFor();
  await page.evaluate(() => document.querySelector('h2')?.scrollIntoView());
  await page.screenshot({ path: `/work/wt/shots/explain-${tag}-${name}.png` });
  await page.evaluate(() => document.querySelector('figure.explain-ladder')?.scrollIntoView());
  await page.screenshot({ path: `/work/wt/shots/explain-${tag}-${name}-ladder.png` });
  await page.evaluate(() => document.querySelector('.messages')?.scrollIntoView());
  await page.screenshot({ path: `/work/wt/shots/explain-${tag}-${name}-messages.png` });
  await page.close();
}
await browser.close();
