/**
 * The one place Scrollama is used: a typed wrapper that owns its setup,
 * resize and teardown. Imported only by client scripts (Scrollama touches
 * `document` under SSR: scrollama #130). Its bundled index.d.ts has drifted
 * from its code (no `offset()`, offsets limited to tenths), so we type the
 * part we use ourselves.
 */
import scrollama from 'scrollama';

interface ScrollamaInstance {
  setup(options: { step: HTMLElement[]; offset: number }): ScrollamaInstance;
  onStepEnter(callback: (response: { element: HTMLElement; index: number; direction: 'up' | 'down' }) => void): ScrollamaInstance;
  offset(value: number): ScrollamaInstance;
  resize(): ScrollamaInstance;
  destroy(): void;
}

export interface ScrollerOptions {
  steps: HTMLElement[];
  /** The trigger line, 0 (top) to 1 (bottom) of the viewport. */
  offset: number;
  onEnter: (element: HTMLElement, direction: 'up' | 'down') => void;
}

export interface Scroller {
  /** Recomputes step sizes and the trigger line (after a resize or zoom). */
  resize(offset: number): void;
  destroy(): void;
}

/** Starts Scrollama on `steps`. */
export function createScroller({ steps, offset, onEnter }: ScrollerOptions): Scroller {
  const instance = (scrollama as unknown as () => ScrollamaInstance)();
  instance.setup({ step: steps, offset }).onStepEnter(({ element, direction }) => onEnter(element, direction));
  return {
    resize(next: number) {
      instance.offset(next).resize();
    },
    destroy() {
      instance.destroy();
    },
  };
}
