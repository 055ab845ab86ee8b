/** Finding an imported slate again by its natural key, or a DraftKings CSV slate by its draftable ids. */
import type { Tx } from './tx.js';

/** The slate stored under (site, siteSlateId) with its row and game counts, or null. */
export async function findSlateByKey(tx: Tx, site: string, siteSlateId: string): Promise<{ id: number; players: number; games: number } | null> {
  const [known] = await tx.$queryRaw<{ id: number; players: number; games: number }[]>`
    SELECT s."id",
      (SELECT count(*)::int FROM "SlatePlayer" sp WHERE sp."slateId" = s."id") AS "players",
      (SELECT count(*)::int FROM "SlateGame" sg WHERE sg."slateId" = s."id") AS "games"
    FROM "Slate" s WHERE s."site" = ${site} AND s."siteSlateId" = ${siteSlateId}`;
  return known ?? null;
}

/** The DraftKings slate holding most of these draftable ids (unique to one draft group), or null. */
export async function findSlateKeyByPlayerIds(tx: Tx, site: string, sitePlayerIds: readonly string[]): Promise<string | null> {
  const rows = await tx.$queryRaw<{ siteSlateId: string }[]>`
    SELECT s."siteSlateId" FROM "SlatePlayer" sp JOIN "Slate" s ON s."id" = sp."slateId"
    WHERE s."site" = ${site} AND sp."sitePlayerId" = ANY(${[...sitePlayerIds]}::text[]) GROUP BY s."siteSlateId" ORDER BY count(*) DESC LIMIT 1`;
  return rows[0]?.siteSlateId ?? null;
}

/** Re-keys a DraftKings slate (a CSV import's "csv-<id>" key becomes the draft group id the API knows). */
export async function rekeySlate(tx: Tx, site: string, fromKey: string, toKey: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Slate" SET "siteSlateId" = ${toKey}, "source" = 'api', "updatedAt" = now() WHERE "site" = ${site} AND "siteSlateId" = ${fromKey}`;
}

/** Which of these DraftKings draft group ids are stored slates already. */
export async function knownDkSlateKeys(tx: Tx, siteSlateIds: readonly string[]): Promise<Set<string>> {
  if (siteSlateIds.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ siteSlateId: string }[]>`
    SELECT "siteSlateId" FROM "Slate" WHERE "site" = 'draftkings' AND "siteSlateId" = ANY(${[...siteSlateIds]}::text[])`;
  return new Set(rows.map((r) => r.siteSlateId));
}
