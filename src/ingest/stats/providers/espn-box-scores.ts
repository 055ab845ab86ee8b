/**
 * ESPN site API box scores: the day's scoreboard gives the event id of our game (kept as GameExternalId 'espn'),
 * the summary gives the box score. Base URL: ESPN_API_URL.
 */
import { z } from 'zod';
import type { Db } from '../../../core/db.js';
import { createProviderClient, type ProviderClient } from '../../../core/http/provider-client.js';
import { resolveTeamCode } from '../../dfs/index.js';
import type { Sport } from '../../../core/site-rules.js';
import { easternDate } from '../../../results/index.js';

export const ESPN_STATS_PROVIDER = 'espn-box-scores';
const LEAGUE_PATH: Partial<Record<Sport, string>> = { NBA: 'basketball/nba', NFL: 'football/nfl', NHL: 'hockey/nhl' };

const scoreboardSchema = z.object({ events: z.array(z.object({
  id: z.string(),
  competitions: z.array(z.object({ competitors: z.array(z.object({ homeAway: z.string(), team: z.object({ abbreviation: z.string() }).passthrough() }).passthrough()) }).passthrough()),
}).passthrough()) }).passthrough();

export function createEspnBoxScores(baseUrl: string): ProviderClient {
  return createProviderClient({ provider: ESPN_STATS_PROVIDER, baseUrl });
}

/** Our game's ESPN event id: stored, else looked up on the scoreboard of its US Eastern date and stored. */
export async function findEspnEventId(db: Db, client: ProviderClient, game: { gameId: number; sport: Sport; startsAt: Date; home: string; away: string }): Promise<string | null> {
  const known = await db.gameExternalId.findFirst({ where: { gameId: game.gameId, source: 'espn' } });
  if (known) return known.externalId;
  const path = LEAGUE_PATH[game.sport];
  if (!path) return null;
  const { body } = await client.getJson(`/apis/site/v2/sports/${path}/scoreboard`, { dates: easternDate(game.startsAt).replaceAll('-', '') });
  const board = scoreboardSchema.parse(body);
  const code = (abbr: string): string => resolveTeamCode(game.sport, abbr) ?? abbr;
  const event = board.events.find((e) => {
    const teams = e.competitions[0]?.competitors ?? [];
    return code(teams.find((t) => t.homeAway === 'home')?.team.abbreviation ?? '') === game.home && code(teams.find((t) => t.homeAway === 'away')?.team.abbreviation ?? '') === game.away;
  });
  if (!event) return null;
  await db.gameExternalId.upsert({ where: { source_externalId: { source: 'espn', externalId: event.id } }, create: { gameId: game.gameId, source: 'espn', externalId: event.id }, update: {} });
  return event.id;
}

export async function fetchEspnSummary(client: ProviderClient, sport: Sport, eventId: string): Promise<unknown> {
  const { body } = await client.getJson(`/apis/site/v2/sports/${LEAGUE_PATH[sport] ?? ''}/summary`, { event: eventId });
  return body;
}
