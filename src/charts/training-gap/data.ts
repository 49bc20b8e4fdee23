import { source as lookUp, type SourceId } from '../../data/sources';

/**
 * The numbers behind `training-gap`. The essay's figure has no traceable
 * source, so the chart shows it as the essay's claim and gives the reader the
 * cited context beside it.
 */
export const trainingGap = {
  /** A cohort of 100, so that a count reads as a percentage (ours). */
  cohort: 100,
  /** The essay (The Training Gap): “only about 35% of newly promoted managers actually receive substantive training … before they take on the role”. */
  trainedShare: 0.35,
} as const;

/** Cited context: other surveys of the same question, each with its source (src/data/sources.ts). */
export const trainingContext = [
  { figure: '58%', text: 'of managers said they didn’t receive any management training', ...sourceOf('careerbuilder2011') },
  { figure: '43%', text: 'of managers with less than one year in the role had had no training at all', ...sourceOf('westmonroe2018') },
] as const;

function sourceOf(id: SourceId): { source: string; href: string } {
  const s = lookUp(id);
  return { source: s.citation.replace(/\.$/, ''), href: s.href ?? '' };
}

export const trainedCount = Math.round(trainingGap.cohort * trainingGap.trainedShare);

/** Everything the chart draws, as one value: what `layout` and `table` receive. */
export const trainingGapData = { cohort: trainingGap.cohort, trainedCount, context: trainingContext } as const;
export type TrainingGapData = typeof trainingGapData;
