/** Price formats The Odds API can return (`oddsFormat` query parameter). */
export type OddsFormat = 'decimal' | 'american';

/**
 * American odds to decimal odds: +150 → 2.5, -110 → 1.9090...
 * Throws on values that are not valid American odds (|price| < 100).
 */
export function americanToDecimal(american: number): number {
  if (!Number.isFinite(american) || Math.abs(american) < 100) {
    throw new RangeError(`not an American price: ${american}`);
  }
  return american > 0 ? 1 + american / 100 : 1 + 100 / -american;
}

/**
 * Decimal odds to American odds, rounded to the integer books quote: 2.5 → 150, 1.91 → -110.
 * Even money (2.0) is +100 by convention.
 */
export function decimalToAmerican(decimal: number): number {
  if (!Number.isFinite(decimal) || decimal <= 1) {
    throw new RangeError(`not a decimal price: ${decimal}`);
  }
  return decimal >= 2 ? Math.round((decimal - 1) * 100) : Math.round(-100 / (decimal - 1));
}

/** Implied probability of a decimal price, vig included: 2.0 → 0.5. */
export function impliedProbability(decimal: number): number {
  if (!Number.isFinite(decimal) || decimal <= 1) {
    throw new RangeError(`not a decimal price: ${decimal}`);
  }
  return 1 / decimal;
}

/** Both representations of one quoted price. */
export interface NormalizedPrice {
  priceDecimal: number;
  priceAmerican: number;
}

/**
 * Normalizes a raw API price in the requested format to decimal + American.
 * Returns null for a value that cannot be a price in that format (the caller counts it as malformed);
 * this also catches a response in a different format than the one requested.
 */
export function normalizePrice(raw: number, format: OddsFormat): NormalizedPrice | null {
  if (!Number.isFinite(raw)) return null;
  if (format === 'american') {
    if (!Number.isInteger(raw) || Math.abs(raw) < 100) return null;
    return { priceDecimal: americanToDecimal(raw), priceAmerican: raw };
  }
  if (raw <= 1) return null;
  return { priceDecimal: raw, priceAmerican: decimalToAmerican(raw) };
}
