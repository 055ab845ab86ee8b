import { roundTo, toMph } from '../../forecast/units.js';

const WIND_PATTERN = /^(\d+(?:\.\d+)?)(?:\s+to\s+(\d+(?:\.\d+)?))?\s*(mph|km\/h|kt|kn)$/i;

/**
 * NWS wind strings → mph: "10 mph" → 10, "5 to 10 mph" → 10, "15 km/h" → 9.3, "Calm" → 0.
 * For a range we keep the upper end: a DFS decision on a passing game or fly balls should see the worse
 * case, and the 12-hour forecast writes most winds as "0 to 10 mph".
 * Throws with the string when it does not match, so a new NWS wording is noticed rather than stored as 0.
 */
export function parseNwsWindSpeed(text: string): number {
  const t = text.trim();
  if (/^calm$/i.test(t)) return 0;
  const m = WIND_PATTERN.exec(t);
  if (!m || m[1] === undefined || m[3] === undefined) throw new Error(`unrecognised NWS wind "${text}"`);
  const high = Number(m[2] ?? m[1]);
  return roundTo(toMph(high, m[3]), 1);
}
