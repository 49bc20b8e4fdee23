/**
 * The workshop deck from the content collections (build time): the sections
 * in reading order with their workshop plans, and the steps collection.
 */
import { getCollection } from 'astro:content';
import { orderSections, sectionLabel } from '../lib/sections';
import { buildDeck, type DeckSection, type Slide } from './deck';

export async function workshopFromContent(): Promise<{ sections: DeckSection[]; slides: Slide[] }> {
  const entries = orderSections(await getCollection('sections'));
  const sections: DeckSection[] = entries.map((e) => ({
    id: e.data.id,
    order: e.data.order,
    label: sectionLabel(e.data),
    heading: e.data.heading,
    workshop: e.data.workshop,
    file: e.filePath ?? e.id,
    explorable: (e.body ?? '').includes('<LaddersExplorer'),
  }));
  const steps = (await getCollection('steps')).map((s) => s.data);
  return { sections, slides: buildDeck(sections, steps) };
}
