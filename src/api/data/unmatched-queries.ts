/**
 * Names the feeds sent that we could not tie to our games and players: odds events, prop players and injury
 * reports, all stored (never dropped) and listed here so a user can settle them (`sportsdata players alias`).
 */
import { z } from 'zod';
import { queryDate } from '../../core/validation/query-date.js';
import type { Db } from '../../core/db.js';
import { listUnmatchedOdds } from '../../ingest/odds/index.js';
import { listUnmatchedInjuryNames } from '../../ingest/injury/index.js';

const WEEK_MS = 7 * 24 * 3600_000;

export const unmatchedQuerySchema = z.object({ since: queryDate().optional() });

export interface UnmatchedNames {
  since: Date;
  oddsEvents: { providerEventId: string; sportKey: string; homeTeamName: string; awayTeamName: string; commenceTime: Date }[];
  propPlayers: { providerEventId: string; playerName: string; markets: number }[];
  injuryNames: { sport: string; source: string; playerName: string; team: string | null; lastReportedAt: Date | null }[];
}

/** Unmatched names since `since` (default: the last seven days; odds by kickoff, injuries by capture). */
export async function listUnmatchedNames(db: Db, since: Date | undefined, now = new Date()): Promise<UnmatchedNames> {
  const from = since ?? new Date(now.getTime() - WEEK_MS);
  const [odds, injuries] = await Promise.all([listUnmatchedOdds(db, from), listUnmatchedInjuryNames(db, from)]);
  return {
    since: from,
    oddsEvents: odds.events,
    propPlayers: odds.players,
    injuryNames: injuries.map((r) => ({ sport: r.sportCode, source: r.source, playerName: r.playerName, team: r.teamCode, lastReportedAt: r._max.reportedAt })),
  };
}
