/**
 * What `parallel-tracks` draws. The summits are the essay's infographic cards
 * (Rethinking Ascent: Parallel Tracks); the rung names are ours and
 * illustrative; no salary is drawn: the essay asks for craft rungs “earning
 * as much or more than their managerial counterparts”, and the chart shows
 * that rule as shared pay bands, labelled illustrative.
 */
export const parallelTracksData = {
  /** The shared first rungs of the staircase (ours). */
  start: ['Crafter', 'Senior'],
  /** The management rungs above them (ours). */
  management: ['Team lead', 'Manager', 'Director'],
  /** The craft rungs beside them, before the tracks split by craft (ours). */
  craft: ['Staff', 'Principal', 'Fellow'],
  /** The essay's three summits of craft, with their lines. */
  summits: [
    { title: 'Distinguished Engineer', line: 'Mastery in coding.' },
    { title: 'Principal Designer', line: 'Mastery in design.' },
    { title: 'Master Roofer', line: 'Mastery in craft.' },
  ],
} as const;

export type ParallelTracksData = typeof parallelTracksData;
