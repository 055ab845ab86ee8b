import { describe, expect, it } from 'vitest';
import { americanToDecimal, decimalToAmerican, impliedProbability, normalizePrice } from './convert-price.js';

describe('price conversions', () => {
  it('when American odds are converted, then favourites and underdogs map to decimal', () => {
    expect(americanToDecimal(150)).toBeCloseTo(2.5, 10);
    expect(americanToDecimal(-110)).toBeCloseTo(1.909090909, 8);
    expect(americanToDecimal(-320)).toBeCloseTo(1.3125, 10);
    expect(americanToDecimal(100)).toBe(2);
  });

  it('when decimal odds are converted, then the American integer books quote comes back', () => {
    expect(decimalToAmerican(2.5)).toBe(150);
    expect(decimalToAmerican(1.91)).toBe(-110);
    expect(decimalToAmerican(4.17)).toBe(317);
    expect(decimalToAmerican(1.21)).toBe(-476);
    expect(decimalToAmerican(2)).toBe(100);
  });

  it('when a price is impossible, then conversion throws naming the value', () => {
    expect(() => americanToDecimal(50)).toThrow(/50/);
    expect(() => decimalToAmerican(0.9)).toThrow(/0.9/);
    expect(() => impliedProbability(1)).toThrow();
  });

  it('when a decimal price is read, then its implied probability includes the vig', () => {
    expect(impliedProbability(2)).toBe(0.5);
    expect(impliedProbability(1.91) + impliedProbability(1.91)).toBeGreaterThan(1);
  });

  it('when a raw price does not fit the requested format, then normalizePrice rejects it', () => {
    expect(normalizePrice(-110, 'american')).toEqual({ priceDecimal: americanToDecimal(-110), priceAmerican: -110 });
    expect(normalizePrice(1.91, 'decimal')).toEqual({ priceDecimal: 1.91, priceAmerican: -110 });
    expect(normalizePrice(1.91, 'american')).toBeNull();
    expect(normalizePrice(-110, 'decimal')).toBeNull();
    expect(normalizePrice(Number.NaN, 'decimal')).toBeNull();
  });
});
