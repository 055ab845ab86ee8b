import { type GameType, type Site, type Sport } from '../../core/site-rules.js';
import { getSiteRules } from '../../sites/index.js';
import { utcTextOrNull, type Tx } from './tx.js';

export interface SlateInput {
  site: Site;
  sportId: number;
  sport: Sport;
  gameType: GameType;
  siteSlateId: string;
  name: string;
  source: string;
  siteGameTypeId: number | null;
  firstStartsAt: Date | null;
  lastStartsAt: Date | null;
  gameIds: number[];
}

/**
 * Upserts the slate on its natural key (site, siteSlateId), its roster rules (ContestGameType, from site-rules)
 * and its games. Rows already holding the same values are not touched, so a repeated import writes nothing.
 */
export async function upsertSlate(tx: Tx, input: SlateInput): Promise<{ slateId: number; created: boolean }> {
  const rules = getSiteRules(input.site, input.sport, input.gameType);
  const slots = JSON.stringify(rules.slots);
  await tx.$executeRaw`
    INSERT INTO "ContestGameType" ("site", "sportCode", "gameType", "siteGameTypeId", "salaryCap", "slots", "updatedAt")
    VALUES (${input.site}, ${input.sport}, ${input.gameType}, ${input.siteGameTypeId}, ${rules.salaryCap}, ${slots}::jsonb, now())
    ON CONFLICT ("site", "sportCode", "gameType") DO UPDATE SET
      "siteGameTypeId" = COALESCE(EXCLUDED."siteGameTypeId", "ContestGameType"."siteGameTypeId"),
      "salaryCap" = EXCLUDED."salaryCap", "slots" = EXCLUDED."slots", "updatedAt" = now()
    WHERE ("ContestGameType"."salaryCap", "ContestGameType"."slots") IS DISTINCT FROM (EXCLUDED."salaryCap", EXCLUDED."slots")
      OR (EXCLUDED."siteGameTypeId" IS NOT NULL AND "ContestGameType"."siteGameTypeId" IS DISTINCT FROM EXCLUDED."siteGameTypeId")`;
  const [cgt] = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "ContestGameType" WHERE "site" = ${input.site} AND "sportCode" = ${input.sport} AND "gameType" = ${input.gameType}`;

  const [existing] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Slate" WHERE "site" = ${input.site} AND "siteSlateId" = ${input.siteSlateId}`;
  const first = utcTextOrNull(input.firstStartsAt), last = utcTextOrNull(input.lastStartsAt);
  let slateId: number;
  if (existing) {
    slateId = existing.id;
    await tx.$executeRaw`
      UPDATE "Slate" SET "gameType" = ${input.gameType}, "contestGameTypeId" = ${cgt?.id ?? null},
        "firstStartsAt" = ${first}::timestamp(3), "lastStartsAt" = ${last}::timestamp(3), "updatedAt" = now()
      WHERE "id" = ${slateId} AND ("gameType", "contestGameTypeId", "firstStartsAt", "lastStartsAt")
        IS DISTINCT FROM (${input.gameType}, ${cgt?.id ?? null}::int, ${first}::timestamp(3), ${last}::timestamp(3))`;
  } else {
    const [row] = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Slate" ("site", "sportId", "gameType", "siteSlateId", "name", "source", "contestGameTypeId", "firstStartsAt", "lastStartsAt", "updatedAt")
      VALUES (${input.site}, ${input.sportId}, ${input.gameType}, ${input.siteSlateId}, ${input.name}, ${input.source}, ${cgt?.id ?? null},
        ${first}::timestamp(3), ${last}::timestamp(3), now())
      RETURNING "id"`;
    if (!row) throw new Error('slate insert returned no row');
    slateId = row.id;
  }
  await tx.$executeRaw`
    INSERT INTO "SlateGame" ("slateId", "gameId") SELECT ${slateId}, g FROM unnest(${input.gameIds}::int[]) AS g
    ON CONFLICT DO NOTHING`;
  return { slateId, created: !existing };
}
