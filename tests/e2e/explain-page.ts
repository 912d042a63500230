// Opening the explain page for a test that checks what it requests.
import type { Page, Request } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Opens the page and, once its script has shown the input, records every request it makes. The
 * icon is left out: the browser fetches it on its own schedule, around the load event, and it
 * carries nothing the reader typed.
 */
export async function openExplain(page: Page): Promise<Request[]> {
  await page.goto('/explain/');
  await expect(page.locator('#trace')).toBeVisible();
  // The capture reader's worker is fetched with the page, before anything is pasted or opened.
  await expect(page.locator('[data-capture-ready]')).toHaveCount(1);
  // So are the exports and the share panel, so that they work once the connection is gone.
  await expect(page.locator('[data-actions-ready]')).toHaveCount(1);
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.endsWith('/favicon.svg')) requests.push(request);
  });
  return requests;
}
