import type { SimSport } from '../types.js';

/** What the depth order needs to know about a player. */
export interface DepthCandidate {
  team: string;
  /** Normalized position group. */
  group: string;
  salary: number;
  /** Mean x play probability. */
  expected: number;
  battingOrder: number | null;
}

// Players per team and position group who play as regulars. NBA rotations share minutes rather than
// replace each other, so NBA has no depth order (its weights stay mean-based).
const REGULARS: Record<SimSport, Record<string, number>> = {
  NFL: { QB: 1, RB: 2, WR: 3, TE: 1, DST: 1, K: 1 },
  MLB: { P: 1, H: 9 },
  NHL: { G: 1, C: 4, W: 8, D: 6 },
  NBA: {},
};

// Weight per depth rank beyond the regulars (compounding). Where only one plays (QB, K, DST, goalie, starting
// pitcher) a backup scores only in the games the starter misses, so his points barely move with the
// starter's receivers or the opposing defence; a fourth receiver still runs routes with the starter.
const SOLE_BACKUP = 0.05;
const DEPTH_DECAY = 0.35;

// Season averages keep the games a backup started (Flacco: 18.9 at $4,900 behind Zach Wilson, 13.5 at
// $5,000, on the DK 2022-11-20 slate), while the site prices the expected starter. So among the players who
// project at least this share of the position's best, salary orders the depth chart; the rest follow by
// projection (an upload that projects a backup near zero still demotes him).
const PLAUSIBLE_SHARE = 0.5;

/** One team's candidates at one position group. */
export interface DepthChart {
  /** Indices into the candidates, highest on the depth chart first. */
  order: number[];
  /**
   * How many at the top only the projection ranks apart (plausible, unposted, same salary: NO's Dalton and
   * Winston at $5,300 on DK 2022-11-20): the site names no starter among them. 1 when the top is clear.
   */
  contenders: number;
}

/**
 * Each team's candidates at each position group. MLB hitters with a batting-order spot come first (a posted
 * lineup is the depth chart); groups the sport keeps no depth order for (NBA) stay in input order. The one
 * ordering both the correlation weights and the backups' play probabilities (adjust/depth-play-probability.ts)
 * read, so the two never disagree.
 */
export function depthCharts(sport: SimSport, candidates: readonly DepthCandidate[]): DepthChart[] {
  const groups = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const key = `${c.team}|${c.group}`;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  return [...groups.values()].map((members) => {
    if (members.length < 2 || REGULARS[sport][candidates[members[0]!]!.group] === undefined) return { order: members, contenders: 1 };
    const plausible = Math.max(...members.map((i) => candidates[i]!.expected)) * PLAUSIBLE_SHARE;
    const order = [...members].sort((x, y) => compareDepth(candidates[x]!, candidates[y]!, plausible));
    const first = candidates[order[0]!]!;
    let contenders = 1;
    while (contenders < order.length && sameStanding(first, candidates[order[contenders]!]!, plausible)) contenders++;
    return { order, contenders };
  });
}

/** Depth weight in [0, 1] per candidate: 1 for a team's regulars at his position, decaying beyond. */
export function depthWeights(sport: SimSport, candidates: readonly DepthCandidate[]): Float64Array {
  const weights = new Float64Array(candidates.length).fill(1);
  for (const { order: chart } of depthCharts(sport, candidates)) {
    const regulars = REGULARS[sport][candidates[chart[0]!]!.group];
    if (regulars === undefined || chart.length <= regulars) continue;
    const decay = regulars === 1 ? SOLE_BACKUP : DEPTH_DECAY;
    chart.forEach((i, rank) => {
      weights[i] = rank < regulars ? 1 : decay ** (rank - regulars + 1);
    });
  }
  return weights;
}

function isPlausible(c: DepthCandidate, plausible: number): boolean {
  return c.expected > 0 && c.expected >= plausible;
}

/** Negative when `a` is higher on the depth chart than `b`. */
function compareDepth(a: DepthCandidate, b: DepthCandidate, plausible: number): number {
  const postedA = a.battingOrder !== null;
  const postedB = b.battingOrder !== null;
  if (postedA !== postedB) return postedA ? -1 : 1;
  if (postedA && postedB) return a.battingOrder! - b.battingOrder!;
  const inA = isPlausible(a, plausible);
  const inB = isPlausible(b, plausible);
  if (inA !== inB) return inA ? -1 : 1;
  if (inA && a.salary !== b.salary) return b.salary - a.salary;
  return b.expected - a.expected;
}

/** True when only the projection tiebreak separates `b` from `a`, both plausible and priced alike. */
function sameStanding(a: DepthCandidate, b: DepthCandidate, plausible: number): boolean {
  return a.battingOrder === null && b.battingOrder === null && isPlausible(a, plausible) && isPlausible(b, plausible) && a.salary === b.salary;
}
