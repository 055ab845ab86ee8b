/**
 * The migration that makes SlatePlayer.teamId / opponentTeamId relations to Team: rows that point at no Team are
 * repaired from their canonical player, opponents from their game, and a row nothing can repair stops the
 * migration with its id named. Run on a database put back in the state before it (constraints dropped).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSlatePool } from '../../src/slates/index.js';
import { createGame, createPlayer, createSlate, createTeam } from '../factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const SQL = readFileSync(join(import.meta.dirname, '../../prisma/migrations/20261202100000_slates_slate_player_team/migration.sql'), 'utf8');
const MISSING_TEAM = 900_000;

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

/** The database as it was before the migration: no constraints, no index. */
beforeEach(async () => {
  await t.db.$executeRawUnsafe('ALTER TABLE "SlatePlayer" DROP CONSTRAINT IF EXISTS "SlatePlayer_teamId_fkey"');
  await t.db.$executeRawUnsafe('ALTER TABLE "SlatePlayer" DROP CONSTRAINT IF EXISTS "SlatePlayer_opponentTeamId_fkey"');
  await t.db.$executeRawUnsafe('DROP INDEX IF EXISTS "SlatePlayer_teamId_idx"');
});

/** Runs the migration file as the app's migrator does: one multi-statement query in a transaction. */
async function runMigration(): Promise<void> {
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query(SQL);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    await client.end();
  }
}

async function insertRow(slate: { id: number }, row: { playerId: number; sitePlayerId: string; teamId: number; opponentTeamId: number | null; gameId: number | null }): Promise<number> {
  const [inserted] = await t.db.$queryRaw<{ id: number }[]>`
    INSERT INTO "SlatePlayer" ("slateId", "playerId", "sitePlayerId", "name", "positions", "rosterPositions", "salary", "teamId", "opponentTeamId", "gameId", "updatedAt")
    VALUES (${slate.id}, ${row.playerId}, ${row.sitePlayerId}, 'Someone', ARRAY['WR'], ARRAY['WR','FLEX'], 5000, ${row.teamId}, ${row.opponentTeamId}, ${row.gameId}, now())
    RETURNING "id"`;
  if (!inserted) throw new Error('no row');
  return inserted.id;
}

describe('20261202100000_slates_slate_player_team', () => {
  it('when rows point at no Team or lack an opponent, then they are backfilled and the team relations hold', async () => {
    const slate = await createSlate(t.db);
    const game = await createGame(t.db, { home: 'KC', away: 'BUF' });
    const player = await createPlayer(t.db);
    await t.db.player.update({ where: { id: player.id }, data: { teamId: game.homeTeamId } });
    // A team id that never existed (repaired from the canonical player); an opponent that never existed (cleared).
    const orphan = await insertRow(slate, { playerId: player.id, sitePlayerId: 'a', teamId: MISSING_TEAM, opponentTeamId: MISSING_TEAM + 1, gameId: null });
    // A row with its game but no opponent: the game's other team.
    const noOpponent = await insertRow(slate, { playerId: player.id, sitePlayerId: 'b', teamId: game.awayTeamId, opponentTeamId: null, gameId: game.id });

    await runMigration();

    const rows = await t.db.slatePlayer.findMany({ where: { slateId: slate.id }, include: { team: true, opponentTeam: true }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.id, r.team.code, r.opponentTeam?.code ?? null])).toEqual([[orphan, 'KC', null], [noOpponent, 'BUF', 'KC']]);
    const pool = await loadSlatePool(t.db, slate.id);
    expect(pool?.rows.map((r) => [r.team, r.opponent, r.gameKey])).toEqual([['KC', null, null], ['BUF', 'KC', 'BUF@KC']]);
    // The constraint now refuses a team that does not exist.
    await expect(insertRow(slate, { playerId: player.id, sitePlayerId: 'c', teamId: MISSING_TEAM, opponentTeamId: null, gameId: null }))
      .rejects.toThrow(/SlatePlayer_teamId_fkey|foreign key/i);
    await t.db.slatePlayer.deleteMany({ where: { slateId: slate.id } });
  });

  it('when a row\'s team cannot be repaired, then the migration stops naming the row and changes nothing', async () => {
    const slate = await createSlate(t.db, { siteSlateId: 'orphans' });
    const player = await createPlayer(t.db, { fullName: 'No Team' });
    const team = await createTeam(t.db, { code: 'NYJ' });
    const bad = await insertRow(slate, { playerId: player.id, sitePlayerId: 'x', teamId: MISSING_TEAM, opponentTeamId: team.id, gameId: null });

    await expect(runMigration()).rejects.toThrow(new RegExp(`SlatePlayer rows ${bad} have a teamId with no Team row`));
    const [constraints] = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_constraint WHERE conname IN ('SlatePlayer_teamId_fkey', 'SlatePlayer_opponentTeamId_fkey')`;
    expect(constraints?.n).toBe(0);
    expect((await t.db.slatePlayer.findUniqueOrThrow({ where: { id: bad } })).teamId).toBe(MISSING_TEAM);
  });
});
