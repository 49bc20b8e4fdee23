import { describe, expect, it } from 'vitest';
import { lcpPath, type PathStep } from '../../scripts/lib/lcpPath.mjs';

const origin = 'http://127.0.0.1:4321';

describe('lcpPath (what Lighthouse’s simulated LCP is made of)', () => {
  it('lists the requests in the order they started, then the main thread’s tasks together', () => {
    const steps: PathStep[] = [
      { kind: 'cpu', start: 831, end: 1010.4, observedMs: 89.4 },
      { kind: 'network', url: `${origin}/_astro/fonts/b359f507877934a0.woff2`, resourceType: 'Font', start: 753, end: 1056 },
      { kind: 'network', url: `${origin}/`, resourceType: 'Document', start: 0, end: 753.2 },
      { kind: 'cpu', start: 753, end: 831, observedMs: 19.6 },
      { kind: 'network', url: `${origin}/_astro/fonts/ccd1e554cc81f69f.woff2`, resourceType: 'Font', start: 753, end: 906 },
    ];
    expect(lcpPath(steps, origin)).toBe(
      'page / 0–753 · font ccd1e554cc81f69f.woff2 753–906 · font b359f507877934a0.woff2 753–1,056 · main thread 753–1,010, 2 tasks, 109 ms unthrottled',
    );
  });

  it('cuts long hashed file names, names other origins in full, and counts one task as one', () => {
    const steps: PathStep[] = [
      { kind: 'network', url: `${origin}/_astro/Deck.astro_astro_type_script_index_0_lang.CA2AG_Ci.js`, resourceType: 'Script', start: 756, end: 1062 },
      { kind: 'network', url: 'https://other.example/x.js', resourceType: 'Script', start: 760, end: 900 },
      { kind: 'cpu', start: 1062, end: 1147, observedMs: 42.6 },
    ];
    expect(lcpPath(steps, origin)).toBe('script Deck.astro_a….CA2AG_Ci.js 756–1,062 · script other.example/x.js 760–900 · main thread 1,062–1,147, 1 task, 43 ms unthrottled');
  });

  it('says nothing when the run measured nothing', () => {
    expect(lcpPath([], origin)).toBe('');
  });
});
