import type { Db } from '../../core/db.js';
import type { BacktestSlate } from './backtest-types.js';

/**
 * Stored slates of one sport and site dated from..to (US Eastern dates, inclusive) that have results, each with
 * its rows that have one (showdown captain rows left out). Site status is the one the slate file carried.
 */
export async function loadBacktestSlates(db: Db, options: { sportCode: string; site: string; from: string; to: string }): Promise<BacktestSlate[]> {
  const rows = await db.$queryRaw<{
    slateId: number; date: string; playerId: number; name: string; team: string; opponent: string | null; gameKey: string | null;
    positions: string[]; salary: number; avgPoints: number | null; siteStatus: string | null; actual: number; played: boolean;
  }[]>`
    SELECT s."id" AS "slateId", to_char((s."firstStartsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York', 'YYYY-MM-DD') AS date,
           sp."playerId", sp."name", t."code" AS team, o."code" AS opponent,
           CASE WHEN g."id" IS NULL THEN NULL ELSE ga."code" || '@' || gh."code" END AS "gameKey",
           sp."positions", sp."salary", sp."avgPoints", sp."siteStatus", r."actualPoints" AS actual, r."played"
    FROM "SlatePlayerResult" r
    JOIN "SlatePlayer" sp ON sp."id" = r."slatePlayerId"
    JOIN "Slate" s ON s."id" = r."slateId"
    JOIN "Sport" so ON so."id" = s."sportId"
    JOIN "Team" t ON t."id" = sp."teamId"
    LEFT JOIN "Team" o ON o."id" = sp."opponentTeamId"
    LEFT JOIN "Game" g ON g."id" = sp."gameId"
    LEFT JOIN "Team" ga ON ga."id" = g."awayTeamId"
    LEFT JOIN "Team" gh ON gh."id" = g."homeTeamId"
    WHERE so."code" = ${options.sportCode} AND s."site" = ${options.site} AND s."firstStartsAt" IS NOT NULL
      AND to_char((s."firstStartsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York', 'YYYY-MM-DD') BETWEEN ${options.from} AND ${options.to}
      AND NOT (sp."rosterPositions" = ARRAY['CPT']::text[] OR sp."rosterPositions" = ARRAY['CAPTAIN']::text[])
    ORDER BY date, s."id", sp."id"`;
  const slates = new Map<number, BacktestSlate>();
  for (const r of rows) {
    const slate = slates.get(r.slateId) ?? { slateId: r.slateId, date: r.date, rows: [] };
    slate.rows.push({
      playerKey: String(r.playerId), name: r.name, team: r.team, opponent: r.opponent, gameKey: r.gameKey, positions: r.positions,
      salary: r.salary, siteAverage: r.avgPoints, status: r.siteStatus, actual: r.actual, played: r.played,
    });
    slates.set(r.slateId, slate);
  }
  return [...slates.values()];
}
