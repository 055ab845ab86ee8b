import type { Db } from '../../../core/db.js';
import type { Logger } from '../../../core/logger.js';
import { isForecastDue } from '../forecast/refresh-schedule.js';
import { GAME_WINDOW_HOURS } from '../forecast/summarize-game-window.js';
import { assignGameVenues } from '../venues/assign-game-venues.js';
import { fetchVenueForecast, type WeatherClients } from '../providers/fetch-venue-forecast.js';
import { estimateTbdKickoffs } from './estimate-tbd-kickoffs.js';
import { recordProviderStatus } from '../../../core/data/provider-status.js';
import { markIndoorGame, storeGameForecast } from '../store/store-game-forecast.js';

/** Games further out than this are not fetched: forecasts beyond ~10 days are climate, not weather. */
export const FORECAST_HORIZON_DAYS = 10;

export interface RefreshOptions { gameIds?: number[]; force?: boolean }

export interface RefreshSummary {
  games: number;
  venuesLinked: number;
  indoorMarked: number;
  refreshed: number;
  notDue: number;
  withoutVenue: number[];
  beyondForecast: number[];
  /** Games of unknown start time forecast for their slate's typical start. */
  estimatedKickoff: number[];
  /** Games of unknown start time with no slate to take a typical start from: skipped until the time is known. */
  unknownStart: number[];
  providers: Record<string, number>;
  /** Every provider fault, also those another provider covered for. */
  faults: { venueId: number; provider: string; message: string; retryable: boolean }[];
  /** Venues that got no forecast because every provider failed: the job fails so pg-boss retries them. */
  failedVenues: { venueId: number; name: string; games: number[] }[];
}

/**
 * One refresh cycle: link games to venues, mark indoor games once, and fetch a forecast for every upcoming
 * outdoor (or retractable-roof) game whose refresh is due, one request chain per venue. Every forecast is a
 * new row, so the history of a game's forecast is kept. Faults are collected, not thrown: the caller decides.
 */
export async function refreshForecasts(
  deps: { db: Db; clients: WeatherClients; logger: Logger; now?: Date },
  options: RefreshOptions = {},
): Promise<RefreshSummary> {
  const { db, clients, logger } = deps;
  const now = deps.now ?? new Date();
  const summary: RefreshSummary = {
    games: 0, venuesLinked: await assignGameVenues(db, now), indoorMarked: 0, refreshed: 0, notDue: 0,
    withoutVenue: [], beyondForecast: [], estimatedKickoff: [], unknownStart: [], providers: {}, faults: [], failedVenues: [],
  };
  const horizon = new Date(now.getTime() + FORECAST_HORIZON_DAYS * 86_400_000);
  const stored = await db.game.findMany({
    where: {
      // A game of unknown time sits at 00:00 US Eastern of its day: it may still be played later today.
      OR: [{ startsAt: { gt: now, lte: horizon } }, { startTimeTbd: true, startsAt: { gt: new Date(now.getTime() - 86_400_000), lte: horizon } }],
      ...(options.gameIds ? { id: { in: options.gameIds } } : {}),
    },
    // The newest fetched forecast (not the dome marker, provider 'none'), indoor or not: a retractable roof expected
    // closed is stored indoor and still counts as fetched.
    include: { venue: true, sport: true, forecasts: { where: { provider: { not: 'none' } }, orderBy: { fetchedAt: 'desc' }, take: 1 } },
    orderBy: { startsAt: 'asc' },
  });
  // Unknown start times (FanDuel-only games) are forecast for the slate's typical start, or skipped: never midnight.
  const estimates = await estimateTbdKickoffs(db, stored.filter((g) => g.startTimeTbd));
  const games: typeof stored = [];
  for (const game of stored) {
    if (!game.startTimeTbd) { games.push(game); continue; }
    const kickoff = estimates.get(game.id) ?? null;
    if (kickoff === null) { summary.unknownStart.push(game.id); continue; }
    if (kickoff.getTime() <= now.getTime()) continue;
    summary.estimatedKickoff.push(game.id);
    games.push({ ...game, startsAt: kickoff });
  }
  summary.games = games.length + summary.unknownStart.length;

  const due = new Map<number, typeof games>();
  for (const game of games) {
    const venue = game.venue;
    if (!venue || venue.latitude === null || venue.longitude === null) { summary.withoutVenue.push(game.id); continue; }
    if (venue.roof === 'dome') {
      // Indoor games are marked once and never fetched: weather cannot reach them.
      if (await markIndoorGame(db, game.id, now)) summary.indoorMarked += 1;
      continue;
    }
    if (!options.force && !isForecastDue(game.startsAt, game.forecasts[0]?.fetchedAt ?? null, now)) { summary.notDue += 1; continue; }
    due.set(venue.id, [...(due.get(venue.id) ?? []), game]);
  }

  for (const [venueId, venueGames] of due) {
    const venue = venueGames[0]?.venue;
    if (!venue || venue.latitude === null || venue.longitude === null) continue;
    const until = new Date(Math.max(...venueGames.map((g) => g.startsAt.getTime() + windowHours(g.sport.code) * 3_600_000)));
    const { forecast, misses } = await fetchVenueForecast(clients, {
      latitude: venue.latitude, longitude: venue.longitude, country: venue.country, until, now,
    });
    for (const miss of misses) {
      if (miss.fault) {
        summary.faults.push({ venueId, provider: miss.provider, message: miss.message, retryable: miss.retryable });
        await recordProviderStatus(db, miss.provider, miss.message, now);
      }
      logger.warn({ venue: venue.name, provider: miss.provider, fault: miss.fault }, miss.message);
    }
    if (!forecast) {
      // Failed only when no provider answered at all; an answer that ends before kickoff is not a fault.
      if (misses.every((m) => m.fault)) summary.failedVenues.push({ venueId, name: venue.name, games: venueGames.map((g) => g.id) });
      else summary.beyondForecast.push(...venueGames.map((g) => g.id));
      continue;
    }
    await recordProviderStatus(db, forecast.provider, null, now);
    for (const game of venueGames) {
      const stored = await storeGameForecast(db, { game, venue, forecast, windowHours: windowHours(game.sport.code), now });
      if (!stored) { summary.beyondForecast.push(game.id); continue; }
      summary.refreshed += 1;
      summary.providers[forecast.provider] = (summary.providers[forecast.provider] ?? 0) + 1;
    }
  }
  return summary;
}

function windowHours(sportCode: string): number {
  return GAME_WINDOW_HOURS[sportCode] ?? 3;
}
