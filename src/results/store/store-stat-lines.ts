/**
 * Stat lines and the slate results scored from them, as set-based upserts (one JSON parameter each) that the
 * caller runs in one transaction. A line is only touched when something in it changed (a stat correction).
 */
import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { storedGameDate } from '../stats/eastern-date.js';
import type { ParsedStatLine } from '../stats/types.js';

type PrismaPromise<T> = Prisma.PrismaPromise<T>;

export interface ResolvedStatLine extends ParsedStatLine { gameId: number | null; playerId: number | null }

export function upsertStatLines(db: Db, lines: ResolvedStatLine[]): PrismaPromise<number> {
  const json = JSON.stringify(lines.map((l) => ({
    sportCode: l.sport, source: l.source, sourceGameId: l.sourceGameId, sourcePlayerId: l.sourcePlayerId, playerName: l.playerName,
    teamCode: l.team, opponentCode: l.opponent, position: l.position, gameDate: storedGameDate(l.gameDate).toISOString(), season: l.season,
    week: l.week, playerId: l.playerId, gameId: l.gameId, played: l.played, stats: l.stats, rawStats: l.rawStats,
  })));
  return db.$executeRaw`
    INSERT INTO "PlayerGameStat" ("sportCode", "source", "sourceGameId", "sourcePlayerId", "playerName", "teamCode", "opponentCode", "position",
      "gameDate", "season", "week", "playerId", "gameId", "played", "stats", "rawStats", "updatedAt")
    SELECT r."sportCode", r."source", r."sourceGameId", r."sourcePlayerId", r."playerName", r."teamCode", r."opponentCode", r."position",
      r."gameDate"::timestamp, r."season", r."week", r."playerId", r."gameId", r."played", r."stats", r."rawStats", now()
    FROM json_to_recordset(${json}::json) AS r("sportCode" text, "source" text, "sourceGameId" text, "sourcePlayerId" text, "playerName" text,
      "teamCode" text, "opponentCode" text, "position" text, "gameDate" text, "season" int, "week" int, "playerId" int, "gameId" int,
      "played" bool, "stats" jsonb, "rawStats" jsonb)
    ON CONFLICT ("source", "sourceGameId", "sourcePlayerId") DO UPDATE SET
      "playerName" = EXCLUDED."playerName", "teamCode" = EXCLUDED."teamCode", "opponentCode" = EXCLUDED."opponentCode",
      "position" = EXCLUDED."position", "gameDate" = EXCLUDED."gameDate", "season" = EXCLUDED."season", "week" = EXCLUDED."week",
      "playerId" = COALESCE(EXCLUDED."playerId", "PlayerGameStat"."playerId"), "gameId" = COALESCE(EXCLUDED."gameId", "PlayerGameStat"."gameId"),
      "played" = EXCLUDED."played", "stats" = EXCLUDED."stats", "rawStats" = EXCLUDED."rawStats", "updatedAt" = now()
    WHERE ("PlayerGameStat"."playerName", "PlayerGameStat"."teamCode", "PlayerGameStat"."opponentCode", "PlayerGameStat"."position",
           "PlayerGameStat"."gameDate", "PlayerGameStat"."played", "PlayerGameStat"."stats", "PlayerGameStat"."rawStats")
      IS DISTINCT FROM (EXCLUDED."playerName", EXCLUDED."teamCode", EXCLUDED."opponentCode", EXCLUDED."position",
           EXCLUDED."gameDate", EXCLUDED."played", EXCLUDED."stats", EXCLUDED."rawStats")
       OR (EXCLUDED."playerId" IS NOT NULL AND "PlayerGameStat"."playerId" IS DISTINCT FROM EXCLUDED."playerId")
       OR (EXCLUDED."gameId" IS NOT NULL AND "PlayerGameStat"."gameId" IS DISTINCT FROM EXCLUDED."gameId")`;
}

export interface StatResultWrite {
  slatePlayerId: number;
  actualPoints: number;
  played: boolean;
  pointsSource: string;
  /** The line's natural key; null for a covered player with no line (did not play). */
  source: string | null;
  sourceGameId: string | null;
  sourcePlayerId: string | null;
}

/**
 * Results scored by the platform. A row whose points came from the site itself (standings, results CSV) keeps
 * them: the site is the authority on its own scoring; the stat line is still linked to it.
 */
export function upsertStatResults(db: Db, slateId: number, rows: StatResultWrite[]): PrismaPromise<number> {
  const json = JSON.stringify(rows);
  return db.$executeRaw`
    INSERT INTO "SlatePlayerResult" ("slatePlayerId", "slateId", "actualPoints", "played", "pointsSource", "statLineId", "updatedAt")
    SELECT r."slatePlayerId", ${slateId}, r."actualPoints", r."played", r."pointsSource", s."id", now()
    FROM json_to_recordset(${json}::json) AS r("slatePlayerId" int, "actualPoints" float8, "played" bool, "pointsSource" text,
      "source" text, "sourceGameId" text, "sourcePlayerId" text)
    LEFT JOIN "PlayerGameStat" s ON s."source" = r."source" AND s."sourceGameId" = r."sourceGameId" AND s."sourcePlayerId" = r."sourcePlayerId"
    ON CONFLICT ("slatePlayerId") DO UPDATE SET
      "actualPoints" = CASE WHEN "SlatePlayerResult"."pointsSource" LIKE 'stats:%' THEN EXCLUDED."actualPoints" ELSE "SlatePlayerResult"."actualPoints" END,
      "played" = CASE WHEN "SlatePlayerResult"."pointsSource" LIKE 'stats:%' THEN EXCLUDED."played" ELSE "SlatePlayerResult"."played" END,
      "pointsSource" = CASE WHEN "SlatePlayerResult"."pointsSource" LIKE 'stats:%' THEN EXCLUDED."pointsSource" ELSE "SlatePlayerResult"."pointsSource" END,
      "statLineId" = COALESCE(EXCLUDED."statLineId", "SlatePlayerResult"."statLineId"),
      "updatedAt" = now()
    WHERE ("SlatePlayerResult"."pointsSource" LIKE 'stats:%'
           AND ("SlatePlayerResult"."actualPoints", "SlatePlayerResult"."played", "SlatePlayerResult"."pointsSource")
               IS DISTINCT FROM (EXCLUDED."actualPoints", EXCLUDED."played", EXCLUDED."pointsSource"))
       OR (EXCLUDED."statLineId" IS NOT NULL AND "SlatePlayerResult"."statLineId" IS DISTINCT FROM EXCLUDED."statLineId")`;
}
