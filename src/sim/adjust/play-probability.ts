import { normalizeInjuryStatus, type InjuryStatus } from '../../core/player-status.js';

/**
 * Probability that a player with this injury status plays, keyed by the injury feed's one status vocabulary so
 * a status added there fails to compile here until it has a probability. Questionable players historically
 * suit up about three times in four (NFL), doubtful about one in four.
 */
const PLAY_PROBABILITY: Readonly<Record<InjuryStatus, number>> = {
  active: 1,
  probable: 0.95,
  questionable: 0.75,
  game_time_decision: 0.7,
  doubtful: 0.25,
  out: 0,
  injured_reserve: 0,
};

/**
 * Play probability for a status: a normalized feed status ('game_time_decision') or a raw site code ('Q',
 * 'IL60', 'None'), both read through the injury feed's normaliser. Unknown words count as healthy (a warning
 * is the caller's job, see isKnownStatus).
 */
export function playProbabilityFor(status: string | null): number {
  if (status === null) return 1;
  const normalized = normalizeInjuryStatus(status);
  return normalized === undefined ? 1 : PLAY_PROBABILITY[normalized];
}

/** True when the status is one the normaliser knows (so the caller can warn about the rest). */
export function isKnownStatus(status: string): boolean {
  return normalizeInjuryStatus(status) !== undefined;
}
