/**
 * Reduced motion. By default the page follows the system setting; a reader's
 * choice (the header's toggle) overrides it either way and is remembered. The
 * resolved value lives on `<html data-motion="full|reduce">`, set before first
 * paint by the inline script in BaseLayout, so CSS and scripts read one flag.
 */
export type Motion = 'full' | 'reduce';

const STORAGE_KEY = 'motion';

/** A stored choice, or null for anything that is not one. */
export function parseMotion(value: string | null | undefined): Motion | null {
  return value === 'full' || value === 'reduce' ? value : null;
}

/** The motion in effect: the reader's choice, else the system's. */
export function effectiveMotion(choice: Motion | null, systemPrefersReduced: boolean): Motion {
  return choice ?? (systemPrefersReduced ? 'reduce' : 'full');
}

function currentMotion(): Motion {
  return parseMotion(document.documentElement.dataset.motion) ?? 'full';
}

function readChoice(): Motion | null {
  try {
    return parseMotion(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/**
 * Wires the motion toggle: shows the state in `aria-pressed` (pressed = animations on),
 * remembers a choice, follows the system while there is none, and announces
 * each change in the `status` element. Every change is also a `motionchange`
 * event on `window` (the step engine re-lays out on it).
 */
export function initMotionToggle(button: HTMLButtonElement | null, status: HTMLElement | null): void {
  const root = document.documentElement;
  const media = window.matchMedia('(prefers-reduced-motion: reduce)');
  let clear: number | undefined;
  const set = (motion: Motion, announce: boolean) => {
    const changed = root.dataset.motion !== motion;
    root.dataset.motion = motion;
    button?.setAttribute('aria-pressed', String(motion === 'full'));
    if (announce && status) {
      status.textContent =
        motion === 'full'
          ? 'Animations on: charts move with the text.'
          : 'Animations off: each step shows its own still chart.';
      // On a phone the button is an icon: the message shows for a moment under the header, then goes.
      window.clearTimeout(clear);
      clear = window.setTimeout(() => {
        status.textContent = '';
      }, 4000);
    }
    if (changed) window.dispatchEvent(new CustomEvent<Motion>('motionchange', { detail: motion }));
  };
  set(effectiveMotion(readChoice(), media.matches), false);
  media.addEventListener('change', () => {
    if (!readChoice()) set(effectiveMotion(null, media.matches), true);
  });
  button?.addEventListener('click', () => {
    const next: Motion = currentMotion() === 'full' ? 'reduce' : 'full';
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
    set(next, true);
  });
}
