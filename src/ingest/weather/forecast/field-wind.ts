import { normalizeDegrees } from './compass.js';
import { roundTo } from './units.js';

/** How the wind moves relative to a ballpark, as seen from home plate looking at center field. */
export type FieldWindRelation = 'out' | 'in' | 'left-to-right' | 'right-to-left' | 'calm';

/** Wind relative to a field: the relation plus its out/in and cross components. */
export interface FieldWind {
  relation: FieldWindRelation;
  /** Positive blows out toward the outfield, negative blows in toward home plate. */
  outMph: number;
  /** Positive blows from the left-field side to the right-field side. */
  crossMph: number;
  /** Human label, e.g. "out to RF", "in from CF", "L to R". */
  label: string;
}

/** Below this speed wind does not move a fly ball enough to name a direction. */
const CALM_MPH = 1;

/**
 * Tells wind relative to a ballpark.
 * - `windFromDeg`: meteorological direction, where the wind blows FROM (NWS compass, Open-Meteo degrees).
 * - `fieldBearingDeg`: compass direction from home plate to center field (MLB StatsAPI `azimuthAngle`,
 *   weathermlb `bearing`).
 * The wind travels toward `windFromDeg + 180`; its angle to the home→CF line decides out/in/across. Within
 * 45° of straight out (or in) counts as out (in); the rest is across.
 */
export function describeFieldWind(
  windFromDeg: number | null,
  speedMph: number | null,
  fieldBearingDeg: number,
): FieldWind {
  if (windFromDeg === null || speedMph === null || speedMph < CALM_MPH) {
    return { relation: 'calm', outMph: 0, crossMph: 0, label: 'calm' };
  }
  const towardDeg = normalizeDegrees(windFromDeg + 180);
  // Signed angle from the home→CF line to the wind's travel, in (-180, 180]; positive = clockwise = toward RF.
  let rel = normalizeDegrees(towardDeg - fieldBearingDeg);
  if (rel > 180) rel -= 360;
  const rad = (rel * Math.PI) / 180;
  const outMph = roundTo(speedMph * Math.cos(rad), 1) + 0;
  const crossMph = roundTo(speedMph * Math.sin(rad), 1) + 0;
  const abs = Math.abs(rel);
  if (abs <= 45) return { relation: 'out', outMph, crossMph, label: `out to ${outfieldPart(rel)}` };
  if (abs >= 135) {
    // Coming in: the wind enters over the outfield part opposite to where it travels.
    const fromRel = rel > 0 ? rel - 180 : rel + 180;
    return { relation: 'in', outMph, crossMph, label: `in from ${outfieldPart(fromRel)}` };
  }
  return rel > 0
    ? { relation: 'left-to-right', outMph, crossMph, label: 'L to R' }
    : { relation: 'right-to-left', outMph, crossMph, label: 'R to L' };
}

/** Which outfield part an angle from the CF line points to (negative = toward LF). */
function outfieldPart(rel: number): 'LF' | 'CF' | 'RF' {
  if (rel < -15) return 'LF';
  if (rel > 15) return 'RF';
  return 'CF';
}
