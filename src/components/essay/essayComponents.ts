import LabelGroup from './LabelGroup.astro';
import PullQuote from './PullQuote.astro';
import LaddersExplorer from '../explorable/LaddersExplorer.astro';
import Scrolly from '../charts/Scrolly.astro';
import Step from '../charts/Step.astro';

/** The components an essay section's MDX may use, without importing them itself. */
export const essayComponents = { LabelGroup, LaddersExplorer, PullQuote, Scrolly, Step };
