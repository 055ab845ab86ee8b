import { normalizePosition } from '../dist/outcome-profiles.js';
import { HISTORY_MODELS } from '../history/fitted-history-model.js';
import type { SimSport } from '../types.js';

/** The fields redistribution reads and writes. */
export interface ShareHolder {
  team: string;
  position: string;
  mean: number;
  playProbability: number;
  /** Adjustment notes; an 'availability' note is the part of the play probability read from stored results. */
  notes?: readonly { kind: string; factor: number }[];
}

/**
 * The part of his play probability the stored results gave (1 when none). The history baselines of his teammates
 * come from games in which he sat at about this rate, so they already hold that share of what his absence gives.
 */
function historyAvailability(p: ShareHolder): number {
  return p.notes?.find((n) => n.kind === 'availability')?.factor ?? 1;
}

// Share of an absent player's expected points that teammates absorb, and who absorbs it. A receiver's targets
// spread over the other pass catchers; in basketball usage spreads over the whole rotation. MLB lineups simply
// swap a bat in, so nothing moves there. Single-starter positions (QB, K, DST, goalie, pitcher) move no share:
// the next man on the depth chart takes the job itself (depth-play-probability.ts) and his own average is
// already what he scores as a starter. Where the history fit measured what teammates really gained
// (fitted-history-model.ts vacatedShare), the measured share is used.
const HAND_SET_RULES: Record<SimSport, { share: number; recipients: (from: string) => string[] }> = {
  NFL: {
    share: 0.6,
    recipients: (from) => (from === 'RB' ? ['RB'] : from === 'WR' || from === 'TE' ? ['WR', 'TE'] : []),
  },
  NBA: { share: 0.7, recipients: () => ['PG', 'SG', 'SF', 'PF', 'C'] },
  NHL: { share: 0.3, recipients: (from) => (from === 'G' ? [] : [from]) },
  MLB: { share: 0, recipients: () => [] },
};
const RULES = Object.fromEntries(
  Object.entries(HAND_SET_RULES).map(([sport, rule]) => [sport, { ...rule, share: HISTORY_MODELS[sport as SimSport].vacatedShare ?? rule.share }]),
) as typeof HAND_SET_RULES;

/** Most a teammate's mean can grow from absences, as a fraction of his own mean. */
const MAX_BOOST = 0.5;

/** In the sims where `from` does not play, `to` scores (1 + factor) times his draw; where he plays, (1 + playsFactor). */
export interface ConditionalBoost {
  from: number;
  to: number;
  factor: number;
  /** Negative or absent (0): takes back what `to`'s history baseline already holds of `from`'s usual absences. */
  playsFactor?: number;
}

/** Teammates absorbing `absent`'s share, with the points each gets when he is fully out. */
function shares(sport: SimSport, players: readonly ShareHolder[], absent: ShareHolder, freed = historyAvailability(absent)): { i: number; points: number }[] {
  const rules = RULES[sport];
  const groups = rules.recipients(normalizePosition(sport, absent.position));
  const recipients = players
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p !== absent && p.team === absent.team && p.playProbability >= 0.5 && p.mean > 0)
    .filter(({ p }) => groups.includes(normalizePosition(sport, p.position)));
  const total = recipients.reduce((sum, { p }) => sum + p.mean, 0);
  if (total <= 0) return [];
  // An out player frees the share of his points beyond his usual absences (`freed` = his history availability):
  // the rest is already in his teammates' history baselines. Conditional boosts take the whole share, centred.
  const vacated = absent.mean * rules.share * freed;
  return recipients.map(({ p, i }) => ({ i, points: (vacated * p.mean) / total }));
}

/**
 * Moves the expected points of players who are out (playProbability 0) to healthy teammates of the absorbing
 * positions, in proportion to their own means (at most +50% each). Returns the new means (same order) and
 * does not change the input. Questionable players are handled per simulation instead (conditionalBoosts).
 */
export function redistributeVacated(sport: SimSport, players: readonly ShareHolder[]): number[] {
  const means = players.map((p) => p.mean);
  if (RULES[sport].share === 0) return means;
  const boosts = new Array<number>(players.length).fill(0);
  for (const absent of players) {
    if (absent.playProbability > 0 || absent.mean <= 0) continue;
    for (const { i, points } of shares(sport, players, absent)) boosts[i] = boosts[i]! + points;
  }
  return means.map((m, i) => m + Math.min(boosts[i]!, m * MAX_BOOST));
}

/**
 * For players who may or may not play (0 < p < 1): the multiplicative boost each absorbing teammate gets in
 * the sims where the player sits, so such teammates boom together with the news. Where the doubt comes from
 * the stored results (his availability a < 1), the teammate's history baseline already holds his usual absences:
 * the boost is centred (x 1/(1 + f(1 - a)) when he plays, x (1 + f)/(1 + f(1 - a)) when he sits), so it adds the
 * correlation and no points on average. Doubt from a status alone (a = 1) adds (1 - p) x share as expected gain.
 */
export function conditionalBoosts(sport: SimSport, players: readonly ShareHolder[]): ConditionalBoost[] {
  if (RULES[sport].share === 0) return [];
  const out: ConditionalBoost[] = [];
  players.forEach((absent, from) => {
    if (absent.playProbability <= 0 || absent.playProbability >= 1 || absent.mean <= 0) return;
    const usualAbsence = 1 - historyAvailability(absent);
    for (const { i, points } of shares(sport, players, absent, 1)) {
      const factor = Math.min(points / players[i]!.mean, MAX_BOOST);
      if (usualAbsence <= 0) {
        out.push({ from, to: i, factor });
        continue;
      }
      const centre = 1 / (1 + factor * usualAbsence);
      out.push({ from, to: i, factor: (1 + factor) * centre - 1, playsFactor: centre - 1 });
    }
  });
  return out;
}
