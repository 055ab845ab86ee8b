import type { Db } from '../../core/db.js';

/** Stored slates of one sport and site dated from..to (US Eastern, inclusive) that have results, oldest first. */
export async function listBacktestSlates(db: Db, options: { sportCode: string; site: string; from: string; to: string }): Promise<{ slateId: number; date: string }[]> {
  return db.$queryRaw<{ slateId: number; date: string }[]>`
    SELECT s."id" AS "slateId", to_char((s."firstStartsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York', 'YYYY-MM-DD') AS date
    FROM "Slate" s JOIN "Sport" so ON so."id" = s."sportId"
    WHERE so."code" = ${options.sportCode} AND s."site" = ${options.site} AND s."firstStartsAt" IS NOT NULL
      AND to_char((s."firstStartsAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/New_York', 'YYYY-MM-DD') BETWEEN ${options.from} AND ${options.to}
      AND EXISTS (SELECT 1 FROM "SlatePlayerResult" r WHERE r."slateId" = s."id")
    ORDER BY s."firstStartsAt", s."id"`;
}
