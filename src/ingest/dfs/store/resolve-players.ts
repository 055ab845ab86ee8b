import { isSport, type Sport } from '../../../core/site-rules.js';
import { alternativeKeys, matchKey, matchPlayer, type MatchCandidate } from '../match-player.js';
import type { Tx } from './tx.js';

/** One real person of a slate (showdown CPT and FLEX rows are one person) that has no SlatePlayer row yet. */
export interface PersonInput {
  playerKey: string;
  name: string;
  team: string;
  teamId: number;
  positions: string[];
  /** The site's stable player id (DK playerId from the API, FanDuel's player id); CSV draftable ids are per slate. */
  externalId: string | null;
}

export interface ResolvedPlayers {
  playerIds: Map<string, number>;
  created: number;
  matched: number;
  warnings: string[];
}

/** Source name under which manual player aliases are stored; they win over every automatic match. */
export const MANUAL_ALIAS_SOURCE = 'manual';

/**
 * Finds or creates the canonical Player of each person: by the site's stable id, then a manual alias, then
 * normalized name + team (match-player.ts). Ambiguous names create a new player and are reported; a canonical
 * player is never given to two people of the same slate.
 */
export async function resolvePlayers(
  tx: Tx, sportId: number, source: string, persons: PersonInput[],
  /** When the imported slate plays: an older file imported late must not move players back to old teams. */
  slateStartsAt: Date,
): Promise<ResolvedPlayers> {
  const result: ResolvedPlayers = { playerIds: new Map(), created: 0, matched: 0, warnings: [] };
  if (persons.length === 0) return result;
  // The sport decides which positions are team units (NFL "D" is a defense, NHL "D" a defenseman).
  const sport = await sportCode(tx, sportId);
  const keys = persons.map((p) => matchKey(p.name, p.team, p.positions, undefined, sport));
  const externalIds = persons.map((p) => p.externalId).filter((x): x is string => x !== null);
  const byExternal = new Map(externalIds.length === 0 ? [] : (await tx.$queryRaw<{ externalId: string; playerId: number }[]>`
    SELECT "externalId", "playerId" FROM "PlayerExternalId" WHERE "source" = ${source} AND "externalId" = ANY(${externalIds}::text[])`)
    .map((r) => [r.externalId, r.playerId]));
  // Big lists go as one JSON parameter: binding a thousand-element array costs more than the query. Candidates are the
  // names themselves, their nickname forms ("willy x" → "guillermo x"), and the same team's players of the same
  // surname (near misses are warned about, not matched).
  const keysJson = JSON.stringify([...new Set(keys.flatMap((k) => [k, ...alternativeKeys(k)]))]);
  const surnames = [...new Set(keys.map((k) => k.slice(k.indexOf(' ') + 1)).filter((s) => s !== '' && !s.endsWith('defense')))];
  const teamIds = [...new Set(persons.map((p) => p.teamId))];
  const rows = await tx.$queryRaw<{ id: number; key: string; team: string | null; position: string | null; aliasSource: string | null }[]>`
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
    WHERE p."sportId" = ${sportId} AND p."teamId" = ANY(${teamIds}::int[])
      AND substr(p."normalizedName", strpos(p."normalizedName", ' ') + 1) IN (SELECT json_array_elements_text(${JSON.stringify(surnames)}::json))`;
  const manual = new Map<string, number>();
  const byKey = new Map<string, MatchCandidate[]>();
  for (const r of rows) {
    if (r.aliasSource === MANUAL_ALIAS_SOURCE) manual.set(r.key, r.id);
    const list = byKey.get(r.key) ?? [];
    if (!list.some((c) => c.id === r.id)) list.push({ id: r.id, normalizedName: r.key, team: r.team, positions: r.position ? [r.position] : [] });
    byKey.set(r.key, list);
  }

  const claimed = new Set<number>();
  const pending: { person: PersonInput; key: string; id: number | null; note: string | null }[] = persons.map((person, i) => {
    const key = keys[i] ?? '';
    const direct = (person.externalId ? byExternal.get(person.externalId) : undefined) ?? manual.get(key);
    if (direct !== undefined) return { person, key, id: direct, note: null };
    const match = matchPlayer({ name: person.name, team: person.team, positions: person.positions, ...(sport ? { sport } : {}) }, byKey);
    if (match.kind === 'ambiguous') result.warnings.push(`${match.message} (created a new player)`);
    if (match.kind === 'none' && match.nearMiss) result.warnings.push(`${match.nearMiss} (created a new player)`);
    return match.kind === 'matched' ? { person, key, id: match.id, note: match.note } : { person, key, id: null, note: null };
  });
  // Exact matches (same team, stable id) claim first, so a same-name player on another team cannot take them.
  for (const p of [...pending.filter((x) => x.note === null), ...pending.filter((x) => x.note !== null)]) {
    if (p.id === null) continue;
    if (claimed.has(p.id)) { p.id = null; continue; }
    claimed.add(p.id);
    if (p.note) result.warnings.push(p.note);
  }

  const fresh = pending.filter((p) => p.id === null);
  if (fresh.length > 0) {
    const ids = await tx.$queryRaw<{ id: number }[]>`
      SELECT nextval(pg_get_serial_sequence('"Player"', 'id'))::int AS id FROM generate_series(1, ${fresh.length}::int)`;
    fresh.forEach((p, i) => { p.id = ids[i]?.id ?? null; });
    await tx.$executeRaw`
      INSERT INTO "Player" ("id", "sportId", "fullName", "normalizedName", "position", "teamId", "updatedAt")
      SELECT n.id, ${sportId}, n.name, n.key, n.position, n.team, now()
      FROM json_to_recordset(${JSON.stringify(fresh.map((p) => ({ id: p.id, name: p.person.name, key: p.key, position: p.person.positions[0] ?? null, team: p.person.teamId })))}::json)
        AS n(id int, name text, key text, position text, team int)`;
  }
  const matched = pending.filter((p) => p.id !== null && !fresh.includes(p));
  if (matched.length > 0) {
    // A traded player's current team follows the latest slate by date, not the latest import.
    await tx.$executeRaw`
      UPDATE "Player" p SET "teamId" = m.team, "updatedAt" = now()
      FROM unnest(${matched.map((p) => p.id ?? 0)}::int[], ${matched.map((p) => p.person.teamId)}::int[]) AS m(id, team)
      WHERE p."id" = m.id AND p."teamId" IS DISTINCT FROM m.team
        AND NOT EXISTS (
          SELECT 1 FROM "SlatePlayer" sp JOIN "Slate" s ON s."id" = sp."slateId"
          WHERE sp."playerId" = p."id" AND s."firstStartsAt" > ${slateStartsAt})`;
  }
  const withExternal = pending.filter((p) => p.person.externalId !== null);
  if (withExternal.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "PlayerExternalId" ("playerId", "source", "externalId")
      SELECT e.player, ${source}, e.ext FROM unnest(${withExternal.map((p) => p.id ?? 0)}::int[], ${withExternal.map((p) => p.person.externalId ?? '')}::text[]) AS e(player, ext)
      ON CONFLICT ("source", "externalId") DO NOTHING`;
  }
  for (const p of pending) if (p.id !== null) result.playerIds.set(p.person.playerKey, p.id);
  result.created = fresh.length;
  result.matched = matched.length;
  return result;
}

async function sportCode(tx: Tx, sportId: number): Promise<Sport | undefined> {
  const [row] = await tx.$queryRaw<{ code: string }[]>`SELECT "code" FROM "Sport" WHERE "id" = ${sportId}`;
  return row && isSport(row.code) ? row.code : undefined;
}
