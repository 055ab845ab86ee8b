/**
 * The demo slate's game context: a consensus line per game (total, home spread, implied team totals, win
 * chances), a forecast per game (indoor for domes), and the week's injury report through the real nflverse
 * parser, matched to the slate's players by name. Written once, when the demo slate is first imported.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../core/db.js';
import { parseNflInjuryReport } from '../ingest/injury/index.js';
import { normalizePlayerName } from '../ingest/dfs/normalize-player-name.js';
import { gameKeyOf } from '../slates/index.js';
import { DEMO_CONTEXT, DEMO_DIR, DEMO_INJURIES } from './seed-data.js';

const ContextFile = z.object({
  bookCount: z.number().int().positive(),
  games: z.array(z.object({
    game: z.string().regex(/^[A-Z]{2,4}@[A-Z]{2,4}$/),
    total: z.number().positive(),
    homeSpread: z.number(),
    weather: z.union([
      z.object({ indoor: z.literal(true) }),
      z.object({ temperatureF: z.number(), windSpeedMph: z.number(), windGustMph: z.number(), windRelative: z.string().optional(), precipProbability: z.number() }),
    ]),
  })),
});

/** nflverse writes the Rams as LA; DraftKings as LAR. */
const TEAM_FIX: Record<string, string> = { LA: 'LAR' };

/** A spread as a win chance: NFL margins are roughly normal with sd ~13.5 points around the spread. */
function homeWinProb(homeSpread: number): number {
  const z = -homeSpread / 13.5;
  return 1 / (1 + Math.exp(-1.702 * z));
}

export async function seedDemoContext(db: Db, slateId: number, capturedAt: Date): Promise<{ lines: number; forecasts: number; injuries: number }> {
  const context = ContextFile.parse(JSON.parse(await readFile(join(DEMO_DIR, DEMO_CONTEXT), 'utf8')));
  const links = await db.slateGame.findMany({ where: { slateId }, select: { game: { select: { id: true, homeTeam: { select: { code: true } }, awayTeam: { select: { code: true } } } } } });
  const gameIds = new Map(links.map(({ game }) => [gameKeyOf(game), game.id]));
  let lines = 0;
  let forecasts = 0;
  for (const g of context.games) {
    const gameId = gameIds.get(g.game);
    if (gameId === undefined) continue;
    const home = homeWinProb(g.homeSpread);
    await db.gameLine.create({
      data: {
        gameId, capturedAt, bookCount: context.bookCount, total: g.total, homeSpread: g.homeSpread,
        homeImpliedTotal: (g.total - g.homeSpread) / 2, awayImpliedTotal: (g.total + g.homeSpread) / 2, homeWinProb: home, awayWinProb: 1 - home,
      },
    });
    lines++;
    const w = g.weather;
    await db.weatherForecast.create({
      data: 'indoor' in w
        ? { gameId, provider: 'demo', fetchedAt: capturedAt, isIndoor: true }
        : { gameId, provider: 'demo', fetchedAt: capturedAt, isIndoor: false, temperatureF: w.temperatureF, windSpeedMph: w.windSpeedMph, windGustMph: w.windGustMph, windRelative: w.windRelative ?? null, precipProbability: w.precipProbability },
    });
    forecasts++;
  }
  const injuries = await seedDemoInjuries(db, slateId);
  return { lines, forecasts, injuries };
}

async function seedDemoInjuries(db: Db, slateId: number): Promise<number> {
  const parsed = parseNflInjuryReport(await readFile(join(DEMO_DIR, DEMO_INJURIES), 'utf8'));
  const players = await db.slatePlayer.findMany({ where: { slateId }, select: { playerId: true, name: true, teamId: true } });
  const teams = new Map((await db.team.findMany({ where: { id: { in: [...new Set(players.map((p) => p.teamId))] } }, select: { id: true, code: true } })).map((t) => [t.id, t.code]));
  const byName = new Map(players.map((p) => [`${normalizePlayerName(p.name)}|${teams.get(p.teamId) ?? ''}`, p.playerId]));
  let stored = 0;
  for (const report of parsed.reports) {
    const team = report.team ? TEAM_FIX[report.team] ?? report.team : '';
    const playerId = byName.get(`${normalizePlayerName(report.playerName)}|${team}`);
    if (playerId === undefined) continue;
    await db.injuryReport.upsert({
      where: { source_sourceKey_status_reportedAt: { source: 'demo', sourceKey: report.sourcePlayerId ?? report.playerName, status: report.status, reportedAt: report.reportedAt } },
      create: {
        sportCode: 'NFL', source: 'demo', sourceKey: report.sourcePlayerId ?? report.playerName, playerId, playerName: report.playerName,
        teamCode: team || null, status: report.status, rawStatus: report.rawStatus, note: report.note, reportedAt: report.reportedAt,
      },
      update: {},
    });
    stored++;
  }
  return stored;
}
