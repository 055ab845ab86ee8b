/** The short weather text of a game row ("Dome", "41° 18mph in 60%") and whether it matters for scoring. */
import type { WeatherNow } from '../data/load-game-context.js';

export interface WeatherChip { label: string; level: 'calm' | 'watch' | 'bad' | 'dome'; title: string }

/**
 * Wind 15+ mph or rain likelier than not is worth a look; 20+ mph or 70%+ rain usually moves totals.
 * `precipProbability` is stored in percent (0-100), as the forecasts give it.
 */
export function weatherChip(weather: WeatherNow | null): WeatherChip | null {
  if (!weather) return null;
  if (weather.isIndoor) return { label: 'Dome', level: 'dome', title: 'indoor or closed roof' };
  const parts: string[] = [];
  if (weather.temperatureF !== null) parts.push(`${Math.round(weather.temperatureF)}°`);
  if (weather.windSpeedMph !== null) parts.push(`${Math.round(weather.windSpeedMph)}mph${weather.windRelative ? ` ${weather.windRelative}` : ''}`);
  if (weather.precipProbability !== null && weather.precipProbability >= 20) parts.push(`${Math.round(weather.precipProbability)}%☂`);
  const wind = Math.max(weather.windSpeedMph ?? 0, (weather.windGustMph ?? 0) * 0.75);
  const rain = weather.precipProbability ?? 0;
  const level = wind >= 20 || rain >= 70 ? 'bad' : wind >= 15 || rain >= 50 ? 'watch' : 'calm';
  const title = [
    weather.temperatureF !== null ? `${weather.temperatureF.toFixed(0)}°F` : null,
    weather.windSpeedMph !== null ? `wind ${weather.windSpeedMph.toFixed(0)} mph${weather.windGustMph ? ` (gusts ${weather.windGustMph.toFixed(0)})` : ''}${weather.windRelative ? `, ${weather.windRelative}` : ''}` : null,
    weather.precipProbability !== null ? `precipitation ${Math.round(weather.precipProbability)}%` : null,
    `forecast ${weather.fetchedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ].filter(Boolean).join('; ');
  return { label: parts.join(' ') || '—', level, title };
}
