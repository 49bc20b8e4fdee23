/**
 * Every public source this edition cites, once. Charts, captions, the Methods
 * page and the explorable refer to a source by its id (`citation(id)`,
 * `source(id)`); the colophon lists them all. Keep the citations exact.
 */
export interface Source {
  id: string;
  /** A short form for running text, e.g. "Benson, Li & Shue (2019)". */
  short: string;
  /** The full citation, as a reader would look it up. */
  citation: string;
  /** A public address for it, if it has one. */
  href?: string;
  /** What this edition takes from it (ours). */
  note?: string;
}

export const sources = [
  {
    id: 'manuscript',
    short: 'the essay',
    citation: 'The Unintended Consequence of Expertise (essay manuscript).',
    note: 'Numbers the essay states are its author’s claims, and this edition labels them as such wherever it shows them.',
  },
  {
    id: 'pluchino2010',
    short: 'Pluchino, Rapisarda & Garofalo (2010)',
    citation: 'A. Pluchino, A. Rapisarda and C. Garofalo, “The Peter principle revisited: a computational study”, Physica A 389 (2010) 467–472, arXiv:0907.0455.',
    href: 'https://arxiv.org/abs/0907.0455',
    note: 'The organisation model our simulation reproduces and extends (Methods).',
  },
  {
    id: 'pluchino2011',
    short: 'Pluchino, Rapisarda & Garofalo (2011)',
    citation: 'A. Pluchino, A. Rapisarda and C. Garofalo, “Efficient promotion strategies in hierarchical organizations”, Physica A 390 (2011) 3496–3511, arXiv:1102.2837.',
    href: 'https://arxiv.org/abs/1102.2837',
    note: 'The follow-up study of the same model’s promotion strategies.',
  },
  {
    id: 'benson2019',
    short: 'Benson, Li & Shue (2019)',
    citation: 'A. Benson, D. Li and K. Shue, “Promotions and the Peter Principle”, Quarterly Journal of Economics 134 (2019) 2085–2134, doi:10.1093/qje/qjz022.',
    href: 'https://doi.org/10.1093/qje/qjz022',
    note: 'Among sales workers, the best salespeople were the likeliest to be promoted and became worse managers, judged by their teams’ sales. Our “near zero” skill transfer is our reading of this finding, not a number they publish.',
  },
  {
    id: 'careerbuilder2011',
    short: 'CareerBuilder (2011)',
    citation: 'CareerBuilder survey by Harris Interactive, 2,482 US employers and 3,910 US workers, Nov–Dec 2010; press release, 28 March 2011.',
    href: 'https://press.careerbuilder.com/2011-03-28-More-Than-One-Quarter-of-Managers-Said-They-Werent-Ready-to-Lead-When-They-Began-Managing-Others-Finds-New-CareerBuilder-Survey',
    note: '58% of managers said they had received no management training (The Training Gap).',
  },
  {
    id: 'westmonroe2018',
    short: 'West Monroe Partners (2018)',
    citation: 'West Monroe Partners, survey of 500 US managers, 2018, as reported by HR Dive.',
    href: 'https://www.hrdive.com/news/managers-say-they-lack-training-and-44-feel-overwhelmed-at-work/520396/',
    note: '43% of managers with less than one year in the role had had no training at all (The Training Gap).',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof sources)[number]['id'];

/** The source with this id. */
export function source(id: SourceId): Source {
  return sources.find((s) => s.id === id) as Source;
}

/** The short form of a source for running text. */
export function citation(id: SourceId): string {
  return source(id).short;
}
