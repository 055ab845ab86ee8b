/**
 * Canonical players (Player, PlayerAlias, PlayerExternalId): the reads and writes of resolving a slate's people.
 * The matching rules themselves (names, nicknames, team units) stay with ingest-dfs, which calls these.
 */
import { isSport, type Sport } from '../../core/site-rules.js';
import type { Tx } from './tx.js';

/** A stored player that might be the person a row names. aliasSource is set when found through a PlayerAlias. */
export interface PlayerCandidateRow { id: number; key: string; team: string | null; position: string | null; aliasSource: string | null }

/** The sport's code, when it is one we model (the matcher reads positions per sport). */
export async function loadSportCode(tx: Tx, sportId: number): Promise<Sport | undefined> {
  const [row] = await tx.$queryRaw<{ code: string }[]>`SELECT "code" FROM "Sport" WHERE "id" = ${sportId}`;
  return row && isSport(row.code) ? row.code : undefined;
}

/** externalId → Player.id for the source's stable ids already stored. */
export async function loadPlayersByExternalId(tx: Tx, source: string, externalIds: readonly string[]): Promise<Map<string, number>> {
  if (externalIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ externalId: string; playerId: number }[]>`
    SELECT "externalId", "playerId" FROM "PlayerExternalId" WHERE "source" = ${source} AND "externalId" = ANY(${[...externalIds]}::text[])`;
  return new Map(rows.map((r) => [r.externalId, r.playerId]));
}

/**
 * Candidates by normalized name (own name or alias) and, for near-miss warnings, the given teams' players of the
 * given surnames. Big lists go as one JSON parameter: binding a thousand-element array costs more than the query.
 */
export async function loadPlayerCandidates(tx: Tx, sportId: number, keys: readonly string[], surnames: readonly string[], teamIds: readonly number[]): Promise<PlayerCandidateRow[]> {
  const keysJson = JSON.stringify(keys);
  return tx.$queryRaw<PlayerCandidateRow[]>`
    SELECT p."id", p."normalizedName" AS key, t."code" AS team, p."position", NULL AS "aliasSource"
    FROM "Player" p LEFT JOIN "Team" t ON t."id" = p."teamId"
    WHERE p."sportId" = ${sportId} AND p."normalizedName" IN (SELECT json_array_elements_text(${keysJson}::json))
    UNION ALL
    SELECT p."id", pa."normalizedName", t."code", p."position", pa."source"
    FROM "PlayerAlias" pa JOIN "Player" p ON p."id" = pa."playerId" LEFT JOIN "Team" t ON t."id" = p."teamId"
    WHERE pa."sportId" = ${sportId} AND pa."normalizedName" IN (SELECT json_array_elements_text(${keysJson}::json))
    UNION ALL
    SELECT p."id", p."normalizedName", t."code", p."position", NULL
    FROM "Player" p JOIN "Team" t ON t."id" = p."teamId"
    WHERE p."sportId" = ${sportId} AND p."teamId" = ANY(${[...teamIds]}::int[])
      AND substr(p."normalizedName", strpos(p."normalizedName", ' ') + 1) IN (SELECT json_array_elements_text(${JSON.stringify(surnames)}::json))`;
}

/** A new canonical player. */
export interface NewPlayer { name: string; normalizedName: string; position: string | null; teamId: number }

/** Inserts new players and returns their ids in input order (ids drawn first, so the order is certain). */
export async function insertPlayers(tx: Tx, sportId: number, players: readonly NewPlayer[]): Promise<number[]> {
  if (players.length === 0) return [];
  const ids = (await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence('"Player"', 'id'))::int AS id FROM generate_series(1, ${players.length}::int)`).map((r) => r.id);
  await tx.$executeRaw`
    INSERT INTO "Player" ("id", "sportId", "fullName", "normalizedName", "position", "teamId", "updatedAt")
    SELECT n.id, ${sportId}, n.name, n.key, n.position, n.team, now()
    FROM json_to_recordset(${JSON.stringify(players.map((p, i) => ({ id: ids[i], name: p.name, key: p.normalizedName, position: p.position, team: p.teamId })))}::json)
      AS n(id int, name text, key text, position text, team int)`;
  return ids;
}

/**
 * Moves matched players to the team this slate gives them, unless a later slate (by date) already holds them:
 * a traded player's current team follows the latest slate, not the latest import.
 */
export async function updatePlayerTeams(tx: Tx, moves: readonly { playerId: number; teamId: number }[], slateStartsAt: Date): Promise<void> {
  if (moves.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Player" p SET "teamId" = m.team, "updatedAt" = now()
    FROM unnest(${moves.map((m) => m.playerId)}::int[], ${moves.map((m) => m.teamId)}::int[]) AS m(id, team)
    WHERE p."id" = m.id AND p."teamId" IS DISTINCT FROM m.team
      AND NOT EXISTS (
        SELECT 1 FROM "SlatePlayer" sp JOIN "Slate" s ON s."id" = sp."slateId"
        WHERE sp."playerId" = p."id" AND s."firstStartsAt" > ${slateStartsAt})`;
}

/** Records the source's stable ids of players (first writer wins). */
export async function addPlayerExternalIds(tx: Tx, source: string, ids: readonly { playerId: number; externalId: string }[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "PlayerExternalId" ("playerId", "source", "externalId")
    SELECT e.player, ${source}, e.ext FROM unnest(${ids.map((i) => i.playerId)}::int[], ${ids.map((i) => i.externalId)}::text[]) AS e(player, ext)
    ON CONFLICT ("source", "externalId") DO NOTHING`;
}
