import type { Sport } from '../../core/site-rules.js';
import type { Tx } from './tx.js';

/** Source of the alias rows seeded from the built-in team table; anything else (e.g. "manual") is a user's addition. */
export const BUILTIN_ALIAS_SOURCE = 'builtin';

/** One team of the built-in table, as stored: canonical code, names, and the lookup keys of its aliases. */
export interface TeamSeed {
  code: string;
  name: string;
  city: string | null;
  /** Already normalized lookup keys (the caller's key function), stored as TeamAlias rows. */
  aliasKeys: string[];
}

export interface SportTeams {
  sportId: number;
  /** canonical code → Team.id */
  teamIds: Map<string, number>;
}

/**
 * Makes sure the sport, its teams and their built-in aliases exist, and returns their ids. Inserts only what is
 * missing, so it is cheap to call on every import and never changes user edits.
 */
export async function ensureTeams(tx: Tx, sport: Sport, teams: readonly TeamSeed[]): Promise<SportTeams> {
  await tx.$executeRaw`INSERT INTO "Sport" ("code", "name") VALUES (${sport}, ${sport}) ON CONFLICT ("code") DO NOTHING`;
  const [sportRow] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Sport" WHERE "code" = ${sport}`;
  if (!sportRow) throw new Error(`sport ${sport} missing after insert`);
  const sportId = sportRow.id;
  await tx.$executeRaw`
    INSERT INTO "Team" ("sportId", "code", "name", "city")
    SELECT ${sportId}, t.code, t.name, t.city
    FROM unnest(${teams.map((t) => t.code)}::text[], ${teams.map((t) => t.name)}::text[], ${teams.map((t) => t.city)}::text[]) AS t(code, name, city)
    ON CONFLICT ("sportId", "code") DO NOTHING`;
  const aliasRows = teams.flatMap((t) => t.aliasKeys.map((alias) => ({ code: t.code, alias })));
  await tx.$executeRaw`
    INSERT INTO "TeamAlias" ("sportId", "teamId", "source", "alias")
    SELECT ${sportId}, tm."id", ${BUILTIN_ALIAS_SOURCE}, a.alias
    FROM unnest(${aliasRows.map((a) => a.code)}::text[], ${aliasRows.map((a) => a.alias)}::text[]) AS a(code, alias)
    JOIN "Team" tm ON tm."sportId" = ${sportId} AND tm."code" = a.code
    ON CONFLICT ("sportId", "source", "alias") DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: number; code: string }[]>`SELECT "id", "code" FROM "Team" WHERE "sportId" = ${sportId}`;
  return { sportId, teamIds: new Map(rows.map((r) => [r.code, r.id])) };
}

/** Team aliases users added (TeamAlias rows not from the built-in table): sport, stored alias key, canonical code. */
export async function loadExtraTeamAliasRows(tx: Tx): Promise<{ sport: Sport; alias: string; code: string }[]> {
  return tx.$queryRaw<{ sport: Sport; alias: string; code: string }[]>`
    SELECT s."code" AS sport, ta."alias", t."code" FROM "TeamAlias" ta
    JOIN "Team" t ON t."id" = ta."teamId" JOIN "Sport" s ON s."id" = ta."sportId"
    WHERE ta."source" <> ${BUILTIN_ALIAS_SOURCE}`;
}
