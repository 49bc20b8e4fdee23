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

/** Cited context: other surveys of the same question, each with its source. */
export const trainingContext = [
  {
    figure: '58%',
    text: 'of managers said they didn’t receive any management training',
    source: 'CareerBuilder survey by Harris Interactive, 2,482 US employers and 3,910 US workers, Nov–Dec 2010; press release, 28 March 2011',
    href: 'http://press.careerbuilder.com/2011-03-28-More-Than-One-Quarter-of-Managers-Said-They-Werent-Ready-to-Lead-When-They-Began-Managing-Others-Finds-New-CareerBuilder-Survey',
  },
  {
    figure: '43%',
    text: 'of managers with less than one year in the role had had no training at all',
    source: 'West Monroe Partners, survey of 500 US managers, 2018, as reported by HR Dive',
    href: 'https://www.hrdive.com/news/managers-say-they-lack-training-and-44-feel-overwhelmed-at-work/520396/',
  },
] as const;

export const trainedCount = Math.round(trainingGap.cohort * trainingGap.trainedShare);
