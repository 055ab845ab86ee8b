/**
 * MLB Stats API box scores: the day's schedule gives our game's gamePk and whether it is final; the box score's
 * players become game-log splits for the shared MLB parser. Base URL: MLB_STATS_API_URL.
 */
import { z } from 'zod';
import { createProviderClient, type ProviderClient } from '../../../core/http/provider-client.js';
import { resolveTeamCode } from '../../dfs/index.js';
import { easternDate } from '../../../results/index.js';

export const MLB_STATS_PROVIDER = 'mlb-stats-api';

const scheduleSchema = z.object({ dates: z.array(z.object({ games: z.array(z.object({
  gamePk: z.number(), gameDate: z.string(), status: z.object({ abstractGameState: z.string() }).passthrough(),
  teams: z.object({ home: z.object({ team: z.object({ name: z.string() }).passthrough() }).passthrough(), away: z.object({ team: z.object({ name: z.string() }).passthrough() }).passthrough() }),
}).passthrough()) }).passthrough()) }).passthrough();
const boxPlayer = z.object({ person: z.object({ id: z.number(), fullName: z.string() }).passthrough(), position: z.object({ abbreviation: z.string() }).partial().optional(),
  stats: z.object({ batting: z.record(z.string(), z.unknown()).optional(), pitching: z.record(z.string(), z.unknown()).optional() }).passthrough() }).passthrough();
const boxTeam = z.object({ team: z.object({ name: z.string() }).passthrough(), players: z.record(z.string(), z.unknown()) }).passthrough();
const boxScoreSchema = z.object({ teams: z.object({ home: boxTeam, away: boxTeam }) }).passthrough();

export function createMlbStatsApi(baseUrl: string): ProviderClient {
  return createProviderClient({ provider: MLB_STATS_PROVIDER, baseUrl });
}

export async function findMlbGame(client: ProviderClient, game: { startsAt: Date; home: string; away: string }): Promise<{ gamePk: number; final: boolean } | null> {
  const { body } = await client.getJson('/api/v1/schedule', { sportId: 1, date: easternDate(game.startsAt) });
  const games = scheduleSchema.parse(body).dates.flatMap((d) => d.games);
  const code = (name: string): string => resolveTeamCode('MLB', name) ?? name;
  const found = games.filter((g) => code(g.teams.home.team.name) === game.home && code(g.teams.away.team.name) === game.away)
    .sort((a, b) => Math.abs(Date.parse(a.gameDate) - game.startsAt.getTime()) - Math.abs(Date.parse(b.gameDate) - game.startsAt.getTime()))[0];
  return found ? { gamePk: found.gamePk, final: found.status.abstractGameState === 'Final' } : null;
}

/** The box score as a game-log payload ({ stats: [hitting splits, pitching splits] }); bad players are counted. */
export async function fetchMlbBoxScore(client: ProviderClient, gamePk: number, date: string): Promise<{ payload: unknown; skipped: string[] }> {
  const { body } = await client.getJson(`/api/v1/game/${gamePk}/boxscore`);
  const box = boxScoreSchema.parse(body);
  const hitting: unknown[] = [];
  const pitching: unknown[] = [];
  const skipped: string[] = [];
  for (const side of ['home', 'away'] as const) {
    const team = box.teams[side];
    const opponent = box.teams[side === 'home' ? 'away' : 'home'];
    for (const [key, raw] of Object.entries(team.players)) {
      const p = boxPlayer.safeParse(raw);
      if (!p.success) { skipped.push(`${team.team.name} ${key}`); continue; }
      const base = { date, team: team.team, opponent: opponent.team, player: p.data.person, game: { gamePk },
        positionsPlayed: p.data.position?.abbreviation ? [{ abbreviation: p.data.position.abbreviation }] : [] };
      const batting = p.data.stats.batting ?? {};
      const pitched = p.data.stats.pitching ?? {};
      const battingPlayed = ['atBats', 'baseOnBalls', 'hitByPitch', 'sacFlies', 'sacBunts', 'runs'].some((k) => Number(batting[k] ?? 0) > 0);
      hitting.push({ ...base, stat: { ...batting, gamesPlayed: battingPlayed ? 1 : 0 } });
      if (Object.keys(pitched).length > 0) pitching.push({ ...base, stat: { ...pitched, gamesPlayed: Number(pitched.battersFaced ?? 0) > 0 ? 1 : 0 } });
    }
  }
  return { payload: { stats: [{ group: { displayName: 'hitting' }, splits: hitting }, { group: { displayName: 'pitching' }, splits: pitching }] }, skipped };
}
