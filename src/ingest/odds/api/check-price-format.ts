import type { OddsFormat } from '../convert-price.js';

/** A price that cannot be in the format asked for, with where it sits in the response. */
export interface ForeignPrice { path: string; price: number }

/**
 * Prices of a response that look like the other format: with decimal requested, a negative price or a whole number of
 * 100 or more (+104 is American; no game line or prop pays 104.0 decimal); with American requested, a fraction or
 * anything between -100 and 100 (1.91 is decimal). One of them means the provider ignored `oddsFormat`, so the
 * response as a whole cannot be read: storing its other prices as the requested format would poison the
 * consensus lines. Walks the raw body, so entries the parser would skip are looked at too.
 */
export function findForeignPrices(body: unknown, format: OddsFormat): ForeignPrice[] {
  const found: ForeignPrice[] = [];
  const items: unknown[] = Array.isArray(body) ? body : [body];
  items.forEach((item, i) => {
    listOf(item, 'bookmakers').forEach((book, b) => {
      listOf(book, 'markets').forEach((market, m) => {
        listOf(market, 'outcomes').forEach((outcome, o) => {
          const price = (outcome as { price?: unknown } | null)?.price;
          if (typeof price === 'number' && Number.isFinite(price) && isForeign(price, format)) {
            found.push({ path: `[${i}].bookmakers[${b}].markets[${m}].outcomes[${o}]`, price });
          }
        });
      });
    });
  });
  return found;
}

function isForeign(price: number, format: OddsFormat): boolean {
  if (format === 'decimal') return price < 0 || (Number.isInteger(price) && price >= 100);
  return !Number.isInteger(price) || Math.abs(price) < 100;
}

function listOf(value: unknown, key: string): unknown[] {
  if (value === null || typeof value !== 'object') return [];
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? list : [];
}

/** The refusal's sentence: the format asked for, what came, and a few examples with their place. */
export function describeForeignPrices(path: string, format: OddsFormat, foreign: readonly ForeignPrice[]): string {
  const other = format === 'decimal' ? 'American' : 'decimal';
  const examples = foreign.slice(0, 3).map((f) => `${f.price > 0 && format === 'decimal' ? '+' : ''}${f.price} at ${f.path}`).join(', ');
  return `${path} answered with ${other} prices where ${format} was requested (oddsFormat=${format}): ${foreign.length} price(s) such as ${examples}; ` +
    'the response was refused and nothing from it was stored';
}
