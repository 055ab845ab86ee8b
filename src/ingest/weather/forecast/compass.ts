/** The 16-point compass as NWS writes it, in clockwise order from north. */
const COMPASS_POINTS = [
  'N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE',
  'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW',
] as const;

/**
 * "SW" → 225. Returns null for "" (NWS writes an empty direction when the wind is calm).
 * Throws naming the value for anything else, so a format change is noticed instead of stored as calm.
 */
export function compassToDegrees(point: string): number | null {
  const p = point.trim().toUpperCase();
  if (p === '') return null;
  const index = COMPASS_POINTS.indexOf(p as (typeof COMPASS_POINTS)[number]);
  if (index < 0) throw new Error(`unknown compass direction "${point}"`);
  return index * 22.5;
}

/** Any angle → [0, 360). */
export function normalizeDegrees(degrees: number): number {
  return ((degrees % 360) + 360) % 360;
}
