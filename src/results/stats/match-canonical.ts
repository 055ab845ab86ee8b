/**
 * Canonical Player of each stat line (by normalized name + team, aliases included, as salary imports match), so a
 * player's history is found by playerId even for games on no stored slate. Ambiguous or unknown names stay null.
 */
import type { Db } from '../../core/db.js';
import type { Sport } from '../../core/site-rules.js';
import { matchKey, matchPlayer, type MatchCandidate } from '../../ingest/dfs/index.js';
import type { ParsedStatLine } from './types.js';

export async function matchCanonicalPlayers(db: Db, sport: Sport, lines: readonly ParsedStatLine[]): Promise<(number | null)[]> {
  if (lines.length === 0) return [];
  const keys = lines.map((l) => matchKey(l.playerName, l.team, l.position ? [l.position] : []));
  const keysJson = JSON.stringify([...new Set(keys)]);
  const rows = await db.$queryRaw<{ id: number; key: string; team: string | null; position: string | null }[]>`
    SELECT p."id", p."normalizedName" AS key, t."code" AS team, p."position"
    FROM "Player" p JOIN "Sport" s ON s."id" = p."sportId" LEFT JOIN "Team" t ON t."id" = p."teamId"
    WHERE s."code" = ${sport} AND p."normalizedName" IN (SELECT json_array_elements_text(${keysJson}::json))
    UNION ALL
    SELECT p."id", pa."normalizedName", t."code", p."position"
    FROM "PlayerAlias" pa JOIN "Player" p ON p."id" = pa."playerId" JOIN "Sport" s ON s."id" = p."sportId" LEFT JOIN "Team" t ON t."id" = p."teamId"
    WHERE s."code" = ${sport} AND pa."normalizedName" IN (SELECT json_array_elements_text(${keysJson}::json))`;
  const byKey = new Map<string, MatchCandidate[]>();
  for (const r of rows) {
    const list = byKey.get(r.key) ?? [];
    if (!list.some((c) => c.id === r.id)) list.push({ id: r.id, normalizedName: r.key, team: r.team, positions: r.position ? [r.position] : [] });
    byKey.set(r.key, list);
  }
  return lines.map((l) => {
    const result = matchPlayer({ name: l.playerName, team: l.team, positions: l.position ? [l.position] : [] }, byKey);
    return result.kind === 'matched' ? result.id : null;
  });
}
