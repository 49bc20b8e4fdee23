/**
 * The presentation's client (src/components/workshop/Deck.astro): one current
 * slide, moved by keys and clickers (src/workshop/keys.ts), the address
 * (`#<slide id>`: reload, shared links and the back button keep the place),
 * the overview and go-to, and the other window of the same presentation
 * (a `BroadcastChannel`, no server): the audience's window and the
 * facilitator's move each other both ways, and share the timer and the
 * black or white screen. Keys are taken only on these pages, never while a
 * form control (the simulation's sliders) has focus.
 */
import { withBase } from '../lib/paths';
import { actionFor, type DeckAction } from './keys';

const CHANNEL = 'uce-workshop';

/** The timer both windows share: the section's and the workshop's elapsed time. */
interface TimerState {
  running: boolean;
  /** Milliseconds elapsed before `since` (when running) or in all (paused). */
  section: number;
  total: number;
  /** When the timer last started (Date.now()), or 0 when paused. */
  since: number;
}
type Screen = '' | 'black' | 'white';
type Message =
  | { v: 1; sender: string; type: 'go'; id: string }
  | { v: 1; sender: string; type: 'timer'; timer: TimerState }
  | { v: 1; sender: string; type: 'screen'; screen: Screen }
  | { v: 1; sender: string; type: 'hello' }
  | { v: 1; sender: string; type: 'state'; id: string; timer: TimerState; screen: Screen };

/** A message as a window sends it (the channel fields added on the way out). */
type Outgoing = { [K in Message['type']]: Omit<Extract<Message, { type: K }>, 'v' | 'sender'> }[Message['type']];

const isTimer = (t: unknown): t is TimerState =>
  !!t && typeof t === 'object' && ['section', 'total', 'since'].every((k) => Number.isFinite((t as Record<string, unknown>)[k])) && typeof (t as TimerState).running === 'boolean';

/** A channel message as this page accepts it, or null: anything malformed is ignored. */
export function readMessage(data: unknown, ids: ReadonlySet<string>): Message | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as Record<string, unknown>;
  if (m.v !== 1 || typeof m.sender !== 'string') return null;
  const screenOk = (s: unknown): s is Screen => s === '' || s === 'black' || s === 'white';
  switch (m.type) {
    case 'go':
      return typeof m.id === 'string' && ids.has(m.id) ? (m as Message) : null;
    case 'timer':
      return isTimer(m.timer) ? (m as Message) : null;
    case 'screen':
      return screenOk(m.screen) ? (m as Message) : null;
    case 'hello':
      return m as Message;
    case 'state':
      return typeof m.id === 'string' && ids.has(m.id) && isTimer(m.timer) && screenOk(m.screen) ? (m as Message) : null;
    default:
      return null;
  }
}

/** "3:07" for 187 seconds; negative values are shown without a sign. */
export function mmss(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

declare global {
  interface Window {
    /** Keys pressed before startDeck ran: kept by the inline script in Deck.astro. */
    deckEarlyKeys?: KeyboardEventInit[];
  }
}

const isFormControl = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(el.tagName));

export function startDeck(): void {
  const deck = document.querySelector<HTMLElement>('[data-deck]');
  if (!deck || deck.dataset.started !== undefined) return;
  deck.dataset.started = '';
  const facilitator = deck.dataset.view === 'facilitator';
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const ids = slides.map((s) => s.dataset.step ?? '');
  const idSet = new Set(ids);
  const q = <T extends HTMLElement>(sel: string) => deck.querySelector<T>(sel);
  // The pages the deck opens, as its markup links them (a copy saved for file:// rewrites those links, not this script).
  const facilitatorPage = (q<HTMLAnchorElement>('[data-facilitator-link]')?.getAttribute('href') ?? withBase('/present/facilitator/')).split('#')[0];
  const essayPage = (q<HTMLAnchorElement>('[data-essay-link]')?.getAttribute('href') ?? withBase('/')).split('#')[0];
  const announce = q('[data-deck-announce]');
  const screenEl = q('[data-screen]');
  const overview = q('[data-overview]');
  const help = q('[data-help]');
  const popup = q('[data-popup-blocked]');
  const gotoForm = q<HTMLFormElement>('[data-goto-form]');
  const me = Math.random().toString(36).slice(2);
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  const send = (m: Outgoing) => channel?.postMessage({ v: 1, sender: me, ...m });

  let current = -1;
  let screen: Screen = '';
  let timer: TimerState = { running: false, section: 0, total: 0, since: 0 };
  const params = new URLSearchParams(location.search.length > 2000 ? '' : location.search);
  if (!facilitator && params.get('view') === 'presenter') deck.dataset.view = 'presenter';
  deck.dataset.live = '';

  const indexOfHash = () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      id = '';
    }
    const i = ids.indexOf(id);
    return i >= 0 ? i : null;
  };

  const elapsed = () => {
    const run = timer.running ? Date.now() - timer.since : 0;
    return { section: timer.section + run, total: timer.total + run };
  };
  const drawTimer = () => {
    const slide = slides[current];
    const budget = Number(slide?.dataset.minutes || 0) * 60_000;
    const e = elapsed();
    const set = (sel: string, text: string) => deck.querySelectorAll(sel).forEach((el) => (el.textContent = text));
    set('[data-timer-section]', mmss(e.section));
    set('[data-timer-total]', mmss(e.total));
    set('[data-timer-budget]', budget ? mmss(budget) : '–');
    set('[data-timer-left]', budget ? (e.section <= budget ? ` · ${mmss(budget - e.section)} left` : ` · ${mmss(e.section - budget)} over`) : '');
    deck.querySelectorAll('[data-timer-left]').forEach((el) => el.toggleAttribute('data-over', !!budget && e.section > budget));
    deck.querySelectorAll<HTMLButtonElement>('[data-action="timer"]').forEach((b) => (b.textContent = timer.running ? 'Pause timer (T)' : 'Start timer (T)'));
    deck.toggleAttribute('data-timer-running', timer.running);
  };
  window.setInterval(() => timer.running && drawTimer(), 500);

  const setTimer = (t: TimerState, broadcast: boolean) => {
    timer = t;
    drawTimer();
    if (broadcast) send({ type: 'timer', timer });
  };
  const toggleTimer = () => {
    const e = elapsed();
    setTimer(timer.running ? { running: false, section: e.section, total: e.total, since: 0 } : { ...timer, running: true, since: Date.now() }, true);
  };
  const resetTimer = () => setTimer({ running: false, section: 0, total: 0, since: 0 }, true);

  const setScreen = (s: Screen, broadcast: boolean) => {
    screen = s;
    if (screenEl) {
      screenEl.hidden = !s;
      screenEl.dataset.screen = s;
    }
    deck.dataset.blank = s;
    if (broadcast) send({ type: 'screen', screen: s });
  };

  const show = (index: number, from: 'key' | 'channel' | 'hash' | 'init') => {
    const i = Math.max(0, Math.min(slides.length - 1, index));
    if (i === current) return;
    const before = slides[current];
    const slide = slides[i];
    if (!slide) return;
    if (before) {
      before.removeAttribute('aria-current');
      before.classList.remove('is-current');
      before.inert = true;
    }
    if (from !== 'init') deck.dataset.moved = '';
    slide.setAttribute('aria-current', 'step');
    slide.classList.add('is-current');
    slide.inert = false;
    const sectionChanged = !before || before.dataset.section !== slide.dataset.section;
    current = i;
    const id = ids[i] ?? '';
    if (location.hash !== `#${id}`) history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
    // The notes for this slide and its section.
    deck.querySelectorAll<HTMLElement>('[data-notes-for]').forEach((n) => (n.hidden = n.dataset.notesFor !== id));
    deck.querySelectorAll<HTMLElement>('[data-notes-section]').forEach((n) => (n.hidden = n.dataset.notesSection !== slide.dataset.section));
    // The next slide, in small, for the facilitator.
    const next = slides[i + 1];
    const nextHost = q('[data-next-slide]');
    const nextTitle = q('[data-next-title]');
    if (nextTitle) nextTitle.textContent = next ? (next.dataset.title ?? '') : 'the end';
    if (nextHost && deck.dataset.view !== 'audience') {
      const figure = next?.querySelector('.slide__figure, .slide__section, .slide__discuss, .slide__cover, .slide__closing');
      nextHost.replaceChildren(...(figure && !next?.classList.contains('slide--explorable') ? [figure.cloneNode(true)] : []));
    }
    // A new section starts its own clock; the workshop's keeps counting.
    if (sectionChanged && from !== 'init' && from !== 'channel') {
      const e = elapsed();
      setTimer({ running: timer.running, section: 0, total: e.total, since: timer.running ? Date.now() : 0 }, true);
    } else drawTimer();
    if (announce && from !== 'init') announce.textContent = slide.getAttribute('aria-label') ?? '';
    if (from !== 'channel') send({ type: 'go', id });
  };

  const sectionStart = (dir: 1 | -1) => {
    const section = slides[current]?.dataset.section;
    if (dir === 1) {
      const i = slides.findIndex((s, k) => k > current && s.classList.contains('slide--section') && s.dataset.section !== section);
      return i >= 0 ? i : slides.length - 1;
    }
    // Back: to this section's start, or, from there, to the previous section's.
    const own = slides.findIndex((s) => s.classList.contains('slide--section') && s.dataset.section === section);
    const target = own >= 0 && own < current ? own : slides.slice(0, Math.max(0, own)).map((s, k) => (s.classList.contains('slide--section') ? k : -1)).filter((k) => k >= 0).pop();
    return target ?? 0;
  };

  const openOverlay = (el: HTMLElement | null, focus?: HTMLElement | null) => {
    if (!el) return;
    for (const o of [overview, help]) if (o && o !== el) o.hidden = true;
    el.hidden = false;
    (focus ?? el.querySelector<HTMLElement>('button, a, input'))?.focus();
  };
  /**
   * The overview's thumbnails: each slide's figure, cloned small the first time the overview opens, so the
   * page's HTML carries every figure once. The figures have no ids, so clones repeat none.
   */
  const addThumbnails = () => {
    if (!overview || overview.dataset.thumbnails !== undefined) return;
    overview.querySelectorAll<HTMLElement>('[data-goto]').forEach((link) => {
      const figure = slides[ids.indexOf(link.dataset.goto ?? '')]?.querySelector('.slide__svg svg');
      if (!figure) return;
      const thumb = document.createElement('span');
      thumb.className = 'overlay__thumb';
      thumb.append(figure.cloneNode(true));
      link.prepend(thumb);
    });
    overview.dataset.thumbnails = '';
  };
  const closeOverlays = () => {
    const open = [overview, help].some((o) => o && !o.hidden);
    for (const o of [overview, help]) if (o) o.hidden = true;
    if (open) slides[current]?.focus({ preventScroll: true });
    return open;
  };

  const fullscreen = (on?: boolean) => {
    const want = on ?? !document.fullscreenElement;
    if (want && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (!want && document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  };

  const openFacilitator = () => {
    const link = q<HTMLAnchorElement>('[data-facilitator-link]');
    const url = `${facilitatorPage}#${ids[current] ?? ''}`;
    if (link) link.href = url;
    const w = window.open(url, 'uce-facilitator', 'popup=yes,width=1200,height=780');
    if (popup) popup.hidden = !!w;
  };

  const togglePresenter = () => {
    if (facilitator) return;
    const on = deck.dataset.view !== 'presenter';
    deck.dataset.view = on ? 'presenter' : 'audience';
    const p = new URLSearchParams(location.search);
    if (on) p.set('view', 'presenter');
    else p.delete('view');
    const query = p.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    const i = current;
    current = -1;
    show(i, 'init');
  };

  const act = (action: DeckAction) => {
    switch (action) {
      case 'next':
        return show(current + 1, 'key');
      case 'previous':
        return show(current - 1, 'key');
      case 'next-section':
        return show(sectionStart(1), 'key');
      case 'previous-section':
        return show(sectionStart(-1), 'key');
      case 'first':
        return show(0, 'key');
      case 'last':
        return show(slides.length - 1, 'key');
      case 'start':
        show(0, 'key');
        return fullscreen(true);
      case 'start-here':
        return fullscreen(true);
      case 'fullscreen':
        return fullscreen();
      case 'overview':
        if (overview?.hidden === false) return closeOverlays();
        addThumbnails();
        return openOverlay(overview, overview?.querySelector(`[data-goto="${ids[current]}"]`));
      case 'goto':
        addThumbnails();
        return openOverlay(overview, gotoForm?.querySelector('input'));
      case 'black':
        return setScreen(screen === 'black' ? '' : 'black', true);
      case 'white':
        return setScreen(screen === 'white' ? '' : 'white', true);
      case 'facilitator':
        return facilitator ? undefined : openFacilitator();
      case 'presenter':
        return togglePresenter();
      case 'timer':
        return toggleTimer();
      case 'reset':
        return resetTimer();
      case 'help':
        return help?.hidden === false ? closeOverlays() : openOverlay(help);
      case 'escape': {
        if (closeOverlays()) return;
        if (screen) return setScreen('', true);
        if (facilitator) return;
        const slide = slides[current];
        const here = slide && (slide.classList.contains('slide--step') || slide.classList.contains('slide--section')) ? `#${ids[current]}` : '';
        location.href = `${essayPage}${here}`;
        return;
      }
    }
  };

  const onKey = (event: KeyboardEvent) => {
    const overlayOpen = [overview, help].some((o) => o && !o.hidden);
    if (event.key === 'Escape' && overlayOpen) {
      event.preventDefault();
      closeOverlays();
      return;
    }
    if (isFormControl(event.target) || event.defaultPrevented || event.isComposing) return;
    const action = actionFor(event);
    if (!action) return;
    // With an overlay open only its own keys work (and the page's Tab order).
    if (overlayOpen && !['overview', 'help', 'escape'].includes(action)) return;
    event.preventDefault();
    act(action);
  };
  document.addEventListener('keydown', onKey);

  deck.addEventListener('click', (event) => {
    const target = event.target as Element;
    const go = target.closest<HTMLAnchorElement>('[data-goto]');
    if (go) {
      event.preventDefault();
      closeOverlays();
      show(ids.indexOf(go.dataset.goto ?? ''), 'key');
      return;
    }
    const button = target.closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const a = button.dataset.action;
    if (a === 'close') closeOverlays();
    else if (a === 'timer') toggleTimer();
    else if (a === 'reset') resetTimer();
    else if (a === 'next') show(current + 1, 'key');
    else if (a === 'previous') show(current - 1, 'key');
    else if (a === 'presenter') {
      closeOverlays();
      togglePresenter();
    }
  });
  gotoForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const n = Number(new FormData(gotoForm).get('slide'));
    if (Number.isInteger(n) && n >= 1 && n <= slides.length) {
      closeOverlays();
      show(n - 1, 'key');
    }
  });

  addEventListener('hashchange', () => {
    const i = indexOfHash();
    if (i !== null) show(i, 'hash');
  });

  let adopted = false;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const m = readMessage(event.data, idSet);
    if (!m || m.sender === me) return;
    if (m.type === 'go') show(ids.indexOf(m.id), 'channel');
    else if (m.type === 'timer') setTimer(m.timer, false);
    else if (m.type === 'screen') setScreen(m.screen, false);
    else if (m.type === 'hello') send({ type: 'state', id: ids[current] ?? '', timer, screen });
    else if (m.type === 'state' && !adopted) {
      adopted = true;
      setTimer(m.timer, false);
      setScreen(m.screen, false);
      if (indexOfHash() === null) show(ids.indexOf(m.id), 'channel');
    }
  });

  slides.forEach((s) => {
    s.inert = true;
    s.tabIndex = -1;
    s.classList.remove('is-current'); // the inline script's pick before first paint; show() makes the same one current
  });
  show(indexOfHash() ?? 0, 'init');
  send({ type: 'hello' });
  // Keys pressed after the first slide painted and before this script started (Deck.astro's inline script kept them).
  for (const init of window.deckEarlyKeys?.splice(0) ?? []) onKey(new KeyboardEvent('keydown', { ...init, cancelable: true }));
}
