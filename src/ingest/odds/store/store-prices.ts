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
  const changed = selectChangedQuotes(rows, last);
  const at = utcText(capturedAt);
  const cols = (list: readonly OddsQuote[]) => ({
    eventId: list.map((q) => (events.get(q.eventId) as StoredEvent).id),
    bookmaker: list.map((q) => q.bookmaker),
    market: list.map((q) => q.market),
    outcome: list.map((q) => q.outcome),
    description: list.map((q) => q.description ?? ''),
    decimal: list.map((q) => q.priceDecimal),
    american: list.map((q) => q.priceAmerican),
    point: list.map((q) => q.point),
    updated: list.map((q) => utcTextOrNull(q.lastUpdate)),
  });
  if (changed.length > 0) {
    const c = cols(changed);
    await tx.$executeRaw`
      INSERT INTO "OddsPrice" ("eventId", "bookmaker", "market", "outcomeName", "description", "priceDecimal",
        "priceAmerican", "point", "bookmakerUpdatedAt", "capturedAt")
      SELECT r.*, ${at}::timestamp(3) FROM unnest(
        ${c.eventId}::int[], ${c.bookmaker}::text[], ${c.market}::text[], ${c.outcome}::text[], ${c.description}::text[],
        ${c.decimal}::float8[], ${c.american}::int[], ${c.point}::float8[], ${c.updated}::timestamp(3)[]) AS r`;
  }
  const a = cols(rows);
  // capturedAt of the current row is when its price was first seen; it only moves when the price does.
  await tx.$executeRaw`
    INSERT INTO "OddsPriceCurrent" ("eventId", "bookmaker", "market", "outcomeName", "description", "priceDecimal",
      "priceAmerican", "point", "bookmakerUpdatedAt", "capturedAt", "lastSeenAt")
    SELECT r.*, ${at}::timestamp(3), ${at}::timestamp(3) FROM unnest(
      ${a.eventId}::int[], ${a.bookmaker}::text[], ${a.market}::text[], ${a.outcome}::text[], ${a.description}::text[],
      ${a.decimal}::float8[], ${a.american}::int[], ${a.point}::float8[], ${a.updated}::timestamp(3)[]) AS r
    ON CONFLICT ("eventId", "bookmaker", "market", "outcomeName", "description") DO UPDATE SET
      "capturedAt" = CASE
        WHEN ("OddsPriceCurrent"."priceDecimal", "OddsPriceCurrent"."point") IS DISTINCT FROM (EXCLUDED."priceDecimal", EXCLUDED."point")
        THEN EXCLUDED."capturedAt" ELSE "OddsPriceCurrent"."capturedAt" END,
      "priceDecimal" = EXCLUDED."priceDecimal", "priceAmerican" = EXCLUDED."priceAmerican", "point" = EXCLUDED."point",
      "bookmakerUpdatedAt" = EXCLUDED."bookmakerUpdatedAt", "lastSeenAt" = EXCLUDED."lastSeenAt"`;
  return changed.length;
}
