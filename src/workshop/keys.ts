/**
 * The presentation's keys: one table, read by the help overlay, the
 * facilitator guide and the key handler (src/workshop/presenter.ts). Clickers
 * send PageDown/PageUp for next/previous, `.` or B to hide the screen, and
 * F5/Esc to start and stop: all of them work. Keys are taken only on the
 * presentation pages, and never while a form control has focus.
 */
export type DeckAction =
  | 'next'
  | 'previous'
  | 'next-section'
  | 'previous-section'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'overview'
  | 'goto'
  | 'black'
  | 'white'
  | 'facilitator'
  | 'presenter'
  | 'timer'
  | 'reset'
  | 'help'
  | 'start'
  | 'start-here'
  | 'escape';

/** What a key does, in the words of the help overlay and the guide. */
export const KEYS: readonly { keys: readonly string[]; does: string; action: DeckAction }[] = [
  { keys: ['→', 'PageDown', 'Space', 'N'], does: 'Next slide (a clicker’s Next)', action: 'next' },
  { keys: ['←', 'PageUp', 'Shift+Space', 'P'], does: 'Previous slide (a clicker’s Back)', action: 'previous' },
  { keys: ['↓'], does: 'Next section', action: 'next-section' },
  { keys: ['↑'], does: 'Start of this section; again for the previous one', action: 'previous-section' },
  { keys: ['Home'], does: 'First slide', action: 'first' },
  { keys: ['End'], does: 'Last slide', action: 'last' },
  { keys: ['F5'], does: 'Start from the first slide, full screen (a clicker’s Start); the page does not reload', action: 'start' },
  { keys: ['Shift+F5'], does: 'Start from this slide, full screen', action: 'start-here' },
  { keys: ['F'], does: 'Full screen on or off', action: 'fullscreen' },
  { keys: ['O'], does: 'Overview of all slides', action: 'overview' },
  { keys: ['G'], does: 'Go to a slide by number', action: 'goto' },
  { keys: ['B', '.'], does: 'Black screen (a clicker’s Hide); again to come back', action: 'black' },
  { keys: ['W'], does: 'White screen; again to come back', action: 'white' },
  { keys: ['S'], does: 'Open the facilitator’s window (notes, next slide, timer)', action: 'facilitator' },
  { keys: ['V'], does: 'Notes and timer beside the slide, in this window (for a video call)', action: 'presenter' },
  { keys: ['T'], does: 'Start or pause the timer (the section’s and the workshop’s)', action: 'timer' },
  { keys: ['R'], does: 'Reset the timer', action: 'reset' },
  { keys: ['?'], does: 'This help', action: 'help' },
  { keys: ['Esc'], does: 'Close an overlay; otherwise leave the presentation for the essay at this place', action: 'escape' },
];

/** The key event fields the map reads. */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The action a key press asks for, or null (the browser keeps the key). */
export function actionFor(e: KeyLike): DeckAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
    case 'n':
    case 'N':
      return 'next';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'p':
    case 'P':
      return 'previous';
    case 'ArrowDown':
      return 'next-section';
    case 'ArrowUp':
      return 'previous-section';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'F5':
      return e.shiftKey ? 'start-here' : 'start';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'o':
    case 'O':
      return 'overview';
    case 'g':
    case 'G':
      return 'goto';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'w':
    case 'W':
      return 'white';
    case 's':
    case 'S':
      return 'facilitator';
    case 'v':
    case 'V':
      return 'presenter';
    case 't':
    case 'T':
      return 'timer';
    case 'r':
    case 'R':
      return 'reset';
    case '?':
      return 'help';
    case 'Escape':
    case 'Esc':
      return 'escape';
    default:
      return null;
  }
}
