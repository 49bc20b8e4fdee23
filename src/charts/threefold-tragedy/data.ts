/**
 * What `threefold-tragedy` draws: a team of six and a manager's seat, each
 * member's share of the team's craft as a bar. The team and the bars are
 * illustrative (the essay gives no such figures); the three cards are the
 * essay's infographic (The Threefold Tragedy).
 */
export const threefoldTragedyData = {
  /** The team, left to right; Sarah is the best crafter (illustrative shares of the craft, in arbitrary units). */
  team: [
    { name: 'a', craft: 5 },
    { name: 'b', craft: 6 },
    { name: 'Sarah', craft: 10 },
    { name: 'c', craft: 5 },
    { name: 'd', craft: 6 },
    { name: 'e', craft: 4 },
  ],
  /** How much of each member's craft is left once the links to the manager fray (illustrative). */
  frayed: 0.7,
  /** The essay's three cards, in its order. */
  cards: [
    { state: 'talent-lost', title: 'Talent Lost', line: 'Organizations lose their best individual contributors.' },
    { state: 'ineffective-management', title: 'Ineffective Management', line: 'Ill-equipped managers lead to frustrated teams.' },
    { state: 'forced-failure', title: 'Forced Failure', line: 'Good people are set up for burnout and disillusionment.' },
  ],
} as const;

export type ThreefoldTragedyData = typeof threefoldTragedyData;
