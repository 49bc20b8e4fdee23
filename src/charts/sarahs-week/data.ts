/**
 * The numbers behind `sarahs-week`. Each carries its provenance: the essay's
 * own figures (manuscript lines 2 and 22) or our illustrative split.
 */
export const sarahsWeek = {
  /** The essay's figure (line 2): “45 working hours”. */
  hours: 45,
  /** The essay's figure (line 2): promoted “just 5 weeks ago”. */
  weeksSincePromotion: 5,
  /** The essay's figure (line 22): 75% of her time to meetings, performance reviews and administration. */
  managementShare: 0.75,
  /** Illustrative: hours of a maker's week that are not craft (stand-ups, email). Not from the essay. */
  illustrativeNonCraftBefore: 7,
  days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const,
  hoursPerDay: 9,
} as const;

/** Hours of meetings, reviews and admin after the promotion: 75% of 45, to the nearest hour. */
export const managementHours = Math.round(sarahsWeek.hours * sarahsWeek.managementShare);

/** What each hour of the week is, in one state: index = day × 9 + hour. */
export type HourKind = 'craft' | 'other' | 'open';

/** Illustrative before-week: the first hour of each day and Friday's last two hours are not craft. */
export function weekBefore(): HourKind[] {
  const { hoursPerDay, days } = sarahsWeek;
  return Array.from({ length: sarahsWeek.hours }, (_, i) => {
    const day = Math.floor(i / hoursPerDay);
    const hour = i % hoursPerDay;
    return hour === 0 || (day === days.length - 1 && hour >= hoursPerDay - 2) ? 'other' : 'craft';
  });
}

/** After: 34 hours of meetings, reviews and admin; the craft hours left sit at the end of each day. */
export function weekAfter(): HourKind[] {
  const { hoursPerDay } = sarahsWeek;
  const craftLeft = sarahsWeek.hours - managementHours; // 11
  // Spread the craft hours over the days from the last hour backwards: 3 on Friday, 2 on the others.
  const perDay = [2, 2, 2, 2, 3];
  if (perDay.reduce((a, b) => a + b, 0) !== craftLeft) throw new Error('sarahs-week: craft hours do not add up');
  return Array.from({ length: sarahsWeek.hours }, (_, i) => {
    const day = Math.floor(i / hoursPerDay);
    const hour = i % hoursPerDay;
    return hour >= hoursPerDay - (perDay[day] ?? 0) ? 'craft' : 'other';
  });
}

/** Everything the chart draws, as one value: what `layout` and `table` receive. */
export const sarahsWeekData = {
  week: sarahsWeek,
  managementHours,
  before: weekBefore(),
  after: weekAfter(),
} as const;
export type SarahsWeekData = typeof sarahsWeekData;
