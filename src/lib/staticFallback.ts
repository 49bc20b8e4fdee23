/**
 * When a page's script cannot do its job (it threw while starting), the page
 * becomes the page a reader without JavaScript gets: every still figure, no
 * dead controls. The same switch as BaseLayout's inline watchdog, which does
 * it when one of the page's scripts fails to load: the `js` class goes.
 */
export function becomeStaticPage(): void {
  const root = document.documentElement;
  root.classList.remove('js');
  root.dataset.jsFailed = '';
}

/** Runs a page script's start, and falls back to the static page if it throws. */
export function startOrFallBack<T>(start: () => T): T | undefined {
  try {
    return start();
  } catch (error) {
    becomeStaticPage();
    console.warn('This page’s script could not start; showing the page as it reads without JavaScript.', error);
    return undefined;
  }
}
