import type { ChartState } from '../types';

/** The states of `underlying-connections`. Ids are public (embeds and links use them). */
export const states = [
  {
    id: 'sound',
    label: 'Sound connections',
    description: 'A team as a frame: brilliant people as its joints, held together by sound connections to the helm.',
  },
  {
    id: 'unsound',
    label: 'Unsound connections',
    description: 'The connections at the helm are unsound: the joints are as brilliant as before.',
  },
  {
    id: 'collapse',
    label: 'Collapse despite brilliant nodes',
    description: 'The frame sags: all the brilliance in its joints cannot hold it up without sound connections.',
  },
] as const satisfies readonly ChartState[];

export type UnderlyingConnectionsState = (typeof states)[number]['id'];
