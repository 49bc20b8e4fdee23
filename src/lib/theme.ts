/** The two themes a reader can pick; without a pick the system preference applies. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'theme';

/** Reads a stored theme, ignoring anything that is not a known theme. */
export function parseTheme(value: string | null | undefined): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** The theme in effect: the reader's choice, else the system's. */
export function effectiveTheme(choice: Theme | null, systemPrefersDark: boolean): Theme {
  return choice ?? (systemPrefersDark ? 'dark' : 'light');
}

function readChoice(): Theme | null {
  try {
    return parseTheme(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/** Wires the theme button: toggles, remembers the choice and keeps `aria-pressed` true to the page. */
export function initThemeToggle(button: HTMLButtonElement | null): void {
  if (!button) return;
  const root = document.documentElement;
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const sync = () => {
    const theme = effectiveTheme(parseTheme(root.dataset.theme), media.matches);
    button.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  const choice = readChoice();
  if (choice) root.dataset.theme = choice;
  sync();
  media.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next: Theme = button.getAttribute('aria-pressed') === 'true' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
    sync();
  });
}
