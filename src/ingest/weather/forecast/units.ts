/**
 * Unit conversions for weather values. Everything we store is in US units (°F, mph, inch) because
 * DFS users read them that way; providers are converted on the way in.
 */

/** °C → °F. */
export function celsiusToFahrenheit(c: number): number {
  return (c * 9) / 5 + 32;
}

/** km/h → mph. */
export function kmhToMph(kmh: number): number {
  return kmh / 1.609344;
}

/** m/s → mph. */
export function msToMph(ms: number): number {
  return (ms * 3600) / 1609.344;
}

/** knots → mph. */
export function knotsToMph(kn: number): number {
  return kn * 1.150779;
}

/** mm → inch. */
export function mmToInch(mm: number): number {
  return mm / 25.4;
}

/** Rounds to a fixed number of decimals so float noise never shows up as a forecast "change". */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Converts a temperature given in a provider's unit label to °F.
 * Accepts Open-Meteo ("°C", "°F"), NWS ("F", "C") and WMO unit codes ("wmoUnit:degC", "wmoUnit:degF").
 * Throws naming the unit when it is unknown: guessing would store wrong numbers silently.
 */
export function toFahrenheit(value: number, unit: string): number {
  const u = unit.replace(/^wmoUnit:/, '').replace('°', '').trim().toLowerCase();
  if (u === 'f' || u === 'degf') return value;
  if (u === 'c' || u === 'degc') return celsiusToFahrenheit(value);
  throw new Error(`unknown temperature unit "${unit}"`);
}

/**
 * Converts a speed in a provider's unit label to mph.
 * Open-Meteo writes "km/h", "m/s", "mp/h", "kn"; NWS strings say "mph" or "km/h"; WMO codes "wmoUnit:km_h-1".
 */
export function toMph(value: number, unit: string): number {
  const u = unit.replace(/^wmoUnit:/, '').trim().toLowerCase();
  if (u === 'mph' || u === 'mp/h' || u === 'mi_h-1') return value;
  if (u === 'km/h' || u === 'kmh' || u === 'km_h-1') return kmhToMph(value);
  if (u === 'm/s' || u === 'm_s-1') return msToMph(value);
  if (u === 'kn' || u === 'kt' || u === 'knots' || u === 'kn_h-1') return knotsToMph(value);
  throw new Error(`unknown speed unit "${unit}"`);
}

/** Converts a precipitation amount ("mm", "inch", "wmoUnit:mm") to inches. */
export function toInches(value: number, unit: string): number {
  const u = unit.replace(/^wmoUnit:/, '').trim().toLowerCase();
  if (u === 'inch' || u === 'in') return value;
  if (u === 'mm') return mmToInch(value);
  throw new Error(`unknown precipitation unit "${unit}"`);
}
