/**
 * A small NFL DraftKings slate with everything the dashboard shows: two games with line history and weather,
 * players with a simulated projection set (percentiles), an injury, a lineup set with a lineup needing a swap.
 */
import type { Db } from '../../src/core/db.js';
import { createGame, createSlate, createSlatePlayer } from '../factories.js';

export interface SeededSlate {
  slateId: number;
  projectionSetId: number;
  players: { id: number; sitePlayerId: string; name: string }[];
  gameId: number;
}

const hoursAgo = (h: number): Date => new Date(Date.now() - h * 3600_000);

export async function seedSlate(db: Db, options: { userId: number; name?: string } ): Promise<SeededSlate> {
  const game = await createGame(db, { home: 'BAL', away: 'KC' });
  const game2 = await createGame(db, { home: 'BUF', away: 'MIA' });
  const slate = await createSlate(db, { sport: 'NFL', site: 'draftkings' });
  await db.slate.update({ where: { id: slate.id }, data: { name: options.name ?? 'Main (Sun)' } });
  await db.slateGame.createMany({ data: [{ slateId: slate.id, gameId: game.id }, { slateId: slate.id, gameId: game2.id }] });
  const roster: { name: string; pos: string; salary: number; team: 'home' | 'away'; g: typeof game; status?: string; mean: number }[] = [
    { name: 'Patrick Mahomes', pos: 'QB', salary: 7400, team: 'away', g: game, mean: 22.4 },
    { name: 'Lamar Jackson', pos: 'QB', salary: 8100, team: 'home', g: game, mean: 24.9 },
    { name: 'Travis Kelce', pos: 'TE', salary: 6200, team: 'away', g: game, mean: 14.1, status: 'Q' },
    { name: 'Derrick Henry', pos: 'RB', salary: 7800, team: 'home', g: game, mean: 19.5 },
    { name: 'Zay Flowers', pos: 'WR', salary: 5900, team: 'home', g: game, mean: 13.2 },
    { name: 'Rashee Rice', pos: 'WR', salary: 6000, team: 'away', g: game, mean: 15.0, status: 'O' },
    { name: 'Josh Allen', pos: 'QB', salary: 8200, team: 'home', g: game2, mean: 25.3 },
    { name: "De'Von Achane", pos: 'RB', salary: 7200, team: 'away', g: game2, mean: 17.8 },
    { name: 'Tyreek Hill', pos: 'WR', salary: 7600, team: 'away', g: game2, mean: 16.4 },
    { name: 'Ravens ', pos: 'DST', salary: 3200, team: 'home', g: game, mean: 7.1 },
  ];
  const set = await db.projectionSet.create({ data: { slateId: slate.id, name: 'Sim 10k', source: 'simulation' } });
  const players: SeededSlate['players'] = [];
  for (const r of roster) {
    const teamId = r.team === 'home' ? r.g.homeTeamId : r.g.awayTeamId;
    const opp = r.team === 'home' ? r.g.awayTeamId : r.g.homeTeamId;
    const sp = await createSlatePlayer(db, slate, {
      name: r.name.trim(), positions: [r.pos], rosterPositions: [r.pos, ...(r.pos === 'QB' || r.pos === 'DST' ? [] : ['FLEX'])],
      salary: r.salary, teamId, gameId: r.g.id, siteStatus: r.status ?? null,
    });
    await db.slatePlayer.update({ where: { id: sp.id }, data: { opponentTeamId: opp, ...(r.status ? { injuryNote: 'Ankle' } : {}) } });
    const sd = r.mean * 0.45;
    await db.projection.create({
      data: {
        projectionSetId: set.id, slatePlayerId: sp.id, mean: r.mean, median: r.mean * 0.95, sd,
        p10: Math.max(0, r.mean - 1.28 * sd), p25: r.mean - 0.67 * sd, p75: r.mean + 0.67 * sd, p90: r.mean + 1.28 * sd, p99: r.mean + 2.6 * sd,
        ceiling: r.mean + 1.28 * sd, ownership: Math.min(0.45, r.salary / 40_000), boomProb: 0.18, boom4xProb: 0.3, bustProb: 0.3,
      },
    });
    players.push({ id: sp.id, sitePlayerId: sp.sitePlayerId, name: sp.name });
  }
  // Line history: the total moved up twice, the home side took the money.
  for (const [h, total, spread] of [[30, 46.5, -2.5], [12, 47.5, -3], [2, 48.5, -3.5]] as const) {
    await db.gameLine.create({ data: { gameId: game.id, capturedAt: hoursAgo(h), bookCount: 8, total, homeSpread: spread, homeImpliedTotal: (total - spread) / 2, awayImpliedTotal: (total + spread) / 2, homeWinProb: 0.6, awayWinProb: 0.4 } });
  }
  await db.weatherForecast.create({ data: { gameId: game.id, provider: 'nws', isIndoor: false, temperatureF: 41, windSpeedMph: 18, windGustMph: 26, windRelative: 'in from CF', precipProbability: 55 } });
  await db.weatherForecast.create({ data: { gameId: game2.id, provider: 'open-meteo', isIndoor: true } });
  return { slateId: slate.id, projectionSetId: set.id, players, gameId: game.id };
}

/** A finished lineup set of `userId` with two lineups; the second holds the player ruled out. */
export async function seedLineupSet(db: Db, seeded: SeededSlate, userId: number): Promise<number> {
  const set = await db.lineupSet.create({
    data: { slateId: seeded.slateId, userId, projectionSetId: seeded.projectionSetId, status: 'completed', requested: 2, progress: 1, rules: { lineups: 2, exposure: { maxPlayer: 0.6 } }, finishedAt: new Date() },
  });
  const pick = (names: string[]) => names.map((n) => seeded.players.find((p) => p.name === n)!);
  const lineups = [
    pick(['Patrick Mahomes', 'Derrick Henry', 'Travis Kelce', 'Zay Flowers']),
    pick(['Josh Allen', "De'Von Achane", 'Rashee Rice', 'Tyreek Hill']),
  ];
  for (const [i, players] of lineups.entries()) {
    await db.lineup.create({
      data: {
        lineupSetId: set.id, index: i + 1, salary: 27_300 + i * 1000, projection: 70.2 - i * 3, ownership: 0.8,
        needsSwap: i === 1, swapReason: i === 1 ? 'Rashee Rice is OUT' : null,
        players: { create: players.map((p, slot) => ({ slot, slotName: ['QB', 'RB', 'FLEX', 'WR'][slot] ?? 'UTIL', slatePlayerId: p.id })) },
      },
    });
  }
  return set.id;
}

/**
 * A DraftKings NFL classic slate deep enough for the real optimizer: two games, each team with QB, 2 RB, 3 WR,
 * TE and DST, and a projection set for every row. Salaries fall with depth so a lineup fits under the cap.
 */
export async function seedOptimizableSlate(db: Db): Promise<{ slateId: number; projectionSetId: number; outPlayer: string }> {
  const games = [await createGame(db, { home: 'PHI', away: 'DAL' }), await createGame(db, { home: 'SF', away: 'SEA' })];
  const slate = await createSlate(db, { sport: 'NFL', site: 'draftkings' });
  await db.slate.update({ where: { id: slate.id }, data: { name: 'Sunday Night Showcase' } });
  await db.slateGame.createMany({ data: games.map((g) => ({ slateId: slate.id, gameId: g.id })) });
  const set = await db.projectionSet.create({ data: { slateId: slate.id, name: 'Model A', source: 'simulation' } });
  const depth: [string, number, number][] = [['QB', 7000, 21], ['RB', 7200, 17], ['RB', 5200, 11], ['WR', 7600, 18], ['WR', 5800, 13], ['WR', 4000, 9], ['TE', 5000, 10], ['DST', 3000, 7]];
  let outPlayer = '';
  let n = 0;
  for (const g of games) {
    for (const [side, teamId, oppId, code] of [['home', g.homeTeamId, g.awayTeamId, g.homeTeam.code], ['away', g.awayTeamId, g.homeTeamId, g.awayTeam.code]] as const) {
      for (const [i, [pos, salary, mean]] of depth.entries()) {
        n += 1;
        const name = pos === 'DST' ? `${code} DST` : `${code} ${pos}${i} ${side === 'home' ? 'H' : 'A'}`;
        const out = n === 4; // the first game's home WR1 is ruled out
        const sp = await createSlatePlayer(db, slate, {
          name, positions: [pos], rosterPositions: [pos, ...(['RB', 'WR', 'TE'].includes(pos) ? ['FLEX'] : [])],
          salary: salary - (n % 3) * 100, teamId, gameId: g.id, siteStatus: out ? 'O' : null,
        });
        if (out) outPlayer = name;
        await db.slatePlayer.update({ where: { id: sp.id }, data: { opponentTeamId: oppId } });
        await db.projection.create({ data: { projectionSetId: set.id, slatePlayerId: sp.id, mean: mean + (n % 5) * 0.7, sd: mean * 0.4, ownership: 0.1 } });
      }
    }
  }
  return { slateId: slate.id, projectionSetId: set.id, outPlayer };
}
