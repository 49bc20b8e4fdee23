/** Share of the page scrolled, clamped to [0, 1]. */
export function scrollFraction(scrollTop: number, scrollHeight: number, viewportHeight: number): number {
  const range = scrollHeight - viewportHeight;
  if (range <= 0) return 1;
  return Math.min(1, Math.max(0, scrollTop / range));
}

/**
 * Drives the reading-progress bar where CSS scroll-driven animations are not
 * supported. Reads the scroll position at most once per frame.
 */
export function initReadingProgress(bar: HTMLElement | null): void {
  if (!bar || (typeof CSS !== 'undefined' && CSS.supports('animation-timeline: scroll()'))) return;
  let queued = false;
  const update = () => {
    queued = false;
    const doc = document.documentElement;
    bar.style.setProperty('--progress', String(scrollFraction(doc.scrollTop, doc.scrollHeight, doc.clientHeight)));
  };
  const queue = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue, { passive: true });
  update();
}
