import type { SectionData } from './sectionSchema';

/** A section entry as the content layer hands it over (only what we need). */
export interface SectionEntryLike {
  id: string;
  filePath?: string | undefined;
  data: SectionHead;
}

/** What ordering and labelling read of a section's front matter. */
type SectionHead = Pick<SectionData, 'id' | 'order' | 'heading' | 'navLabel'>;

/**
 * Puts the essay's sections in reading order, failing loudly (naming the
 * files) when two sections share an order or an anchor id, or when the
 * order has gaps: each would silently drop or misplace part of the essay.
 */
export function orderSections<T extends SectionEntryLike>(entries: readonly T[]): T[] {
  const where = (e: T) => e.filePath ?? e.id;
  const problems: string[] = [];
  const byOrder = new Map<number, T>();
  const byId = new Map<string, T>();
  for (const entry of entries) {
    const sameOrder = byOrder.get(entry.data.order);
    if (sameOrder) problems.push(`${where(entry)}: order ${entry.data.order} is already used by ${where(sameOrder)}`);
    else byOrder.set(entry.data.order, entry);
    const sameId = byId.get(entry.data.id);
    if (sameId) problems.push(`${where(entry)}: id "${entry.data.id}" is already used by ${where(sameId)}`);
    else byId.set(entry.data.id, entry);
  }
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((entry, i) => {
    if (entry.data.order !== i + 1 && !problems.length) {
      problems.push(`${where(entry)}: order ${entry.data.order} leaves a gap (expected ${i + 1}); orders must run 1, 2, 3, …`);
    }
  });
  if (problems.length) throw new Error(`The essay's sections are inconsistent:\n- ${problems.join('\n- ')}`);
  return sorted;
}

/** The label a section shows in the contents: its heading, or our label for the opening. */
export function sectionLabel(data: SectionHead): string {
  return data.heading ?? data.navLabel ?? data.id;
}
