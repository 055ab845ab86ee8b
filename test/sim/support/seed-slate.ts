import type { Db } from '../../../src/core/db.js';
import { createGame, createSlate } from '../../factories.js';
import type { DkRow } from './load-dk-slate.js';

/** Inserts real DK salary rows (teams, games, players, slate rows) and returns the slate. */
export async function seedDkSlate(db: Db, rows: readonly DkRow[], sport = 'NFL'): Promise<{ slateId: number; slatePlayerIds: Map<string, number> }> {
  const slate = await createSlate(db, { sport, site: 'draftkings', gameType: 'classic' });
  const sportRow = await db.sport.findUniqueOrThrow({ where: { code: sport } });
  const games = new Map<string, { id: number; homeTeamId: number; awayTeamId: number }>();
  for (const key of new Set(rows.map((r) => r.gameKey).filter((k): k is string => k !== null))) {
    const [away, home] = key.split('@') as [string, string];
    games.set(key, await createGame(db, { sport, home, away }));
  }
  const teamId = async (code: string): Promise<number> => (await db.team.findUniqueOrThrow({ where: { sportId_code: { sportId: sportRow.id, code } } })).id;
  const slatePlayerIds = new Map<string, number>();
  for (const r of rows) {
    const player = await db.player.create({ data: { sportId: sportRow.id, fullName: r.name, normalizedName: r.name.toLowerCase(), position: r.positions[0] ?? null } });
    const game = r.gameKey ? games.get(r.gameKey) : undefined;
    const sp = await db.slatePlayer.create({
      data: {
        slateId: slate.id,
        playerId: player.id,
        sitePlayerId: r.id,
        name: r.name,
        positions: r.positions,
        rosterPositions: r.rosterPositions,
        salary: r.salary,
        teamId: await teamId(r.team),
        opponentTeamId: r.opponent ? await teamId(r.opponent) : null,
        gameId: game?.id ?? null,
        avgPoints: r.avgPoints,
      },
    });
    slatePlayerIds.set(r.id, sp.id);
  }
  return { slateId: slate.id, slatePlayerIds };
}
