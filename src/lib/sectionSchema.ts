import { z } from 'astro/zod';

/** A section id doubles as its URL fragment (`#the-training-gap`), so it must stay stable and URL-safe. */
export const sectionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What a facilitator needs for one section of a workshop (all ours, never the
 * author's words): its time budget, what to say or do, the question for the
 * room, follow-up prompts, an optional exercise, and notes on single steps.
 * The presentation's facilitator window, the facilitator guide and the
 * handout are generated from it (src/workshop/).
 */
export const workshopSchema = z
  .object({
    /** Minutes this section gets in a 75-minute workshop. */
    minutes: z.number().int().positive().max(40),
    /** What the facilitator says or does while the section is on screen. */
    say: z.string().trim().min(1),
    /** The question put to the room. */
    ask: z.string().trim().min(1),
    /** Follow-ups when the room is quiet or the talk needs turning. */
    prompts: z.array(z.string().trim().min(1)).min(1).max(5),
    /** An exercise the room does in this section (its minutes are part of the section's). */
    exercise: z
      .object({
        title: z.string().trim().min(1),
        minutes: z.number().int().positive().max(30),
        steps: z.array(z.string().trim().min(1)).min(1).max(8),
      })
      .strict()
      .optional(),
    /** Notes on single scroll steps, by step id (checked against the section's steps). */
    stepNotes: z.record(z.string().regex(sectionIdPattern), z.string().trim().min(1)).optional(),
  })
  .strict()
  .refine((w) => !w.exercise || w.exercise.minutes < w.minutes, { message: 'the exercise must leave some of the section’s minutes', path: ['exercise', 'minutes'] });

export type Workshop = z.infer<typeof workshopSchema>;

/**
 * The front matter every section of the essay is checked against.
 * The heading is the author's (omitted only for the opening, which has none in
 * the manuscript); `navLabel` is ours, for the table of contents.
 */
export const sectionSchema = z
  .object({
    /** Stable anchor id, e.g. `the-training-gap`. */
    id: z.string().regex(sectionIdPattern, 'must be lower-case words joined by hyphens, e.g. "the-training-gap"'),
    /** Position in reading order, from 1. */
    order: z.number().int().positive(),
    /** The section heading exactly as the manuscript has it. */
    heading: z.string().trim().min(1).optional(),
    /** Our label for the contents list, for a section without a heading. */
    navLabel: z.string().trim().min(1).optional(),
    /** The workshop plan for this section (ours). */
    workshop: workshopSchema,
  })
  .strict()
  .refine((s) => s.heading !== undefined || s.navLabel !== undefined, {
    message: 'a section without a heading needs a navLabel for the contents',
    path: ['navLabel'],
  });

export type SectionData = z.infer<typeof sectionSchema>;
