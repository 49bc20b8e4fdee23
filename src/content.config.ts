import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './lib/sectionSchema';

/** The essay: one MDX file per section in `content/`, in reading order (`order` in the front matter). */
const sections = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: sectionSchema,
});

export const collections = { sections };
