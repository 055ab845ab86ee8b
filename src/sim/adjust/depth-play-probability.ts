import { depthCharts } from '../correlation/depth-weight.js';
import { normalizePosition } from '../dist/outcome-profiles.js';
import type { SimSport } from '../types.js';

/** What the starter rule reads about a player. */
export interface DepthPlayer {
  team: string;
  position: string;
  salary: number;
  /** Mean when playing, after the context factors. */
  mean: number;
  /** From the injury status alone. */
  playProbability: number;
  battingOrder: number | null;
  /** The baseline is the user's own projection: how often he plays is the user's call, left alone. */
  uploaded: boolean;
  /** MLB: the site's probable-pitcher flag; null or absent when the site gives none (DraftKings files). */
  probablePitcher?: boolean | null;
}

// Positions where one player plays the whole game, with the chance a backup plays anyway (the starter hurt
// or pulled mid-game, a reliever's inning). A site average counts only games played, so a backup's average
// is a starter's (Flacco 18.9 behind Zach Wilson on DK 2022-11-20): without this he is a 100% "value" play.
// A TE has one regular too, but the second TE is on the field every week, so he is no backup here.
const BACKUP_PLAYS: Record<SimSport, Record<string, number>> = {
  NFL: { QB: 0.05, K: 0.05, DST: 0.05 },
  NHL: { G: 0.05 },
  MLB: { P: 0.05 },
  NBA: {},
};

/** Players who take the job together when it reaches them; `keep`: each keeps his own probability. */
interface Tier {
  members: number[];
  keep: boolean;
}

/**
 * Play probability per player (same order) once the depth chart is read. At a single-starter position the
 * job goes down the chart: a player plays when it is open to him (nobody above plays) and he is fit (his
 * injury probability), and at least in his backup share of games. So a healthy starter keeps his probability,
 * his backups fall to the backup share, and a starter who is out (or doubtful, 0.25) hands the job (0.75) to
 * the next man. Contenders the site prices alike share the top. The chart is the correlation code's
 * (depthCharts), read on means before injuries, so the starter stays the starter while questionable. MLB: a
 * team's probable pitchers start; a team without a flag keeps every pitcher as he was, since salary ranks a
 * rotation by quality, not by whose turn it is today.
 */
export function depthPlayProbabilities(sport: SimSport, players: readonly DepthPlayer[]): number[] {
  const probabilities = players.map((p) => p.playProbability);
  const groups = players.map((p) => normalizePosition(sport, p.position));
  const charts = depthCharts(
    sport,
    players.map((p, i) => ({ team: p.team, group: groups[i]!, salary: p.salary, expected: p.mean, battingOrder: p.battingOrder })),
  );
  for (const chart of charts) {
    const backup = BACKUP_PLAYS[sport][groups[chart.order[0]!]!];
    if (backup === undefined || chart.order.length < 2) continue;
    const tiers = sport === 'MLB' ? probableFirst(chart.order, players) : [
      { members: chart.order.slice(0, chart.contenders), keep: false },
      ...chart.order.slice(chart.contenders).map((i) => ({ members: [i], keep: false })),
    ];
    let open = 1;
    for (const { members, keep } of tiers ?? []) {
      const fit = members.map((i) => players[i]!.playProbability);
      const total = fit.reduce((a, b) => a + b, 0);
      // The chance one of the tier is fit, shared in proportion to fitness (a lone healthy starter: all of it).
      const taken = 1 - fit.reduce((a, b) => a * (1 - b), 1);
      members.forEach((i, m) => {
        if (keep || players[i]!.uploaded || total === 0) return;
        probabilities[i] = Math.max((open * taken * fit[m]!) / total, fit[m]! * backup);
      });
      open *= 1 - taken;
    }
  }
  return probabilities;
}

/**
 * A team's pitchers, the flagged probable starters first (more than one in a doubleheader, each keeping his
 * own probability), then the rest in chart order; null when the team has none flagged.
 */
function probableFirst(order: readonly number[], players: readonly DepthPlayer[]): Tier[] | null {
  const flagged = order.filter((i) => players[i]!.probablePitcher === true);
  if (flagged.length === 0) return null;
  const rest = order.filter((i) => players[i]!.probablePitcher !== true).map((i) => ({ members: [i], keep: false }));
  return [{ members: flagged, keep: true }, ...rest];
}
