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

/** Falls back to the static page, saying why in the console. */
function fallBack(error: unknown): void {
  becomeStaticPage();
  console.warn('This page’s script could not start; showing the page as it reads without JavaScript.', error);
}

/**
 * Runs a page script's start, and falls back to the static page if it throws,
 * or, for a start in several tasks (it returns a promise), if that rejects.
 */
export function startOrFallBack<T>(start: () => T): T | undefined {
  try {
    const result = start();
    if (result instanceof Promise) result.catch(fallBack);
    return result;
  } catch (error) {
    fallBack(error);
    return undefined;
  }
}
