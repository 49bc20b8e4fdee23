/**
 * Our extension of the published model (src/data/simulation/pluchino.ts):
 * two skills and two ways up. It is ours, not the paper's, and the site says
 * so (src/pages/methods.astro). With one skill and one track it *is* the
 * published model, draw for draw from the same seed (tests/unit/data/ladders.test.ts).
 *
 * - Every person has a **craft** competence c and a **leadership** competence
 *   l, each Normal(7, 2) clipped to [1, 10], correlated by the **skill
 *   transfer** ρ in [0, 1]: l = 7 + 2·(ρ·z_c + √(1−ρ²)·z), with z_c the
 *   standard deviate c was drawn from. ρ = 0: craft says nothing about
 *   leading (the Peter hypothesis at the crossing into management); ρ = 1: the
 *   same skill (the common-sense hypothesis).
 * - A role needs one of them: craft roles use c, management roles use l. A
 *   person below the dismissal threshold *in their role* is dismissed.
 * - **Linear progression**: the paper's 160 seats on 6 levels; the bottom
 *   level (81) is craft work, every level above is management. Candidates are
 *   ranked by how well they do their *current* job (the habit the essay
 *   questions): the best crafter becomes the new manager.
 * - **Parallel tracks**: the same 160 seats and the same weight per level
 *   (so the same total responsibility). Above the bottom level each level is
 *   split into a management rung and a craft rung of equal weight (parity of
 *   influence and pay): 41 → 21 + 20, 21 → 11 + 10, 11 → 6 + 5, 5 → 3 + 2,
 *   the top seat is management. The craft ladder (senior, staff, principal,
 *   distinguished) is climbed by craft; management is entered from the bottom
 *   level and climbed by leadership: candidates are ranked by the skill of the
 *   role they are promoted *into* ("promoting with purpose").
 * - A promotion within a track keeps the competence with a small change
 *   δ ~ U[−1, 1] (the paper's common-sense rule). Crossing from craft into
 *   management, the new role uses l, which the person has had all along: ρ
 *   decides how much of their craft carries over.
 *
 * Open choices, named:
 * - ONE SKILL: with `skills: 'one'`, l is c (no extra draw) and the paper's
 *   `hypothesis` decides what a promotion does (δ, or a fresh draw). With two
 *   skills `hypothesis` is not used: ρ plays its part.
 * - DELTA: with two skills, δ applies to the skill the new role uses; the
 *   other skill is unchanged.
 * - DRAW ORDER: a recruit draws c, then age, then (two skills) l's second deviate.
 * - AGES: `initialAges: 'paper'` draws starting ages Normal(25, 5) in [18, 60]
 *   (the reproduction); `'working-life'` draws them uniform in [18, 60], so
 *   that a reader's chart does not start with 25 quiet years and a
 *   retirement wave (see shared/design/simulation.md). Recruits are always
 *   drawn as in the paper.
 * - Everything else (order within a year, ties, open seats, clipping) follows
 *   pluchino.ts.
 */
import {
  DISMISSAL_THRESHOLD as PAPER_THRESHOLD,
  LEVEL_SIZES,
  LEVEL_WEIGHTS,
  MIX_P as PAPER_MIX_P,
  pickRandomSeat,
  RETIREMENT_AGE as PAPER_RETIREMENT_AGE,
  type Hypothesis,
  type Strategy,
} from './pluchino';
import { createRandom, type Random } from './random';

// The paper's constants, copied into module constants: the hot loops below
// read them per seat, and a module runner (Vite in Node) turns imported
// bindings into property reads.
const DISMISSAL_THRESHOLD = PAPER_THRESHOLD;
const RETIREMENT_AGE = PAPER_RETIREMENT_AGE;
const MIX_P = PAPER_MIX_P;

export type Structure = 'linear' | 'parallel';
export type Track = 'craft' | 'manage';

/** A set of seats with one role: a level's rung on one track. */
export interface Group {
  /** Stable id, e.g. `l5`, `m2`, `c3`. */
  id: string;
  /** A reader's name for the rung (ours). */
  label: string;
  /** 0 = top. */
  level: number;
  size: number;
  weight: number;
  track: Track;
  /** The group it is filled from, or -1: filled by recruits. */
  from: number;
  /** First seat index. */
  start: number;
}

const CRAFT_RUNGS = ['Distinguished', 'Principal', 'Staff', 'Senior'];
const MANAGE_RUNGS = ['Head', 'Director', 'Senior manager', 'Manager', 'Team lead'];

function buildGroups(structure: Structure): Group[] {
  const groups: Omit<Group, 'start'>[] = [];
  const bottom = LEVEL_SIZES.length - 1;
  if (structure === 'linear') {
    for (let level = 0; level <= bottom; level++) {
      groups.push({
        id: `l${level}`,
        label: level === bottom ? 'Crafters' : (MANAGE_RUNGS[level] as string),
        level,
        size: LEVEL_SIZES[level] as number,
        weight: LEVEL_WEIGHTS[level] as number,
        track: level === bottom ? 'craft' : 'manage',
        from: level === bottom ? -1 : level + 1,
      });
    }
  } else {
    // Seats split per level: management first, then craft; the top seat is management.
    const index = new Map<string, number>();
    const plan: { id: string; level: number; size: number; track: Track; label: string }[] = [];
    for (let level = 0; level <= bottom; level++) {
      const size = LEVEL_SIZES[level] as number;
      if (level === 0) plan.push({ id: 'm0', level, size, track: 'manage', label: MANAGE_RUNGS[0] as string });
      else if (level === bottom) plan.push({ id: `c${level}`, level, size, track: 'craft', label: 'Crafters' });
      else {
        const craft = Math.floor(size / 2);
        plan.push({ id: `m${level}`, level, size: size - craft, track: 'manage', label: MANAGE_RUNGS[level] as string });
        plan.push({ id: `c${level}`, level, size: craft, track: 'craft', label: CRAFT_RUNGS[level - 1] as string });
      }
    }
    plan.forEach((p, i) => index.set(p.id, i));
    for (const p of plan) {
      const below = p.level + 1;
      // Management is entered from the bottom level and climbed rung by rung; so is the craft ladder.
      const from =
        p.level === bottom ? -1 : below === bottom ? (index.get(`c${bottom}`) as number) : (index.get(`${p.track === 'manage' ? 'm' : 'c'}${below}`) as number);
      groups.push({ ...p, weight: LEVEL_WEIGHTS[p.level] as number, from });
    }
  }
  let start = 0;
  return groups.map((g) => {
    const out = { ...g, start };
    start += g.size;
    return out;
  });
}

/** The seats of each structure, top level first. */
export const GROUPS: Readonly<Record<Structure, readonly Group[]>> = {
  linear: buildGroups('linear'),
  parallel: buildGroups('parallel'),
};

export const SEATS = LEVEL_SIZES.reduce((a, b) => a + b, 0);
const MAX_EFFICIENCY = LEVEL_SIZES.reduce((sum, n, i) => sum + 10 * n * (LEVEL_WEIGHTS[i] as number), 0);
/** Craft competence at or above this is "brilliant at their craft" (shared/design/simulation.md). */
export const BRILLIANT = 8;

export interface LaddersOptions {
  structure: Structure;
  skills: 'one' | 'two';
  /** Skill transfer ρ in [0, 1] (two skills only). */
  rho: number;
  /** What a promotion does with one skill (the paper's two hypotheses). */
  hypothesis: Hypothesis;
  strategy: Strategy;
  initialAges: 'paper' | 'working-life';
}

/** One organisation under one structure. NaN craft = an open seat. */
export interface LaddersOrganisation {
  options: LaddersOptions;
  groups: readonly Group[];
  /** Per seat: the group it belongs to. */
  groupOf: Uint8Array;
  /** Per seat: whether it is a management seat. */
  manage: Uint8Array;
  /** Per seat: its level's responsibility weight. */
  weight: Float64Array;
  craft: Float64Array;
  lead: Float64Array;
  age: Float64Array;
  /** Per group: how many of its seats are open. */
  open: Int32Array;
  /** Per seat: who sits there (a number per person, never reused in a run). */
  person: Int32Array;
  nextPerson: number;
  random: Random;
}

const clip = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);
const bump = (counts: Int32Array, i: number, by: number) => {
  counts[i] = (counts[i] as number) + by;
};

function fillSeat(org: LaddersOrganisation, s: number, ages: 'paper' | 'working-life'): void {
  const { random, options } = org;
  const z = random.normal(0, 1);
  const c = clip(7 + 2 * z, 1, 10);
  org.craft[s] = c;
  org.age[s] = ages === 'paper' ? clip(random.normal(25, 5), 18, 60) : 18 + random.next() * (RETIREMENT_AGE - 18);
  if (options.skills === 'one') org.lead[s] = c;
  else {
    const rho = options.rho;
    org.lead[s] = clip(7 + 2 * (rho * z + Math.sqrt(1 - rho * rho) * random.normal(0, 1)), 1, 10);
  }
  org.person[s] = org.nextPerson++;
}

/** A new organisation with every seat filled. The same seed gives the same people, seat by seat, under either structure. */
export function createLadders(seed: number, options: LaddersOptions): LaddersOrganisation {
  const groups = GROUPS[options.structure];
  const groupOf = new Uint8Array(SEATS);
  const manage = new Uint8Array(SEATS);
  const weight = new Float64Array(SEATS);
  groups.forEach((g, i) => {
    for (let s = g.start; s < g.start + g.size; s++) {
      groupOf[s] = i;
      manage[s] = g.track === 'manage' ? 1 : 0;
      weight[s] = g.weight;
    }
  });
  const org: LaddersOrganisation = {
    options,
    groups,
    groupOf,
    manage,
    weight,
    craft: new Float64Array(SEATS),
    lead: new Float64Array(SEATS),
    age: new Float64Array(SEATS),
    open: new Int32Array(groups.length),
    person: new Int32Array(SEATS),
    nextPerson: 0,
    random: createRandom(seed),
  };
  for (let s = 0; s < SEATS; s++) fillSeat(org, s, options.initialAges);
  return org;
}

/** Competence in the role a seat needs. */
function inRole(org: LaddersOrganisation, s: number): number {
  return org.manage[s] ? (org.lead[s] as number) : (org.craft[s] as number);
}

/** Global efficiency, in percent: the paper's measure, with each person's competence in their role. */
export function laddersEfficiency(org: LaddersOrganisation): number {
  let sum = 0;
  for (const g of org.groups) {
    let c = 0;
    for (let s = g.start; s < g.start + g.size; s++) {
      if (org.craft[s] === org.craft[s]) c += inRole(org, s);
    }
    sum += g.weight * c;
  }
  return (100 * sum) / MAX_EFFICIENCY;
}

/**
 * Picks a candidate in `from` for a seat in `to`, by the strategy, ranked by
 * `rank` (the skill that counts for this promotion); -1 if none.
 */
function pick(craft: Float64Array, rank: Float64Array, random: Random, strategy: Strategy, start: number, end: number): number {
  let mode = strategy;
  if (mode === 'mix') mode = random.next() < MIX_P ? 'best' : 'worst';
  if (mode === 'random') return pickRandomSeat(craft, random, start, end);
  // An open seat holds NaN in both skills, and NaN is neither above nor below anything.
  let chosen = -1;
  if (mode === 'best') {
    let best = -Infinity;
    for (let s = start; s < end; s++) {
      const c = rank[s] as number;
      if (c > best) {
        best = c;
        chosen = s;
      }
    }
  } else {
    let worst = Infinity;
    for (let s = start; s < end; s++) {
      const c = rank[s] as number;
      if (c < worst) {
        worst = c;
        chosen = s;
      }
    }
  }
  return chosen;
}

/** What one year did. */
export interface LaddersYear {
  dismissed: number;
  retired: number;
  promoted: number;
}

/** Advances one year: age, dismissal (below the threshold in one's role), retirement, promotions top-down, recruits. */
export function laddersStep(org: LaddersOrganisation): LaddersYear {
  const { craft, lead, age, person, manage, groupOf, random, options, groups } = org;
  const { strategy, structure } = options;
  const oneSkill = options.skills === 'one';
  const commonSense = options.hypothesis === 'common-sense';
  const open = org.open;
  const seats = craft.length;
  let dismissed = 0;
  let retired = 0;
  let promoted = 0;
  for (let s = 0; s < seats; s++) {
    const c = craft[s] as number;
    if (c !== c) continue;
    const a = (age[s] as number) + 1;
    age[s] = a;
    if ((manage[s] ? (lead[s] as number) : c) < DISMISSAL_THRESHOLD) {
      craft[s] = NaN;
      lead[s] = NaN;
      bump(open, groupOf[s] as number, 1);
      dismissed++;
    } else if (a > RETIREMENT_AGE) {
      craft[s] = NaN;
      lead[s] = NaN;
      bump(open, groupOf[s] as number, 1);
      retired++;
    }
  }
  // Top-down; a group with no open seat is skipped (most are, most years).
  for (let gi = 0; gi < groups.length; gi++) {
    const to = groups[gi] as Group;
    if (to.from < 0 || open[gi] === 0) continue;
    const from = groups[to.from] as Group;
    // Linear progression ranks by the current job; parallel tracks by the job to be done.
    const byLead = structure === 'parallel' ? to.track === 'manage' : from.track === 'manage';
    const rank = byLead ? lead : craft;
    const toManage = to.track === 'manage';
    const end = to.start + to.size;
    for (let s = to.start; s < end && (open[gi] as number) > 0; s++) {
      if (craft[s] === craft[s]) continue;
      const k = pick(craft, rank, random, strategy, from.start, from.start + from.size);
      if (k < 0) continue;
      if (oneSkill) {
        const c = commonSense ? clip((craft[k] as number) + (random.next() * 2 - 1), 1, 10) : clip(random.normal(7, 2), 1, 10);
        craft[s] = c;
        lead[s] = c;
      } else if (toManage) {
        craft[s] = craft[k] as number;
        lead[s] = clip((lead[k] as number) + (random.next() * 2 - 1), 1, 10);
      } else {
        craft[s] = clip((craft[k] as number) + (random.next() * 2 - 1), 1, 10);
        lead[s] = lead[k] as number;
      }
      age[s] = age[k] as number;
      person[s] = person[k] as number;
      craft[k] = NaN;
      lead[k] = NaN;
      bump(open, gi, -1);
      bump(open, to.from, 1);
      promoted++;
    }
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi] as Group;
    if (g.from >= 0 || open[gi] === 0) continue;
    const end = g.start + g.size;
    for (let s = g.start; s < end && (open[gi] as number) > 0; s++) {
      if (craft[s] !== craft[s]) {
        fillSeat(org, s, 'paper');
        bump(open, gi, -1);
      }
    }
  }
  return { dismissed, retired, promoted };
}

/** Efficiency, brilliant crafters and crafter-managers in one pass, written into `out` (length 3). */
export function laddersMeasures(org: LaddersOrganisation, out: Float64Array): Float64Array {
  const { craft, lead, manage, weight } = org;
  const seats = craft.length;
  let weighted = 0;
  let brilliant = 0;
  let lost = 0;
  for (let s = 0; s < seats; s++) {
    const c = craft[s] as number;
    if (c !== c) continue;
    const m = manage[s];
    weighted += (weight[s] as number) * (m ? (lead[s] as number) : c);
    if (c >= BRILLIANT) {
      if (m) lost++;
      else brilliant++;
    }
  }
  out[0] = (100 * weighted) / MAX_EFFICIENCY;
  out[1] = brilliant;
  out[2] = lost;
  return out;
}
