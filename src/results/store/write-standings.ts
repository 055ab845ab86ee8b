/**
 * Upserts one imported contest and all its entries in a single statement (a CTE returns the contest's id), so a
 * 10,000-entry export is one round trip and never half-written; unchanged entries are not touched.
 */
import type { Db } from '../../core/db.js';
import type { Prisma } from '../../generated/prisma/client.js';

type PrismaPromise<T> = Prisma.PrismaPromise<T>;

export interface StandingEntryWrite {
  entryKey: string;
  entryId: string | null;
  entryName: string | null;
  rank: number;
  points: number;
  lineup: string | null;
  slatePlayerIds: number[];
  unmatchedNames: string[];
}

export interface ContestWrite {
  slateId: number;
  site: string;
  contestKey: string;
  fileName: string | null;
  hasLineups: boolean;
  entries: StandingEntryWrite[];
}

export function upsertStandings(db: Db, contest: ContestWrite): PrismaPromise<number> {
  const json = JSON.stringify(contest.entries);
  return db.$executeRaw`
    WITH c AS (
      INSERT INTO "ContestStanding" ("slateId", "site", "contestKey", "fileName", "entryCount", "hasLineups", "updatedAt")
      VALUES (${contest.slateId}, ${contest.site}, ${contest.contestKey}, ${contest.fileName}, ${contest.entries.length}, ${contest.hasLineups}, now())
      ON CONFLICT ("slateId", "contestKey") DO UPDATE SET
        "entryCount" = EXCLUDED."entryCount", "hasLineups" = EXCLUDED."hasLineups",
        "updatedAt" = CASE WHEN ("ContestStanding"."entryCount", "ContestStanding"."hasLineups") IS DISTINCT FROM (EXCLUDED."entryCount", EXCLUDED."hasLineups")
                      THEN now() ELSE "ContestStanding"."updatedAt" END
      RETURNING "id"
    )
    INSERT INTO "ContestStandingEntry" ("contestStandingId", "entryKey", "entryId", "entryName", "rank", "points", "lineup", "slatePlayerIds", "unmatchedNames")
    SELECT c."id", e."entryKey", e."entryId", e."entryName", e."rank", e."points", e."lineup",
           ARRAY(SELECT json_array_elements_text(e."slatePlayerIds"))::int[], ARRAY(SELECT json_array_elements_text(e."unmatchedNames"))::text[]
    FROM c, json_to_recordset(${json}::json) AS e("entryKey" text, "entryId" text, "entryName" text, "rank" int, "points" float8, "lineup" text,
      "slatePlayerIds" json, "unmatchedNames" json)
    ON CONFLICT ("contestStandingId", "entryKey") DO UPDATE SET
      "entryId" = EXCLUDED."entryId", "entryName" = EXCLUDED."entryName", "rank" = EXCLUDED."rank", "points" = EXCLUDED."points",
      "lineup" = EXCLUDED."lineup", "slatePlayerIds" = EXCLUDED."slatePlayerIds", "unmatchedNames" = EXCLUDED."unmatchedNames"
    WHERE ("ContestStandingEntry"."rank", "ContestStandingEntry"."points", "ContestStandingEntry"."lineup", "ContestStandingEntry"."slatePlayerIds",
           "ContestStandingEntry"."unmatchedNames", "ContestStandingEntry"."entryName")
      IS DISTINCT FROM (EXCLUDED."rank", EXCLUDED."points", EXCLUDED."lineup", EXCLUDED."slatePlayerIds", EXCLUDED."unmatchedNames", EXCLUDED."entryName")`;
}
