import { z } from 'astro/zod';

/** A section id doubles as its URL fragment (`#the-training-gap`), so it must stay stable and URL-safe. */
export const sectionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  })
  .strict()
  .refine((s) => s.heading !== undefined || s.navLabel !== undefined, {
    message: 'a section without a heading needs a navLabel for the contents',
    path: ['navLabel'],
  });

export type SectionData = z.infer<typeof sectionSchema>;
