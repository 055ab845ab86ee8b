import type { Db } from '../../../core/db.js';
import type { OddsEvent } from '../api/parse-odds-events.js';
import { ODDS_PROVIDER, utcText } from './sql-values.js';

/** Transaction client or the client itself: both run raw statements. */
export type Tx = Pick<Db, '$queryRaw' | '$executeRaw'>;

/** Our row for a provider event. */
export interface StoredEvent {
  id: number;
  providerEventId: string;
  gameId: number | null;
}

/**
 * Inserts new events and refreshes kickoff/team names of known ones (a flexed kickoff moves),
 * in one statement. Returns our row per provider event id.
 */
export async function upsertOddsEvents(tx: Tx, events: readonly OddsEvent[], now: Date): Promise<Map<string, StoredEvent>> {
  const unique = [...new Map(events.map((e) => [e.id, e])).values()];
  if (unique.length === 0) return new Map();
  await tx.$executeRaw`
    INSERT INTO "OddsEvent" ("provider", "providerEventId", "sportKey", "homeTeamName", "awayTeamName", "commenceTime", "updatedAt")
    SELECT ${ODDS_PROVIDER}, e.id, e.sport, e.home, e.away, e.commence, ${utcText(now)}::timestamp(3)
    FROM unnest(
      ${unique.map((e) => e.id)}::text[], ${unique.map((e) => e.sportKey)}::text[],
      ${unique.map((e) => e.homeTeam)}::text[], ${unique.map((e) => e.awayTeam)}::text[],
      ${unique.map((e) => utcText(e.commenceTime))}::timestamp(3)[]
    ) AS e(id, sport, home, away, commence)
    ON CONFLICT ("provider", "providerEventId") DO UPDATE SET
      "sportKey" = EXCLUDED."sportKey", "homeTeamName" = EXCLUDED."homeTeamName",
      "awayTeamName" = EXCLUDED."awayTeamName", "commenceTime" = EXCLUDED."commenceTime",
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE ("OddsEvent"."sportKey", "OddsEvent"."homeTeamName", "OddsEvent"."awayTeamName", "OddsEvent"."commenceTime")
      IS DISTINCT FROM (EXCLUDED."sportKey", EXCLUDED."homeTeamName", EXCLUDED."awayTeamName", EXCLUDED."commenceTime")`;
  const stored = await tx.$queryRaw<StoredEvent[]>`
    SELECT "id", "providerEventId", "gameId" FROM "OddsEvent"
    WHERE "provider" = ${ODDS_PROVIDER} AND "providerEventId" = ANY(${unique.map((e) => e.id)}::text[])`;
  return new Map(stored.map((row) => [row.providerEventId, row]));
}
