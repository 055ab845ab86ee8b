/**
 * Fetches one ended game's box score (ESPN for NFL/NBA/NHL, MLB Stats API for MLB), stores its stat lines and
 * scores them for every slate holding the game. A game not final yet is left for a later poll; a provider error
 * throws (the job retries) and is recorded in provider health; a malformed athlete is skipped and counted.
 */
import type { Config } from '../../config.js';
import type { Db } from '../../core/db.js';
import type { Sport } from '../../core/site-rules.js';
import { describeError } from '../../core/errors.js';
import { easternDate, importStatLines, parseEspnBoxScore, parseMlbGameLog, type ImportStatsReport } from '../../results/index.js';
import { recordProviderStatus } from '../../core/data/provider-status.js';
import { createEspnBoxScores, ESPN_STATS_PROVIDER, fetchEspnSummary, findEspnEventId } from './providers/espn-box-scores.js';
import { createMlbStatsApi, fetchMlbBoxScore, findMlbGame, MLB_STATS_PROVIDER } from './providers/mlb-box-scores.js';

export type BoxScoreOutcome =
  | { gameId: number; status: 'stored'; report: Omit<ImportStatsReport, 'skipped'> & { skipped: number } }
  | { gameId: number; status: 'not-found' | 'not-final' | 'no-game' };

export async function fetchBoxScore(db: Db, config: Config, gameId: number, now = new Date()): Promise<BoxScoreOutcome> {
  const game = await db.game.findUnique({ where: { id: gameId }, select: { id: true, startsAt: true, sport: { select: { code: true } },
    homeTeam: { select: { code: true } }, awayTeam: { select: { code: true } } } });
  if (!game) return { gameId, status: 'no-game' };
  const sport = game.sport.code as Sport;
  const ref = { gameId, sport, startsAt: game.startsAt, home: game.homeTeam.code, away: game.awayTeam.code };
  const provider = sport === 'MLB' ? MLB_STATS_PROVIDER : ESPN_STATS_PROVIDER;
  try {
    let parsed;
    if (sport === 'MLB') {
      const client = createMlbStatsApi(config.MLB_STATS_API_URL);
      const found = await findMlbGame(client, ref);
      if (!found) return done(db, provider, now, { gameId, status: 'not-found' });
      if (!found.final) return done(db, provider, now, { gameId, status: 'not-final' });
      const { payload, skipped } = await fetchMlbBoxScore(client, found.gamePk, easternDate(game.startsAt));
      parsed = parseMlbGameLog(payload);
      parsed.skipped.push(...skipped.map((s) => ({ ref: s, reason: 'malformed box-score player' })));
      parsed.coverage.push({ sourceGameId: String(found.gamePk), teams: [ref.home, ref.away], window: parsed.lines[0]?.window ?? { from: game.startsAt, to: game.startsAt }, positions: null });
    } else {
      const client = createEspnBoxScores(config.ESPN_API_URL);
      const eventId = await findEspnEventId(db, client, ref);
      if (!eventId) return done(db, provider, now, { gameId, status: 'not-found' });
      parsed = parseEspnBoxScore(await fetchEspnSummary(client, sport, eventId), sport);
      if (parsed.final === false) return done(db, provider, now, { gameId, status: 'not-final' });
    }
    const report = await importStatLines(db, parsed);
    return done(db, provider, now, { gameId, status: 'stored', report: { ...report, skipped: report.skipped.length } });
  } catch (error) {
    await recordProviderStatus(db, provider, describeError(error), now);
    throw error;
  }
}

async function done(db: Db, provider: string, now: Date, outcome: BoxScoreOutcome): Promise<BoxScoreOutcome> {
  await recordProviderStatus(db, provider, null, now);
  return outcome;
}
