/**
 * Every public source this edition cites. A chart or note refers to a source
 * by its id; the colophon lists them all. Keep the citations exact.
 */
export interface Source {
  id: string;
  /** The full citation, as a reader would look it up. */
  citation: string;
  /** What this edition takes from it (ours). */
  note?: string;
}

export const sources: readonly Source[] = [
  {
    id: 'manuscript',
    citation: 'The Unintended Consequence of Expertise (essay manuscript).',
    note: 'Numbers the essay states are its author’s claims, and this edition labels them as such wherever it shows them.',
  },
];
