import type { Db } from '../../core/db.js';
import type { HistoryRecord } from '../history/history-index.js';

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
      AND NOT (sp."rosterPositions" = ARRAY['CPT']::text[] OR sp."rosterPositions" = ARRAY['CAPTAIN']::text[])`;
  return rows.map((r) => ({ playerKey: String(r.playerId), team: r.team, date: r.date, played: r.played, points: r.points }));
}
