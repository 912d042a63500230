// html-validate's recommended rules for every built page, with these changes:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Whitespace in generated HTML comes from template indentation and never reaches a reader.
    'no-trailing-whitespace': 'off',
    // Astro writes void elements the HTML way, <meta ...> without a closing slash.
    'void-style': ['error', { style: 'omit' }],
    // The search page names its two lists (answers, pages) so a screen reader can tell them
    // apart; ARIA lets a list carry a name, which the rule by default only tolerates.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};
