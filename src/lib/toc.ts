/**
 * Picks the section the reader is in: the last one whose top has passed the
 * reading line, or the first section when none has.
 */
export function currentSection(tops: readonly { id: string; top: number }[], readingLine: number): string | null {
  let current: string | null = tops[0]?.id ?? null;
  for (const { id, top } of tops) {
    if (top <= readingLine) current = id;
  }
  return current;
}

/**
 * Marks the contents link of the section in view with `aria-current`.
 * IntersectionObserver tells us when a section crosses the reading line (and
 * once at the start); only then are positions read, never on every scroll
 * event.
 */
export function initToc(nav: HTMLElement | null): void {
  if (!nav || !('IntersectionObserver' in window)) return;
  const links = new Map<string, HTMLAnchorElement>();
  nav.querySelectorAll<HTMLAnchorElement>('[data-toc-link]').forEach((a) => links.set(a.dataset.tocLink ?? '', a));
  const sections = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  if (!sections.length) return;

  let active: string | null = null;
  const update = () => {
    const line = window.innerHeight * 0.3;
    const next = currentSection(
      sections.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top })),
      line,
    );
    if (next === active) return;
    if (active) links.get(active)?.removeAttribute('aria-current');
    if (next) links.get(next)?.setAttribute('aria-current', 'location');
    active = next;
  };
  // The observer reports every section once as it starts, after the page's first layout: that first report marks the
  // link. Reading the positions here instead would lay the whole essay out in the middle of its loading.
  const observer = new IntersectionObserver(update, { rootMargin: '-30% 0px -69% 0px' });
  sections.forEach((el) => observer.observe(el));
}
