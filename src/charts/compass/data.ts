/**
 * The numbers behind `compass`: one, the essay's. Shifting Perspective: “We
 * need to shift our thinking by 35 degrees, to reorient our internal compass.”
 * The two headings are our words for the essay's two ideas of the summit.
 */
export const compassData = {
  /** The essay's figure: how far the compass turns. */
  degrees: 35,
  /** Where the needle points before (our words; the mentor's “people think the summit is management”). */
  from: 'management, the summit',
  /** Where it points after (our words; the essay's “defining mastery as an endpoint”). */
  to: 'mastery, an endpoint',
} as const;

export type CompassData = typeof compassData;
