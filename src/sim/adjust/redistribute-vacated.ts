import { normalizePosition } from '../dist/outcome-profiles.js';
import type { SimSport } from '../types.js';

/** The fields redistribution reads and writes. */
export interface ShareHolder {
  team: string;
  position: string;
  mean: number;
  playProbability: number;
}

// Share of an absent player's expected points that teammates absorb, and who absorbs it. A QB's backup
// inherits most of the job; a receiver's targets spread over the other pass catchers; in basketball usage
// spreads over the whole rotation. MLB lineups simply swap a bat in, so nothing moves there.
const RULES: Record<SimSport, { share: number; recipients: (from: string) => string[] }> = {
  NFL: {
    share: 0.6,
    recipients: (from) => (from === 'QB' ? ['QB'] : from === 'RB' ? ['RB'] : from === 'WR' || from === 'TE' ? ['WR', 'TE'] : []),
  },
  NBA: { share: 0.7, recipients: () => ['PG', 'SG', 'SF', 'PF', 'C'] },
  NHL: { share: 0.3, recipients: (from) => (from === 'G' ? [] : [from]) },
  MLB: { share: 0, recipients: () => [] },
};

/** Most a teammate's mean can grow from absences, as a fraction of his own mean. */
const MAX_BOOST = 0.5;

/**
 * Moves the expected points of absent or doubtful players ((1 - playProbability) * mean) to healthy teammates
 * of the absorbing positions, in proportion to their own means. Returns the new means (same order) and does
 * not change the input.
 */
export function redistributeVacated(sport: SimSport, players: readonly ShareHolder[]): number[] {
  const rules = RULES[sport];
  const means = players.map((p) => p.mean);
  if (rules.share === 0) return means;
  const boosts = new Array<number>(players.length).fill(0);
  players.forEach((absent) => {
    const vacated = (1 - absent.playProbability) * absent.mean * rules.share;
    if (vacated <= 0) return;
    const groups = rules.recipients(normalizePosition(sport, absent.position));
    const recipients = players
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p !== absent && p.team === absent.team && p.playProbability >= 0.5 && p.mean > 0)
      .filter(({ p }) => groups.includes(normalizePosition(sport, p.position)));
    const total = recipients.reduce((sum, { p }) => sum + p.mean, 0);
    if (total <= 0) return;
    for (const { p, i } of recipients) boosts[i] = boosts[i]! + (vacated * p.mean) / total;
  });
  return means.map((m, i) => m + Math.min(boosts[i]!, m * MAX_BOOST));
}
