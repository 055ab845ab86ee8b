import type { Db } from '../../core/db.js';
import type { Site, Sport } from '../../core/site-rules.js';
import { scoreStats } from '../../results/index.js';
import type { HistoryRecord } from '../history/history-index.js';
import { captainSlotNames, getScoringTable } from '../../sites/index.js';

/** US Eastern date (YYYY-MM-DD) of a slate start: a 7 pm ET tip-off is 00:00 UTC the next day. */
export function slateDate(startsAt: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' }).format(startsAt);
}

/**
 * Stored results of one sport on one site, on slates dated strictly before `before` (YYYY-MM-DD, US Eastern):
 * one record per slate row with a result (showdown captain rows left out: their points are multiplied), keyed by
 * canonical player id, with the team he was on that day. One query; the index dedups a player on two slates of
 * one date.
 */
export async function loadHistoryRecords(db: Db, options: { sportCode: string; site: string; before: string }): Promise<HistoryRecord[]> {
  const rows = await db.$queryRaw<{ playerId: number; team: string; date: string; played: boolean; points: number }[]>`
    SELECT sp."playerId", t."code" AS team,
           to_char((s."firstStartsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York', 'YYYY-MM-DD') AS date,
           r."played", r."actualPoints" AS points
    FROM "SlatePlayerResult" r
    JOIN "SlatePlayer" sp ON sp."id" = r."slatePlayerId"
    JOIN "Slate" s ON s."id" = r."slateId"
    JOIN "Sport" so ON so."id" = s."sportId"
    JOIN "Team" t ON t."id" = sp."teamId"
    WHERE so."code" = ${options.sportCode} AND s."site" = ${options.site} AND s."firstStartsAt" IS NOT NULL
      AND to_char((s."firstStartsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York', 'YYYY-MM-DD') < ${options.before}
      AND NOT (cardinality(sp."rosterPositions") > 0 AND sp."rosterPositions" <@ ${captainSlotNames()}::text[])`;
  const fromSlates = rows.map((r) => ({ playerKey: String(r.playerId), team: r.team, date: r.date, played: r.played, points: r.points }));
  return [...fromSlates, ...(await loadStatLineRecords(db, options))];
}

/**
 * Box-score stat lines (sportsdata results import-stats) of canonical players, scored with the site's table: the
 * games of weeks no slate was stored for (nflverse weeks 1-10 before a week-11 slate). The team is the player's
 * canonical team (the site's code; a source may spell it otherwise), falling back to the line's.
 */
async function loadStatLineRecords(db: Db, options: { sportCode: string; site: string; before: string }): Promise<HistoryRecord[]> {
  let table;
  try {
    table = getScoringTable(options.site as Site, options.sportCode as Sport);
  } catch {
    return [];
  }
  const lines = await db.$queryRaw<{ playerId: number; team: string | null; date: string; played: boolean; stats: Record<string, number> }[]>`
    SELECT g."playerId", COALESCE(t."code", g."teamCode") AS team, to_char(g."gameDate", 'YYYY-MM-DD') AS date, g."played", g."stats"
    FROM "PlayerGameStat" g
    JOIN "Player" p ON p."id" = g."playerId"
    LEFT JOIN "Team" t ON t."id" = p."teamId"
    WHERE g."sportCode" = ${options.sportCode} AND to_char(g."gameDate", 'YYYY-MM-DD') < ${options.before}`;
  return lines
    .filter((l) => l.team !== null)
    .map((l) => ({ playerKey: String(l.playerId), team: l.team!, date: l.date, played: l.played, points: l.played ? scoreStats(l.stats, table) : 0 }));
}
