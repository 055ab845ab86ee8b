import type { OddsQuote } from '../api/parse-odds-events.js';
import { quoteKey, selectChangedQuotes, type StoredPrice } from '../detect-changes.js';
import { utcText, utcTextOrNull } from './sql-values.js';
import type { StoredEvent, Tx } from './upsert-odds-events.js';

interface CurrentRow {
  eventId: number;
  bookmaker: string;
  market: string;
  outcomeName: string;
  description: string;
  priceDecimal: number;
  point: number | null;
}

/**
 * Appends to the line history (OddsPrice) only the quotes whose price or point changed since the last
 * stored one, and refreshes the current view (OddsPriceCurrent) for every quote seen: its price when it
 * moved, its lastSeenAt and the book's last_update always. Returns the number of history rows added.
 * Callers hold the store lock (see storeOddsResponse) so two polls cannot both append one change.
 */
export async function storePrices(
  tx: Tx,
  quotes: readonly OddsQuote[],
  events: ReadonlyMap<string, StoredEvent>,
  capturedAt: Date,
): Promise<number> {
  const rows = quotes.filter((q) => events.has(q.eventId));
  if (rows.length === 0) return 0;
  const eventIds = [...new Set(rows.map((q) => (events.get(q.eventId) as StoredEvent).id))];
  const providerIdOf = new Map([...events.values()].map((e) => [e.id, e.providerEventId]));
  const current = await tx.$queryRaw<CurrentRow[]>`
    SELECT "eventId", "bookmaker", "market", "outcomeName", "description", "priceDecimal", "point"
    FROM "OddsPriceCurrent" WHERE "eventId" = ANY(${eventIds}::int[])`;
  const last = new Map<string, StoredPrice>();
  for (const row of current) {
    const eventId = providerIdOf.get(row.eventId) ?? '';
    const key = quoteKey({ eventId, bookmaker: row.bookmaker, market: row.market, outcome: row.outcomeName, description: row.description || null });
    last.set(key, { priceDecimal: row.priceDecimal, point: row.point });
  }
  const changed = new Set(selectChangedQuotes(rows, last));
  const at = utcText(capturedAt);
  // One statement, the rows sent once: changed rows go to the history, every row refreshes the current view.
  // capturedAt of a current row is when its price was first seen; it only moves when the price does.
  await tx.$executeRaw`
    WITH r AS (
      SELECT * FROM unnest(
        ${rows.map((q) => (events.get(q.eventId) as StoredEvent).id)}::int[], ${rows.map((q) => q.bookmaker)}::text[],
        ${rows.map((q) => q.market)}::text[], ${rows.map((q) => q.outcome)}::text[], ${rows.map((q) => q.description ?? '')}::text[],
        ${rows.map((q) => q.priceDecimal)}::float8[], ${rows.map((q) => q.priceAmerican)}::int[], ${rows.map((q) => q.point)}::float8[],
        ${rows.map((q) => utcTextOrNull(q.lastUpdate))}::timestamp(3)[], ${rows.map((q) => changed.has(q))}::bool[]
      ) AS r(event, book, market, outcome, description, decimal, american, point, updated, changed)
    ), history AS (
      INSERT INTO "OddsPrice" ("eventId", "bookmaker", "market", "outcomeName", "description", "priceDecimal",
        "priceAmerican", "point", "bookmakerUpdatedAt", "capturedAt")
      SELECT event, book, market, outcome, description, decimal, american, point, updated, ${at}::timestamp(3) FROM r WHERE changed
    )
    INSERT INTO "OddsPriceCurrent" ("eventId", "bookmaker", "market", "outcomeName", "description", "priceDecimal",
      "priceAmerican", "point", "bookmakerUpdatedAt", "capturedAt", "lastSeenAt")
    SELECT event, book, market, outcome, description, decimal, american, point, updated, ${at}::timestamp(3), ${at}::timestamp(3) FROM r
    ON CONFLICT ("eventId", "bookmaker", "market", "outcomeName", "description") DO UPDATE SET
      "capturedAt" = CASE
        WHEN ("OddsPriceCurrent"."priceDecimal", "OddsPriceCurrent"."point") IS DISTINCT FROM (EXCLUDED."priceDecimal", EXCLUDED."point")
        THEN EXCLUDED."capturedAt" ELSE "OddsPriceCurrent"."capturedAt" END,
      "priceDecimal" = EXCLUDED."priceDecimal", "priceAmerican" = EXCLUDED."priceAmerican", "point" = EXCLUDED."point",
      "bookmakerUpdatedAt" = EXCLUDED."bookmakerUpdatedAt", "lastSeenAt" = EXCLUDED."lastSeenAt"`;
  return changed.size;
}
