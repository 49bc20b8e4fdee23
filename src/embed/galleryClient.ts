/**
 * The gallery's script (src/pages/charts/[chart]/index.astro): rebuilds the
 * snippets, the alt text and the preview for the view, theme and options the
 * reader chooses, keeps the choice in the address (`?state=…&theme=…&steps=1`,
 * plus a scenario's settings for the simulation's last view), and copies a
 * snippet with an announcement. The snippets are the build's own functions
 * (src/embed/snippets.ts), fed with the page's real address, so they name the
 * site as the reader reached it.
 */
import { embedQuery, parseEmbedParams, type EmbedParams } from './embed';
import { SETTINGS_KEYS } from '../data/simulation/settingsKeys';
import { imageAlt, snippets, frameTitle, targetUrls, type SnippetTarget } from './snippets';
import { withBase } from '../lib/paths';

/** What the page gives its script: every view's snippet target, less the root. */
export interface GalleryData {
  chart: { id: string; title: string };
  key: string;
  targets: Omit<SnippetTarget, 'root'>[];
}

const SCENARIO_STATE = 'ladders/your-settings';

/** A scenario's part of an address, passed on to the embed (which reads it with the essay's parser): only its keys, each value only of the characters its values use, at most 40 long. */
export function scenarioQuery(search: string): string {
  const p = new URLSearchParams(search.length > 2000 ? '' : search);
  const out = new URLSearchParams();
  for (const k of SETTINGS_KEYS) {
    const v = p.get(k);
    if (v !== null && /^[a-z0-9.-]{1,40}$/i.test(v)) out.set(k, v);
  }
  return out.toString();
}

export function startGallery(): void {
  const page = document.querySelector<HTMLElement>('[data-gallery]');
  const form = page?.querySelector<HTMLFormElement>('[data-gallery-form]');
  const raw = document.getElementById('gallery-data')?.textContent;
  if (!page || !form || !raw) return;
  const data = JSON.parse(raw) as GalleryData;
  const root = new URL(withBase('/'), location.href).href;
  const targetOf = (id: string): SnippetTarget => ({ root, ...(data.targets.find((t) => t.state.id === id) ?? data.targets.find((t) => t.state.id === data.key) ?? data.targets[0]!) });
  const status = page.querySelector<HTMLElement>('[data-gallery-status]');
  // The preview's frame is made as the reader nears its placeholder (see below); until then, what it will show.
  const slot = page.querySelector<SVGSVGElement>('[data-gallery-preview-slot]');
  let preview: HTMLIFrameElement | null = null;
  const framed = { src: '', title: '' };

  // The address's choices: a view of this chart, an embed's parameters, a scenario (read by their own rules; junk is ignored).
  const initial = new URLSearchParams(location.search.length > 2000 ? '' : location.search);
  const params: EmbedParams = parseEmbedParams(location.search);
  let state = targetOf(initial.get('state') ?? data.key).state.id;
  const scenario = scenarioQuery(location.search);

  const radios = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const steps = form.querySelector<HTMLInputElement>('input[name="steps"]');
  // The script starts after the page has painted (AfterPaint): a choice the reader made before then wins over the
  // address's, which is not yet written. Otherwise the form shows the address's choices.
  const chosen = (name: string) => radios(name).find((r) => r.checked && !r.defaultChecked)?.value;
  const early = { state: chosen('state'), theme: chosen('theme'), steps: steps && steps.checked !== steps.defaultChecked ? steps.checked : undefined };
  if (early.state !== undefined) state = targetOf(early.state).state.id;
  if (early.theme !== undefined) params.theme = parseEmbedParams(`theme=${encodeURIComponent(early.theme)}`).theme;
  if (early.steps !== undefined) params.steps = early.steps;
  for (const r of radios('state')) r.checked = r.value === state;
  for (const r of radios('theme')) r.checked = r.value === params.theme;
  if (steps) steps.checked = params.steps;

  const update = (toAddress: boolean) => {
    const target = targetOf(state);
    const withScenario = `${data.chart.id}/${state}` === SCENARIO_STATE && scenario ? scenario : undefined;
    const options = { ...params, ...(withScenario ? { scenario: withScenario } : {}) };
    for (const s of snippets(target, options)) {
      const box = page.querySelector(`[data-snippet="${s.id}"]`);
      const code = box?.querySelector('[data-snippet-code]');
      const note = box?.querySelector('[data-snippet-note]');
      setText(code, s.code);
      setText(note, s.note);
    }
    page.querySelectorAll('[data-gallery-for]').forEach((el) => setText(el, `for “${target.state.label}”`));
    page.querySelectorAll('[data-gallery-for-label]').forEach((el) => setText(el, target.state.label));
    setText(page.querySelector('[data-gallery-alt]'), imageAlt(target));
    framed.src = targetUrls(target, options).embed;
    framed.title = frameTitle(target);
    if (preview) showPreview(preview, framed);
    if (!toAddress) return;
    const q = new URLSearchParams();
    if (state !== data.key) q.set('state', state);
    const query = [q.toString(), embedQuery(params).slice(1), withScenario ?? ''].filter(Boolean).join('&');
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'state') state = targetOf(input.value).state.id;
    if (input.name === 'theme') params.theme = parseEmbedParams(`theme=${encodeURIComponent(input.value)}`).theme;
    if (input.name === 'steps') params.steps = input.checked;
    update(true);
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  let clearTimer = 0;
  page.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const id = button.dataset.copy;
    const text = id === 'alt' ? page.querySelector('[data-gallery-alt]')?.textContent : page.querySelector(`[data-snippet="${id}"] [data-snippet-code]`)?.textContent;
    if (!text) return;
    const label = id === 'alt' ? 'Alt text' : (page.querySelector(`#snippet-${id}`)?.textContent ?? 'Snippet');
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = false;
    }
    if (!ok) {
      // No clipboard (an insecure address, a refused permission): select the text for the reader to copy.
      const box = id === 'alt' ? page.querySelector('[data-gallery-alt]') : page.querySelector(`[data-snippet="${id}"] pre`);
      if (box) getSelection()?.selectAllChildren(box);
    }
    if (status) status.textContent = ok ? `Copied: ${label}` : `Selected: ${label}. Press Ctrl+C (⌘C) to copy.`;
    page.querySelectorAll('button[data-copied]').forEach((b) => {
      b.removeAttribute('data-copied');
      b.textContent = 'Copy';
    });
    if (ok) {
      button.dataset.copied = '';
      button.textContent = 'Copied';
    }
    window.clearTimeout(clearTimer);
    clearTimer = window.setTimeout(() => {
      button.removeAttribute('data-copied');
      button.textContent = 'Copy';
      if (status) status.textContent = '';
    }, 4000);
  });

  // The preview loads as the reader nears it, not with the page: a frame is a page of its own, with its scripts.
  const makePreview = (placeholder: SVGSVGElement) => {
    preview = document.createElement('iframe');
    // Its class, size and the page's style scope (Astro's data-astro-cid-* attribute), as the placeholder has them.
    for (const a of placeholder.attributes) if (a.name === 'class' || a.name === 'height' || a.name.startsWith('data-astro-')) preview.setAttribute(a.name, a.value);
    preview.dataset.galleryPreview = '';
    showPreview(preview, framed);
    placeholder.replaceWith(preview);
  };

  update(false);
  if (slot && 'IntersectionObserver' in window) {
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        near.disconnect();
        makePreview(slot);
      },
      { rootMargin: '200px 0px' },
    );
    near.observe(slot);
  } else if (slot) makePreview(slot);
  if (state !== data.key || params.theme !== 'auto' || params.steps) update(true);
  page.dataset.started = '';
}

/**
 * Writes an element's text only if it changes. On the key view the script's first pass gives every snippet, note
 * and label the words the build already wrote: replaced all the same, each would be laid out and painted again.
 * The charts' renderer (src/charts/render.ts) has the same two lines: shared, they became a chunk of their own, a
 * 71-byte file that the gallery, the embeds and the essay each asked for as one more request.
 */
function setText(el: Element | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** Points the preview at the address and title its choices give, if it is not there already. */
function showPreview(preview: HTMLIFrameElement, to: { src: string; title: string }): void {
  if (preview.title !== to.title) preview.title = to.title;
  if (to.src && preview.src !== to.src) preview.src = to.src;
}
