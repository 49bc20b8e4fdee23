/**
 * Our extension of the published model (src/data/simulation/pluchino.ts):
 * two skills, two ways up, and two ways of choosing who goes up. It is ours,
 * not the paper's, and the site says so (src/pages/methods.astro). With one
 * skill and one ladder it *is* the published model, draw for draw from the
 * same seed (tests/unit/data/ladders.test.ts).
 *
 * Three settings, kept apart (one word each, everywhere on the site):
 * - **structure**: `linear` (one ladder: the paper's 160 seats; the bottom
 *   level is craft work, every level above is management) or `parallel`
 *   (parallel ladders: the same seats and the same weight per level, but above
 *   the bottom each level is split into a management rung and a craft rung of
 *   equal weight: 41 → 21 + 20, 21 → 11 + 10, 11 → 6 + 5, 5 → 3 + 2; the top
 *   seat is management).
 * - **basis** of promotion, which matters only where a crafter is promoted
 *   into management: `current` (the best at the current job, i.e. at the
 *   craft: today's habit) or `purpose` (the best for the job to be done, i.e.
 *   at leading: "promoting with purpose"). Within a track both rank by the
 *   track's own skill, which is both the current job and the job to be done.
 * - **strategy**: the paper's four (best, worst, random, mix).
 *
 * People: a **craft** competence c and a **leadership** competence l, each
 * Normal(7, 2) clipped to [1, 10], correlated by the **skill transfer** ρ in
 * [0, 1]: l = 7 + 2·(ρ·z_c + √(1−ρ²)·z), with z_c the standard deviate c was
 * drawn from. A seat needs one of them (craft seats c, management seats l);
 * a person below the dismissal threshold in their seat's skill is dismissed.
 * A promotion changes the skill the new seat uses by δ ~ U[−1, 1] (the paper's
 * common-sense rule); the other skill is unchanged.
 *
 * Open choices, named:
 * - ONE SKILL: with `skills: 'one'`, l is c (no extra draw) and the paper's
 *   `hypothesis` decides what a promotion does (δ, or a fresh draw). With two
 *   skills `hypothesis` is not used: ρ plays its part.
 * - DRAW ORDER: a recruit draws c, then age, then (two skills) l's second deviate.
 * - AGES: `initialAges: 'paper'` draws starting ages Normal(25, 5) in [18, 60]
 *   (the reproduction); `'working-life'` draws them uniform in [18, 60], so
 *   that a reader's chart does not start with 25 quiet years and a
 *   retirement wave (see shared/design/simulation.md).
 * - RECRUIT AGE: the paper gives none. Recruits are drawn from the initial
 *   age distribution of the paper, Normal(25, 5) clipped to [18, 60], in both
 *   settings of `initialAges`: our choice.
 * - PARALLEL LADDERS: management is entered from the bottom level and climbed
 *   rung by rung; so is the craft ladder. Rungs split half and half (craft
 *   gets the smaller half). The top seat is management.
 * - Everything else (order within a year, ties, open seats, clipping) follows
 *   pluchino.ts.
 *
 * Speed: each group keeps a sorted list of its open seats (no scans for
 * vacancies), the people one group hands up in a year to *the best* or *the
 * worst* are chosen in one pass over the group (the same people, in the same
 * order, as one pass per seat), and *random* knows how many seats are filled.
 */
import {
  DISMISSAL_THRESHOLD as PAPER_THRESHOLD,
  LEVEL_SIZES,
  LEVEL_WEIGHTS,
  MIX_P as PAPER_MIX_P,
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

/** One ladder (linear progression) or parallel ladders (a craft ladder beside the management ladder). */
export type Structure = 'linear' | 'parallel';
/** Who is promoted from craft into management: the best at the current job (craft) or at the job to be done (leading). */
export type Basis = 'current' | 'purpose';
export type Track = 'craft' | 'manage';

export const STRUCTURES: readonly Structure[] = ['linear', 'parallel'];
export const BASES: readonly Basis[] = ['current', 'purpose'];

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
  /** The group it is filled from, or -1: filled by recruits. Always later in the list than the group itself. */
  from: number;
  /** First seat index. */
  start: number;
}

const CRAFT_RUNGS = ['Distinguished', 'Principal', 'Staff', 'Senior'];
const MANAGE_RUNGS = ['Head', 'Director', 'Senior manager', 'Manager', 'Team lead'];

function buildGroups(structure: Structure): Group[] {
  const bottom = LEVEL_SIZES.length - 1;
  const plan: { id: string; level: number; size: number; track: Track; label: string }[] = [];
  for (let level = 0; level <= bottom; level++) {
    const size = LEVEL_SIZES[level] as number;
    if (level === bottom) plan.push({ id: `${structure === 'linear' ? 'l' : 'c'}${level}`, level, size, track: 'craft', label: 'Crafters' });
    else if (structure === 'linear') plan.push({ id: `l${level}`, level, size, track: 'manage', label: MANAGE_RUNGS[level] as string });
    else if (level === 0) plan.push({ id: 'm0', level, size, track: 'manage', label: MANAGE_RUNGS[0] as string });
    else {
      const craft = Math.floor(size / 2);
      plan.push({ id: `m${level}`, level, size: size - craft, track: 'manage', label: MANAGE_RUNGS[level] as string });
      plan.push({ id: `c${level}`, level, size: craft, track: 'craft', label: CRAFT_RUNGS[level - 1] as string });
    }
  }
  const bottomIndex = plan.length - 1;
  let start = 0;
  return plan.map((p) => {
    // Each rung is filled from the same track one level down; the bottom level feeds both tracks.
    const from =
      p.level === bottom ? -1 : p.level + 1 === bottom ? bottomIndex : plan.findIndex((q) => q.level === p.level + 1 && q.track === p.track);
    const group: Group = { ...p, weight: LEVEL_WEIGHTS[p.level] as number, from, start };
    start += p.size;
    return group;
  });
}

/** The seats of each structure, top level first. */
export const GROUPS: Readonly<Record<Structure, readonly Group[]>> = {
  linear: buildGroups('linear'),
  parallel: buildGroups('parallel'),
};

export const SEATS = LEVEL_SIZES.reduce((a, b) => a + b, 0);
/** Seats whose work is the craft, per structure: follows from the structure alone, whoever sits in them. */
export const CRAFT_SEATS: Readonly<Record<Structure, number>> = {
  linear: GROUPS.linear.filter((g) => g.track === 'craft').reduce((a, g) => a + g.size, 0),
  parallel: GROUPS.parallel.filter((g) => g.track === 'craft').reduce((a, g) => a + g.size, 0),
};
const MAX_EFFICIENCY = LEVEL_SIZES.reduce((sum, n, i) => sum + 10 * n * (LEVEL_WEIGHTS[i] as number), 0);
/** Craft competence at or above this is "brilliant at their craft" (shared/design/simulation.md). */
export const BRILLIANT = 8;

export interface LaddersOptions {
  structure: Structure;
  /** Who is promoted from craft into management (two skills only; with one skill the skills are the same). */
  basis: Basis;
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
  /** Per group: how many of its seats are open (the first entries of its open list). */
  open: Int32Array;
  /** Per group, at the group's first seat: its open seats, in seat order. */
  openList: Int32Array;
  /** Per seat: who sits there (a number per person, never reused in a run). */
  person: Int32Array;
  nextPerson: number;
  random: Random;
  /** What the last year did (`laddersStep` returns it; one object per organisation, reused). */
  year: LaddersYear;
}

const clip = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

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

/** Per structure, what each seat is: its group, whether it manages, its weight. Fixed tables, shared (never written). */
const SEAT_TABLES: Readonly<Record<Structure, { groupOf: Uint8Array; manage: Uint8Array; weight: Float64Array }>> = {
  linear: seatTable('linear'),
  parallel: seatTable('parallel'),
};
function seatTable(structure: Structure) {
  const groupOf = new Uint8Array(SEATS);
  const manage = new Uint8Array(SEATS);
  const weight = new Float64Array(SEATS);
  GROUPS[structure].forEach((g, i) => {
    for (let s = g.start; s < g.start + g.size; s++) {
      groupOf[s] = i;
      manage[s] = g.track === 'manage' ? 1 : 0;
      weight[s] = g.weight;
    }
  });
  return { groupOf, manage, weight };
}

/**
 * A new organisation with every seat filled. The same seed gives the same
 * people, seat by seat, under any setting. `reuse` (an organisation of the
 * same structure that is no longer needed) lends its arrays: a scenario runs
 * twenty organisations in turn, and a browser's worker collects garbage
 * typed arrays slowly.
 */
export function createLadders(seed: number, options: LaddersOptions, reuse?: LaddersOrganisation): LaddersOrganisation {
  const groups = GROUPS[options.structure];
  const { groupOf, manage, weight } = SEAT_TABLES[options.structure];
  const fresh = !reuse || reuse.groups !== groups;
  const org: LaddersOrganisation = {
    options,
    groups,
    groupOf,
    manage,
    weight,
    craft: fresh ? new Float64Array(SEATS) : reuse.craft,
    lead: fresh ? new Float64Array(SEATS) : reuse.lead,
    age: fresh ? new Float64Array(SEATS) : reuse.age,
    open: fresh ? new Int32Array(groups.length) : reuse.open.fill(0),
    openList: fresh ? new Int32Array(SEATS) : reuse.openList,
    person: fresh ? new Int32Array(SEATS) : reuse.person,
    nextPerson: 0,
    random: createRandom(seed),
    year: { dismissed: 0, retired: 0, promoted: 0 },
  };
  for (let s = 0; s < SEATS; s++) fillSeat(org, s, options.initialAges);
  return org;
}

/** Global efficiency, in percent: the paper's measure, with each person's competence in their seat's skill. */
export function laddersEfficiency(org: LaddersOrganisation): number {
  let sum = 0;
  for (const g of org.groups) {
    let c = 0;
    for (let s = g.start; s < g.start + g.size; s++) {
      if (org.craft[s] === org.craft[s]) c += org.manage[s] ? (org.lead[s] as number) : (org.craft[s] as number);
    }
    sum += g.weight * c;
  }
  return (100 * sum) / MAX_EFFICIENCY;
}

/** Opens seat `s` of group `g`: adds it to the group's open list, kept in seat order. */
function openSeat(open: Int32Array, list: Int32Array, g: number, base: number, s: number): void {
  let n = open[g] as number;
  let i = base + n;
  while (i > base && (list[i - 1] as number) > s) {
    list[i] = list[i - 1] as number;
    i--;
  }
  list[i] = s;
  open[g] = n + 1;
}

/**
 * The `k` candidates *the best* (or *the worst*) takes from seats [start, end),
 * in the order one pick per seat would take them: by rank, ties to the first
 * seat. Written into `out`; returns how many there are (fewer when fewer
 * seats are filled). An open seat ranks NaN and is never chosen.
 */
function selectRanked(rank: Float64Array, start: number, end: number, k: number, best: boolean, out: Int32Array): number {
  let n = 0;
  for (let s = start; s < end; s++) {
    const v = rank[s] as number;
    if (v !== v) continue;
    if (n === k) {
      const last = rank[out[n - 1] as number] as number;
      // Later seats lose ties, so only a strictly better value enters a full list.
      if (best ? v <= last : v >= last) continue;
      n--;
    }
    let i = n;
    while (i > 0) {
      const w = rank[out[i - 1] as number] as number;
      if (best ? v <= w : v >= w) break;
      out[i] = out[i - 1] as number;
      i--;
    }
    out[i] = s;
    n++;
  }
  return n;
}

/** The k-th filled seat (0-based) in [start, end). */
function nthFilled(craft: Float64Array, start: number, end: number, k: number): number {
  for (let s = start; s < end; s++) if (craft[s] === craft[s] && k-- === 0) return s;
  return -1;
}

/** What one year did. */
export interface LaddersYear {
  dismissed: number;
  retired: number;
  promoted: number;
}

const chosen = new Int32Array(SEATS);

/** Advances one year: age, dismissal (below the threshold in one's seat's skill), retirement, promotions top-down, recruits. Returns what the year did (`org.year`, overwritten next year). */
export function laddersStep(org: LaddersOrganisation): LaddersYear {
  const { craft, lead, age, person, manage, groupOf, random, options, groups, open, openList } = org;
  const { strategy } = options;
  const oneSkill = options.skills === 'one';
  const commonSense = options.hypothesis === 'common-sense';
  const purpose = options.basis === 'purpose';
  const seats = craft.length;
  let dismissed = 0;
  let retired = 0;
  let promoted = 0;
  for (let s = 0; s < seats; s++) {
    const c = craft[s] as number;
    if (c !== c) continue;
    const a = (age[s] as number) + 1;
    age[s] = a;
    const out = (manage[s] ? (lead[s] as number) : c) < DISMISSAL_THRESHOLD;
    if (out) dismissed++;
    else if (a > RETIREMENT_AGE) retired++;
    else continue;
    craft[s] = NaN;
    lead[s] = NaN;
    const g = groupOf[s] as number;
    openSeat(open, openList, g, (groups[g] as Group).start, s);
  }
  // Top-down; a group with no open seat is skipped (most are, most years).
  for (let gi = 0; gi < groups.length; gi++) {
    const vacancies = open[gi] as number;
    const to = groups[gi] as Group;
    if (vacancies === 0 || to.from < 0) continue;
    const fi = to.from;
    const from = groups[fi] as Group;
    const toManage = to.track === 'manage';
    // Within a track, the track's skill; from craft into management, the basis decides.
    const rank = toManage && (purpose || from.track === 'manage') ? lead : craft;
    const fromEnd = from.start + from.size;
    let ranked = 0;
    if (strategy === 'best' || strategy === 'worst') {
      ranked = selectRanked(rank, from.start, fromEnd, vacancies, strategy === 'best', chosen);
    }
    let filled = 0;
    for (let v = 0; v < vacancies; v++) {
      const s = openList[to.start + v] as number;
      let k = -1;
      if (ranked) k = v < ranked ? (chosen[v] as number) : -1;
      else {
        let mode = strategy;
        if (mode === 'mix') mode = random.next() < MIX_P ? 'best' : 'worst';
        if (mode === 'random') {
          const count = from.size - (open[fi] as number);
          if (count > 0) k = nthFilled(craft, from.start, fromEnd, Math.floor(random.next() * count));
        } else if (selectRanked(rank, from.start, fromEnd, 1, mode === 'best', chosen)) k = chosen[0] as number;
      }
      if (k < 0) {
        // No one to promote (it never happens with these sizes): the seat stays open this year.
        openList[to.start + filled++] = s;
        continue;
      }
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
      openSeat(open, openList, fi, from.start, k);
      promoted++;
    }
    open[gi] = filled;
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi] as Group;
    const vacancies = open[gi] as number;
    if (g.from >= 0 || vacancies === 0) continue;
    for (let v = 0; v < vacancies; v++) fillSeat(org, openList[g.start + v] as number, 'paper');
    open[gi] = 0;
  }
  const year = org.year;
  year.dismissed = dismissed;
  year.retired = retired;
  year.promoted = promoted;
  return year;
}

/** Indices into the measures `laddersMeasures` writes. */
export const MEASURE = { efficiency: 0, brilliantCraft: 1, brilliantAll: 2, leadership: 3 } as const;
export const MEASURE_COUNT = 4;

/**
 * The organisation's measures in one pass, written into `out` (length
 * MEASURE_COUNT): efficiency (%), people brilliant at their craft (c ≥ 8) in
 * craft seats and in all seats, and the mean leadership competence of the
 * people in management seats.
 */
export function laddersMeasures(org: LaddersOrganisation, out: Float64Array): Float64Array {
  const { craft, lead, manage, weight } = org;
  const seats = craft.length;
  let weighted = 0;
  let brilliantCraft = 0;
  let brilliantAll = 0;
  let leadSum = 0;
  let managers = 0;
  for (let s = 0; s < seats; s++) {
    const c = craft[s] as number;
    if (c !== c) continue;
    const m = manage[s];
    const l = lead[s] as number;
    weighted += (weight[s] as number) * (m ? l : c);
    if (m) {
      leadSum += l;
      managers++;
    }
    if (c >= BRILLIANT) {
      brilliantAll++;
      if (!m) brilliantCraft++;
    }
  }
  out[MEASURE.efficiency] = (100 * weighted) / MAX_EFFICIENCY;
  out[MEASURE.brilliantCraft] = brilliantCraft;
  out[MEASURE.brilliantAll] = brilliantAll;
  out[MEASURE.leadership] = managers ? leadSum / managers : 0;
  return out;
}
