/**
 * Games on stored slates that should be over (kickoff + the sport's usual length has passed, within the lookback)
 * and hold no stat line from their box-score provider yet: what a poll fetches.
 */
import type { Db } from '../../core/db.js';

/** Hours after the start by which a game has nearly always ended. */
export const GAME_HOURS: Record<string, number> = { NFL: 3.75, NBA: 3, NHL: 3, MLB: 4 };

export interface EndedGame { gameId: number; sport: string; startsAt: Date; home: string; away: string; homeName: string; awayName: string }

export async function findEndedGames(db: Db, now: Date, lookbackHours: number): Promise<EndedGame[]> {
  const from = new Date(now.getTime() - lookbackHours * 3600_000);
  const rows = await db.$queryRaw<{ gameId: number; sport: string; startsAt: Date; home: string; away: string; homeName: string; awayName: string }[]>`
    SELECT g."id" AS "gameId", s."code" AS sport, g."startsAt", h."code" AS home, a."code" AS away, h."name" AS "homeName", a."name" AS "awayName"
    FROM "Game" g JOIN "Sport" s ON s."id" = g."sportId"
    JOIN "Team" h ON h."id" = g."homeTeamId" JOIN "Team" a ON a."id" = g."awayTeamId"
    WHERE g."startsAt" >= ${from} AND g."startsAt" < ${now}
      AND EXISTS (SELECT 1 FROM "SlateGame" sg WHERE sg."gameId" = g."id")
      AND NOT EXISTS (SELECT 1 FROM "PlayerGameStat" st WHERE st."gameId" = g."id" AND st."source" IN ('espn', 'mlb'))
    ORDER BY g."startsAt", g."id"`;
  return rows.filter((r) => GAME_HOURS[r.sport] !== undefined && r.startsAt.getTime() + (GAME_HOURS[r.sport] as number) * 3600_000 <= now.getTime());
}
