import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './lib/sectionSchema';
import { stepSchema, stepsLoader } from './steps/collection';

/** The essay: one MDX file per section in `content/`, in reading order (`order` in the front matter). */
const sections = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: sectionSchema,
});

/** Every scroll step the sections declare, in reading order (`data.order`), checked against the chart registry. */
const steps = defineCollection({
  loader: stepsLoader(),
  schema: stepSchema,
});

export const collections = { sections, steps };
