import { utcText, type Tx } from './tx.js';

/** A slate row ready to store: team, game and canonical player ids resolved (the write shape; reads get SlateRow). */
export interface SlatePlayerInput {
  sitePlayerId: string;
  playerId: number;
  name: string;
  positions: string[];
  rosterPositions: string[];
  salary: number;
  teamId: number;
  opponentTeamId: number | null;
  gameId: number | null;
  status: string | null;
  injuryNote: string | null;
  avgPoints: number | null;
  battingOrder: number | null;
  isProbablePitcher: boolean | null;
}

export interface ExistingSlatePlayer { id: number; sitePlayerId: string; playerId: number; siteStatus: string | null }

export async function loadSlatePlayers(tx: Tx, slateId: number): Promise<Map<string, ExistingSlatePlayer>> {
  const rows = await tx.$queryRaw<ExistingSlatePlayer[]>`
    SELECT "id", "sitePlayerId", "playerId", "siteStatus" FROM "SlatePlayer" WHERE "slateId" = ${slateId}`;
  return new Map(rows.map((r) => [r.sitePlayerId, r]));
}

/**
 * Inserts new rows and updates changed ones in one statement (rows with identical values are not written).
 * A row whose site status changed gets statusChangedAt = now and a SlatePlayerStatusChange history row.
 * Returns how many rows were inserted, updated and how many statuses changed.
 */
export async function upsertSlatePlayers(tx: Tx, slateId: number, rows: SlatePlayerInput[], existing: Map<string, ExistingSlatePlayer>, now: Date):
  Promise<{ inserted: number; updated: number; statusChanges: number }> {
  if (rows.length === 0) return { inserted: 0, updated: 0, statusChanges: 0 };
  const at = utcText(now);
  // One JSON parameter instead of 14 arrays: far cheaper to bind for a thousand rows. Arrays travel joined by '|',
  // which no position or slot name contains ('/' does: FanDuel's MLB slot is "C/1B").
  const json = JSON.stringify(rows.map((r) => ({
    player: r.playerId, site_id: r.sitePlayerId, name: r.name, positions: r.positions.join('|'), slots: r.rosterPositions.join('|'),
    salary: r.salary, team: r.teamId, opponent: r.opponentTeamId, game: r.gameId, status: r.status, note: r.injuryNote,
    avg: r.avgPoints, batting: r.battingOrder, probable: r.isProbablePitcher,
  })));
  const written = await tx.$queryRaw<{ inserted: boolean }[]>`
    INSERT INTO "SlatePlayer" ("slateId", "playerId", "sitePlayerId", "name", "positions", "rosterPositions", "salary", "teamId",
      "opponentTeamId", "gameId", "siteStatus", "injuryNote", "avgPoints", "battingOrder", "isProbablePitcher", "updatedAt")
    SELECT ${slateId}, r.player, r.site_id, r.name, string_to_array(r.positions, '|'), string_to_array(r.slots, '|'), r.salary, r.team,
      r.opponent, r.game, r.status, r.note, r.avg, r.batting, r.probable, ${at}::timestamp(3)
    FROM json_to_recordset(${json}::json) AS r(player int, site_id text, name text, positions text, slots text, salary int, team int,
      opponent int, game int, status text, note text, avg float8, batting int, probable bool)
    ON CONFLICT ("slateId", "sitePlayerId") DO UPDATE SET
      "name" = EXCLUDED."name", "positions" = EXCLUDED."positions", "rosterPositions" = EXCLUDED."rosterPositions",
      "salary" = EXCLUDED."salary", "teamId" = EXCLUDED."teamId", "opponentTeamId" = EXCLUDED."opponentTeamId",
      "gameId" = EXCLUDED."gameId", "siteStatus" = EXCLUDED."siteStatus", "injuryNote" = EXCLUDED."injuryNote",
      "avgPoints" = EXCLUDED."avgPoints", "battingOrder" = EXCLUDED."battingOrder", "isProbablePitcher" = EXCLUDED."isProbablePitcher",
      "statusChangedAt" = CASE WHEN "SlatePlayer"."siteStatus" IS DISTINCT FROM EXCLUDED."siteStatus" THEN EXCLUDED."updatedAt" ELSE "SlatePlayer"."statusChangedAt" END,
      "updatedAt" = EXCLUDED."updatedAt"
    WHERE ("SlatePlayer"."name", "SlatePlayer"."positions", "SlatePlayer"."rosterPositions", "SlatePlayer"."salary", "SlatePlayer"."teamId",
        "SlatePlayer"."opponentTeamId", "SlatePlayer"."gameId", "SlatePlayer"."siteStatus", "SlatePlayer"."injuryNote", "SlatePlayer"."avgPoints",
        "SlatePlayer"."battingOrder", "SlatePlayer"."isProbablePitcher")
      IS DISTINCT FROM (EXCLUDED."name", EXCLUDED."positions", EXCLUDED."rosterPositions", EXCLUDED."salary", EXCLUDED."teamId",
        EXCLUDED."opponentTeamId", EXCLUDED."gameId", EXCLUDED."siteStatus", EXCLUDED."injuryNote", EXCLUDED."avgPoints",
        EXCLUDED."battingOrder", EXCLUDED."isProbablePitcher")
    RETURNING (xmax = 0) AS inserted`;
  const changed = rows.filter((r) => {
    const old = existing.get(r.sitePlayerId);
    return old !== undefined && old.siteStatus !== r.status;
  });
  if (changed.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "SlatePlayerStatusChange" ("slatePlayerId", "previousStatus", "status", "changedAt")
      SELECT c.id, c.previous, c.status, ${at}::timestamp(3)
      FROM unnest(${changed.map((r) => existing.get(r.sitePlayerId)?.id ?? 0)}::int[], ${changed.map((r) => existing.get(r.sitePlayerId)?.siteStatus ?? null)}::text[],
        ${changed.map((r) => r.status)}::text[]) AS c(id, previous, status)`;
  }
  const inserted = written.filter((w) => w.inserted).length;
  return { inserted, updated: written.length - inserted, statusChanges: changed.length };
}
