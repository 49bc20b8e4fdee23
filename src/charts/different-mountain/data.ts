/**
 * The words on the mountains' slopes: the skills the essay names (opening,
 * the designer's “intense focus, deep immersion … aesthetic perfection” and a
 * manager as “a connector, a translator, a shield … a patient listener”; The
 * Spectrum of Expertise, Luna's diagnosis). No numbers.
 */
export const skills = {
  craft: ['focus', 'immersion', 'perfection', 'diagnosis'],
  leadership: ['connector', 'translator', 'shield', 'listener'],
} as const;

/** Everything the chart draws, as one value: what `layout` and `table` receive. */
export const differentMountainData = { skills } as const;
export type DifferentMountainData = typeof differentMountainData;
