import { impliedProbability } from '../convert-price.js';

/**
 * No-vig probabilities of one bookmaker's market: each outcome's implied probability divided by the
 * market's total (the multiplicative method), so they sum to 1. Works for 2-way and 3-way markets.
 * Returns null when fewer than two outcomes are priced: a one-sided market has no vig to remove.
 */
export function removeVig(decimalPrices: readonly number[]): number[] | null {
  if (decimalPrices.length < 2) return null;
  const implied = decimalPrices.map(impliedProbability);
  const overround = implied.reduce((sum, p) => sum + p, 0);
  return implied.map((p) => p / overround);
}

/** Median of a non-empty list; null for an empty one. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] as number;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] as number) + hi) / 2;
}
