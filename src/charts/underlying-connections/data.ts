/**
 * What `underlying-connections` draws: Luna's observation (“it's about the
 * underlying connections”) as a frame. Its shape is ours and illustrative:
 * a helm over two rows of people, every joint a brilliant crafter.
 */
export const underlyingConnectionsData = {
  /** People in each row under the helm (ours). */
  rows: [3, 4],
  /** How far the frame sags in the last state, as a share of its height (illustrative). */
  sag: 0.38,
} as const;

export type UnderlyingConnectionsData = typeof underlyingConnectionsData;
