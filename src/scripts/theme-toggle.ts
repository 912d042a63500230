import { THEME_STORAGE_KEY } from '../lib/theme.ts';

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** A button that says what it will do: "Use dark theme" in the light theme, and back. */
export function enhanceThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const show = () => {
      button.textContent = currentTheme() === 'dark' ? 'Use light theme' : 'Use dark theme';
    };
    show();
    button.hidden = false;
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Storage can be blocked; the theme still changes for this page.
      }
      show();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
  }
}
