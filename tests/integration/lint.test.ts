// The linter keeps fixed waits out of the tests: each way of sleeping, written into a browser
// test or a unit test, is an error of the project's ESLint configuration. (ESLint reads the
// snippets as if they were files at those paths, so the configuration for each folder applies.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** The rules that report `code` as if it were the file at `path`. */
async function rulesFor(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

const browserTest = (body: string) => `import { expect, test } from './fixtures.ts';

test('a search', async ({ page }) => {
  await page.goto('/search/');
${body}
});
`;

describe('the lint configuration', () => {
  it('refuses page.waitForTimeout in a browser test', async () => {
    const rules = await rulesFor(
      browserTest("  await page.waitForTimeout(400);\n  await expect(page).toHaveURL('/');"),
      'tests/e2e/sleepy.spec.ts',
    );
    assert.ok(rules.includes('playwright/no-wait-for-timeout'), rules.join(', '));
  });

  it('refuses an assertion that is not awaited, and the force option', async () => {
    const rules = await rulesFor(
      browserTest(
        "  expect(page.locator('h1')).toHaveText('Search');\n  await page.locator('a').click({ force: true });",
      ),
      'tests/e2e/careless.spec.ts',
    );
    assert.ok(rules.includes('playwright/missing-playwright-await'), rules.join(', '));
    assert.ok(rules.includes('playwright/no-force-option'), rules.join(', '));
  });

  it('refuses setTimeout and timers/promises anywhere in tests/', async () => {
    const sleep = await rulesFor(
      "import { setTimeout as sleep } from 'node:timers/promises';\nawait sleep(300);\n",
      'tests/unit/sleepy.test.ts',
    );
    assert.ok(sleep.includes('no-restricted-imports'), sleep.join(', '));
    const timer = await rulesFor(
      'await new Promise((resolve) => setTimeout(resolve, 300));\n',
      'tests/unit/timer.test.ts',
    );
    assert.ok(timer.includes('no-restricted-globals'), timer.join(', '));
  });

  it('lets a test that waits for a condition through', async () => {
    const rules = await rulesFor(
      browserTest(
        "  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');",
      ),
      'tests/e2e/patient.spec.ts',
    );
    assert.deepEqual(rules, []);
  });
});
