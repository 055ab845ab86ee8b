import { normalizePosition } from '../dist/outcome-profiles.js';
import type { SimSport } from '../types.js';
import type { GameWeather } from './types.js';

// Thresholds from NFL weather studies: below ~15 mph wind passing barely changes; above, completion rate,
// yards per attempt and field-goal range drop steadily. Heavy rain (~7.6 mm/h, NWS "heavy") hurts ball
// security and the passing game; moderate rain about half as much.
const WIND_START_MPH = 15;
const PASS_PER_MPH = 0.015;
const KICK_PER_MPH = 0.02;
const HEAVY_PRECIP = 7.6;
const MODERATE_PRECIP = 2.5;
const MODERATE_RAIN = 0.5;

/**
 * Multiplier for a player's mean from game weather (NFL passing and kicking; rushing gets a small lift in
 * wind since teams run more). A roofed venue returns 1. Other sports: 1 (MLB wind depends on its direction
 * relative to the park, which the weather feed does not give us).
 */
export function weatherFactor(sport: SimSport, position: string, weather: GameWeather | undefined): number {
  if (!weather || weather.roofed || sport !== 'NFL') return 1;
  const group = normalizePosition(sport, position);
  const passing = group === 'QB' || group === 'WR' || group === 'TE';
  const kicking = group === 'K';
  const rushing = group === 'RB';
  const wind = Math.max((weather.windMph ?? 0) - WIND_START_MPH, 0);
  const rain = rainLevel(weather);
  let factor = 1;
  if (passing) factor *= Math.max(1 - wind * PASS_PER_MPH, 0.75) * (1 - 0.1 * rain);
  if (kicking) factor *= Math.max(1 - wind * KICK_PER_MPH, 0.65) * (1 - 0.1 * rain);
  if (rushing) factor *= 1 + Math.min(wind * 0.004, 0.05);
  if (group === 'DST') factor *= 1 + Math.min(wind * 0.006, 0.08) + 0.05 * rain;
  return factor;
}

/**
 * Rain from 0 (dry) to 1 (heavy). From the hourly rate when there is one. NWS gives only the chance, and its
 * intensity is unknown, so the chance counts as that probability of moderate rain (the expected penalty):
 * 80% gives 0.4, and a 10% shower risk next to nothing.
 */
function rainLevel(weather: GameWeather): number {
  const rate = weather.precipMmPerHour;
  if (rate !== null) return rate >= HEAVY_PRECIP ? 1 : rate >= MODERATE_PRECIP ? MODERATE_RAIN : 0;
  const chance = Math.min(Math.max(weather.precipChancePct ?? 0, 0), 100);
  return (chance / 100) * MODERATE_RAIN;
}
