/**
 * The workshop deck, from the same sources as the essay: every scroll step
 * of every section becomes a slide (its chart state), each section opens
 * with a title slide and ends with a discussion slide (its question, and its
 * exercise if it has one), the simulation is a live slide where the essay has
 * it, and a closing slide puts the essay's closing question. Beside each slide
 * goes what the facilitator needs: the author's full paragraph, the
 * section's plan from its front matter (src/lib/sectionSchema.ts, all ours)
 * and the section's time budget. Pure: the presentation, the facilitator
 * window, the guide and the handout are built from it.
 */
import type { Workshop } from '../lib/sectionSchema';

/** A section as the deck needs it. */
export interface DeckSection {
  id: string;
  order: number;
  /** The section's label: its heading, or our label for the opening. */
  label: string;
  /** The author's heading, if the section has one. */
  heading?: string | undefined;
  workshop: Workshop;
  /** Where it is written (for error messages). */
  file: string;
  /** Whether the section holds the explorable (the simulation's live slide follows its steps). */
  explorable: boolean;
}

/** A step as the deck needs it (the steps collection's data). */
export interface DeckStep {
  id: string;
  order: number;
  section: string;
  chart: string;
  state: string;
  text?: string | undefined;
  note?: string | undefined;
}

export type SlideKind = 'cover' | 'section' | 'step' | 'explorable' | 'discuss' | 'closing';

export interface Slide {
  /** The slide's address fragment: a step's id, a section's id, `<section>-discuss`, `start`, `try-it` or `closing`. */
  id: string;
  kind: SlideKind;
  /** 1-based position in the deck. */
  number: number;
  /** The section it belongs to (the cover and the closing belong to none). */
  section: string | null;
  chart?: string;
  state?: string;
  /** The author's paragraph (step slides that carry one). */
  text?: string;
  /** Our caption (step slides that carry no paragraph of the author's). */
  note?: string;
  /** Our note to the facilitator for this very step. */
  stepNote?: string;
}

/** The slide ids the deck reserves for itself. */
export const COVER_ID = 'start';
export const EXPLORABLE_ID = 'try-it';
export const CLOSING_ID = 'closing';

/** The address of a section's discussion slide. */
export const discussId = (section: string): string => `${section}-discuss`;

/** Minutes of the whole workshop: the sum of the sections' budgets. */
export const totalMinutes = (sections: readonly DeckSection[]): number => sections.reduce((n, s) => n + s.workshop.minutes, 0);

/**
 * The deck's slides in order. Throws, naming the file, when a section's
 * `stepNotes` names a step that is not one of its own (with the valid ids),
 * or when two slides would share an address.
 */
export function buildDeck(sections: readonly DeckSection[], steps: readonly DeckStep[]): Slide[] {
  const ordered = [...sections].sort((a, b) => a.order - b.order);
  const byOrder = [...steps].sort((a, b) => a.order - b.order);
  const slides: Omit<Slide, 'number'>[] = [{ id: COVER_ID, kind: 'cover', section: null }];
  for (const section of ordered) {
    const own = byOrder.filter((s) => s.section === section.id);
    const notes = section.workshop.stepNotes ?? {};
    for (const id of Object.keys(notes)) {
      if (!own.some((s) => s.id === id)) {
        throw new Error(`${section.file}: workshop.stepNotes names "${id}", which is not a step of this section. Its steps: ${own.map((s) => s.id).join(', ') || 'none'}.`);
      }
    }
    slides.push({ id: section.id, kind: 'section', section: section.id });
    for (const step of own) {
      slides.push({
        id: step.id,
        kind: 'step',
        section: section.id,
        chart: step.chart,
        state: step.state,
        ...(step.text ? { text: step.text } : {}),
        ...(step.note ? { note: step.note } : {}),
        ...(notes[step.id] ? { stepNote: notes[step.id] } : {}),
      });
    }
    if (section.explorable) slides.push({ id: EXPLORABLE_ID, kind: 'explorable', section: section.id });
    slides.push({ id: discussId(section.id), kind: 'discuss', section: section.id });
  }
  slides.push({ id: CLOSING_ID, kind: 'closing', section: null });
  const seen = new Set<string>();
  for (const s of slides) {
    if (seen.has(s.id)) throw new Error(`The deck has two slides at #${s.id}: a step id repeats a section's discussion slide (<section>-discuss) or one of ${[COVER_ID, EXPLORABLE_ID, CLOSING_ID].join(', ')}.`);
    seen.add(s.id);
  }
  return slides.map((s, i) => ({ ...s, number: i + 1 }));
}

/** The agenda: each section's start (minutes from the beginning) and budget. */
export function agenda(sections: readonly DeckSection[]): { section: DeckSection; start: number; minutes: number }[] {
  let start = 0;
  return [...sections]
    .sort((a, b) => a.order - b.order)
    .map((section) => {
      const row = { section, start, minutes: section.workshop.minutes };
      start += section.workshop.minutes;
      return row;
    });
}

/** "0:08" for 8 minutes. */
export function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
