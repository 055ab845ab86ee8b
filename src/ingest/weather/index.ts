/**
 * ingest-weather public API: venues (seeded from public tables, games linked to them, neutral sites set by
 * hand), forecasts from NWS and Open-Meteo at kickoff and over the game window, and MLB wind relative to the
 * field. Other modules import only this file.
 */
export { runOnce } from './run-once.js';
export type { HourlyForecast, ProviderForecast, WeatherProvider } from './forecast/hourly-forecast.js';
export { describeFieldWind, type FieldWind, type FieldWindRelation } from './forecast/field-wind.js';
export { summarizeGameWindow, GAME_WINDOW_HOURS, type GameWeatherSummary } from './forecast/summarize-game-window.js';
export { isForecastDue, refreshIntervalMs, REFRESH_STEPS } from './forecast/refresh-schedule.js';
export type { StoredForecastDetail } from './store/store-game-forecast.js';
export { readLatestForecasts, readGameForecasts, type ForecastSummary } from './store/read-forecasts.js';
export { seedVenues, loadVenueSeed } from './store/seed-venues.js';
export { assignGameVenues } from './venues/assign-game-venues.js';
export { setGameVenue } from './store/set-game-venue.js';
export type { VenueSeed, RoofType } from './venues/venue-seed.js';
