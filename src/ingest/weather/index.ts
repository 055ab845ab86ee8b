/**
 * ingest-weather public API: venues (seeded from public tables, games linked to them, neutral sites set by
 * hand), forecasts from NWS and Open-Meteo at kickoff and over the game window, and MLB wind relative to the
 * field. Other modules import only this file.
 */
export { runOnce } from './run-once.js';
export { setGameVenue } from './store/set-game-venue.js';
export { readLatestForecasts, readGameForecasts, type ForecastSummary } from './store/read-forecasts.js';
