// One linter for every source kind the project has: TypeScript, Astro components (frontmatter
// and client scripts) and plain .mjs scripts. `npm run check` runs it with --max-warnings=0, so a
// warning fails the check as surely as an error.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-sip/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    // Build-time code, configuration, scripts, the benchmark and the tests run on Node.
    files: ['**/*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser glue, bundled into pages.
    files: ['src/scripts/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmark drives a browser: the functions it hands to page.evaluate run in the page.
    files: ['bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      // A leading underscore marks a parameter or binding that is there on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // A test waits for a condition, never for a fixed time: a guess about speed is a flake on
      // a busy machine. Playwright's own waits are caught by playwright/no-wait-for-timeout.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:timers/promises', message: 'Wait for a condition, not for a time.' },
            { name: 'timers/promises', message: 'Wait for a condition, not for a time.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Wait for a condition (expect.poll, toPass), not a time.' },
        { name: 'setInterval', message: 'Wait for a condition (expect.poll, toPass), not a time.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'setTimeout',
          message: 'Wait for a condition, not for a time.',
        },
        {
          object: 'globalThis',
          property: 'setTimeout',
          message: 'Wait for a condition, not for a time.',
        },
      ],
    },
  },
  {
    files: ['tests/e2e/**'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // Fixed waits are what this configuration exists to keep out: an error, not a warning.
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-force-option': 'error',
    },
  },
);
