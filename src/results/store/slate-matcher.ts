/**
 * Matches the names a results file, a standings export or a box score gives to a slate's players, the way salary
 * imports match them (src/ingest/dfs match-player: normalized name + team, trades noted, ambiguity never guessed),
 * with the slate's own names, the canonical players' names and every player alias (manual aliases first).
 */
import type { Db } from '../../core/db.js';
import type { Sport } from '../../core/site-rules.js';
import { matchKey, matchPlayer, resolveTeamCode, type MatchCandidate } from '../../ingest/dfs/index.js';
import { isCaptainRow } from '../../sites/index.js';

export interface SlateRow {
  slatePlayerId: number;
  playerId: number;
  sitePlayerId: string;
  name: string;
  team: string;
  positions: string[];
  rosterPositions: string[];
  salary: number;
  gameId: number | null;
  /** A showdown captain row (CPT/MVP) that carries the multiplied points. */
  captainSlot: string | null;
}

export interface SlateMatcher {
  slateId: number;
  site: string;
  sport: Sport;
  gameType: string;
  rows: SlateRow[];
  bySiteId: Map<string, SlateRow>;
  /** Slate rows of one canonical player (a showdown player has a captain row and a plain row). */
  byPlayer: Map<number, SlateRow[]>;
  /** The canonical player a name (+ team, + position) means on this slate; an error message when ambiguous. */
  match(name: string, team: string | null, positions: string[]): { playerId: number } | { playerId: null; reason: string };
}

const MANUAL = 'manual';

export async function loadSlateMatcher(db: Db, slateId: number): Promise<SlateMatcher | null> {
  const slate = await db.slate.findUnique({ where: { id: slateId }, select: { id: true, site: true, gameType: true, sport: { select: { code: true } } } });
  if (!slate) return null;
  const sport = slate.sport.code as Sport;
  const rows = await db.$queryRaw<{ id: number; playerId: number; sitePlayerId: string; name: string; team: string; positions: string[];
    rosterPositions: string[]; salary: number; gameId: number | null; normalizedName: string }[]>`
    SELECT sp."id", sp."playerId", sp."sitePlayerId", sp."name", t."code" AS team, sp."positions", sp."rosterPositions", sp."salary",
           sp."gameId", p."normalizedName"
    FROM "SlatePlayer" sp JOIN "Team" t ON t."id" = sp."teamId" JOIN "Player" p ON p."id" = sp."playerId"
    WHERE sp."slateId" = ${slateId} ORDER BY sp."id"`;
  const aliases = await db.$queryRaw<{ playerId: number; normalizedName: string; source: string }[]>`
    SELECT pa."playerId", pa."normalizedName", pa."source" FROM "PlayerAlias" pa
    WHERE pa."playerId" IN (SELECT "playerId" FROM "SlatePlayer" WHERE "slateId" = ${slateId})`;
  const slateRows: SlateRow[] = rows.map((r) => ({
    slatePlayerId: r.id, playerId: r.playerId, sitePlayerId: r.sitePlayerId, name: r.name, team: r.team, positions: r.positions,
    rosterPositions: r.rosterPositions, salary: r.salary, gameId: r.gameId,
    captainSlot: isCaptainRow(r.rosterPositions) ? (r.rosterPositions[0] ?? null) : null,
  }));
  const byPlayer = new Map<number, SlateRow[]>();
  for (const row of slateRows) byPlayer.set(row.playerId, [...(byPlayer.get(row.playerId) ?? []), row]);
  const byKey = new Map<string, MatchCandidate[]>();
  const add = (key: string, row: SlateRow): void => {
    const list = byKey.get(key) ?? [];
    if (!list.some((c) => c.id === row.playerId)) list.push({ id: row.playerId, normalizedName: key, team: row.team, positions: row.positions });
    byKey.set(key, list);
  };
  const firstRow = new Map([...byPlayer].map(([id, list]) => [id, list[0] as SlateRow]));
  for (const r of rows) {
    const row = firstRow.get(r.playerId) as SlateRow;
    add(matchKey(r.name, r.team, r.positions), row);
    add(r.normalizedName, row);
  }
  const manual = new Map<string, number>();
  for (const a of aliases) {
    const row = firstRow.get(a.playerId);
    if (!row) continue;
    if (a.source === MANUAL) manual.set(a.normalizedName, a.playerId);
    add(a.normalizedName, row);
  }
  return {
    slateId, site: slate.site, sport, gameType: slate.gameType, rows: slateRows, byPlayer,
    bySiteId: new Map(slateRows.map((r) => [r.sitePlayerId, r])),
    match(name, team, positions) {
      const key = matchKey(name, team, positions);
      const pinned = manual.get(key);
      if (pinned !== undefined) return { playerId: pinned };
      const code = team === null ? '' : (resolveTeamCode(sport, team) ?? team.toUpperCase());
      const result = matchPlayer({ name, team: code, positions }, byKey);
      if (result.kind === 'matched') return { playerId: result.id };
      return { playerId: null, reason: result.kind === 'ambiguous' ? result.message : `no player named "${name}"${team ? ` (${team})` : ''} on slate ${slateId}` };
    },
  };
}
