/**
 * Upserts SlatePlayerResult rows and the names that did not match, in one statement each (one JSON parameter:
 * a slate has hundreds of rows). A row is only touched when a value changed, so a re-import changes nothing
 * (updatedAt included) and a corrected FPTS updates its row.
 */
import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';

type PrismaPromise<T> = Prisma.PrismaPromise<T>;

export interface PlayerResultWrite {
  slatePlayerId: number;
  actualPoints: number;
  played: boolean;
  actualOwnership: number | null;
  pointsSource: string;
  statLineId: number | null;
}

export interface UnmatchedWrite {
  name: string;
  teamCode: string;
  actualPoints: number | null;
  actualOwnership: number | null;
}

export function upsertPlayerResults(db: Db, slateId: number, rows: PlayerResultWrite[]): PrismaPromise<number> {
  const json = JSON.stringify(rows);
  return db.$executeRaw`
    INSERT INTO "SlatePlayerResult" ("slatePlayerId", "slateId", "actualPoints", "played", "actualOwnership", "pointsSource", "statLineId", "updatedAt")
    SELECT r."slatePlayerId", ${slateId}, r."actualPoints", r."played", r."actualOwnership", r."pointsSource", r."statLineId", now()
    FROM json_to_recordset(${json}::json) AS r("slatePlayerId" int, "actualPoints" float8, "played" bool, "actualOwnership" float8,
      "pointsSource" text, "statLineId" int)
    ON CONFLICT ("slatePlayerId") DO UPDATE SET
      "actualPoints" = EXCLUDED."actualPoints", "played" = EXCLUDED."played",
      "actualOwnership" = COALESCE(EXCLUDED."actualOwnership", "SlatePlayerResult"."actualOwnership"),
      "pointsSource" = EXCLUDED."pointsSource", "statLineId" = COALESCE(EXCLUDED."statLineId", "SlatePlayerResult"."statLineId"),
      "updatedAt" = now()
    WHERE ("SlatePlayerResult"."actualPoints", "SlatePlayerResult"."played", "SlatePlayerResult"."pointsSource")
            IS DISTINCT FROM (EXCLUDED."actualPoints", EXCLUDED."played", EXCLUDED."pointsSource")
       OR (EXCLUDED."actualOwnership" IS NOT NULL AND "SlatePlayerResult"."actualOwnership" IS DISTINCT FROM EXCLUDED."actualOwnership")
       OR (EXCLUDED."statLineId" IS NOT NULL AND "SlatePlayerResult"."statLineId" IS DISTINCT FROM EXCLUDED."statLineId")`;
}

/** Keeps every unmatched name of this import; names of this source now matched are removed. */
export function writeUnmatched(db: Db, slateId: number, source: string, unmatched: UnmatchedWrite[], matchedNames: string[]): PrismaPromise<number>[] {
  const json = JSON.stringify(unmatched);
  return [
    db.$executeRaw`DELETE FROM "ResultUnmatchedName" WHERE "slateId" = ${slateId} AND "source" = ${source}
      AND "name" IN (SELECT json_array_elements_text(${JSON.stringify(matchedNames)}::json))`,
    db.$executeRaw`
      INSERT INTO "ResultUnmatchedName" ("slateId", "source", "name", "teamCode", "actualPoints", "actualOwnership", "updatedAt")
      SELECT ${slateId}, ${source}, r."name", r."teamCode", r."actualPoints", r."actualOwnership", now()
      FROM json_to_recordset(${json}::json) AS r("name" text, "teamCode" text, "actualPoints" float8, "actualOwnership" float8)
      ON CONFLICT ("slateId", "source", "name", "teamCode") DO UPDATE SET
        "actualPoints" = EXCLUDED."actualPoints", "actualOwnership" = EXCLUDED."actualOwnership", "updatedAt" = now()
      WHERE ("ResultUnmatchedName"."actualPoints", "ResultUnmatchedName"."actualOwnership")
              IS DISTINCT FROM (EXCLUDED."actualPoints", EXCLUDED."actualOwnership")`,
  ];
}
