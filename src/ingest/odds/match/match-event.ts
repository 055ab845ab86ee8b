import type { OddsEvent } from '../api/parse-odds-events.js';

/** One of our games that an odds event may be. Team codes are canonical (DraftKings). */
export interface GameCandidate<TId> {
  id: TId;
  homeTeam: string;
  awayTeam: string;
  startsAt: Date;
}

/** Result of matching one odds event to our games. */
export type EventMatch<TId> =
  | { status: 'matched'; gameId: TId; homeCode: string; awayCode: string; /** provider lists home/away the other way round (neutral site) */ swapped: boolean }
  | { status: 'unmatched'; reason: string; homeCode: string | null; awayCode: string | null };

/**
 * Kickoffs in a feed drift (in-play events carry the actual start, schedules get flexed), but the same
 * two teams do not meet twice within this window except MLB doubleheaders, which the closest kickoff settles.
 */
export const KICKOFF_TOLERANCE_HOURS = 12;

/**
 * Matches an event by its teams (full names → our codes via `resolveTeam`) and kickoff.
 * Prefers the provider's home/away orientation; falls back to swapped teams for neutral-site listings.
 */
export function matchEvent<TId>(
  event: OddsEvent,
  resolveTeam: (name: string) => string | null,
  games: readonly GameCandidate<TId>[],
): EventMatch<TId> {
  const homeCode = resolveTeam(event.homeTeam);
  const awayCode = resolveTeam(event.awayTeam);
  if (!homeCode || !awayCode) {
    const unknown = [!homeCode ? event.homeTeam : null, !awayCode ? event.awayTeam : null].filter(Boolean).join(', ');
    return { status: 'unmatched', reason: `unknown team name: ${unknown}`, homeCode, awayCode };
  }
  const distance = (g: GameCandidate<TId>): number => Math.abs(g.startsAt.getTime() - event.commenceTime.getTime());
  const within = games.filter((g) => distance(g) <= KICKOFF_TOLERANCE_HOURS * 3_600_000);
  const pick = (swapped: boolean): GameCandidate<TId> | undefined =>
    within
      .filter((g) => (swapped ? g.homeTeam === awayCode && g.awayTeam === homeCode : g.homeTeam === homeCode && g.awayTeam === awayCode))
      .sort((a, b) => distance(a) - distance(b))[0];
  const straight = pick(false);
  if (straight) return { status: 'matched', gameId: straight.id, homeCode, awayCode, swapped: false };
  const swapped = pick(true);
  if (swapped) return { status: 'matched', gameId: swapped.id, homeCode, awayCode, swapped: true };
  return {
    status: 'unmatched',
    reason: `no game ${awayCode}@${homeCode} within ${KICKOFF_TOLERANCE_HOURS}h of ${event.commenceTime.toISOString()}`,
    homeCode,
    awayCode,
  };
}
