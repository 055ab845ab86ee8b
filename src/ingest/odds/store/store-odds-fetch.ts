import type { Db } from '../../../core/db.js';
import type { Sport } from '../../../core/site-rules.js';
import { normalizePlayerName } from '../../dfs/index.js';
import type { OddsEvent, OddsQuote } from '../api/parse-odds-events.js';
import { computeGameConsensus } from '../derive/compute-game-consensus.js';
import { computePropConsensus } from '../derive/compute-prop-consensus.js';
import { loadGameCandidates, loadManualAliases, loadPlayerCandidates, loadTeamResolver } from '../match/load-match-data.js';
import { matchEvent, type EventMatch } from '../match/match-event.js';
import { matchPlayers } from '../match/match-players.js';
import { storeGameLines, toGameLineRow } from './store-game-lines.js';
import { storePrices } from './store-prices.js';
import { storePropLines, toPropLineRow } from './store-prop-lines.js';
import { utcText } from './sql-values.js';
import { upsertOddsEvents } from './upsert-odds-events.js';

export interface UnmatchedEvent { eventId: string; homeTeam: string; awayTeam: string; commenceTime: string; reason: string }
export interface UnmatchedPlayer { eventId: string; name: string; reason: 'not_found' | 'ambiguous' }

/** What storing one response did. */
export interface StoreOutcome {
  pricesStored: number;
  gameLinesStored: number;
  propLinesStored: number;
  unmatchedEvents: UnmatchedEvent[];
  unmatchedPlayers: UnmatchedPlayer[];
}

// Serializes writers: two polls comparing against the same "current" row must not both append one change.
const STORE_LOCK = 0x0dd5;

/**
 * Stores one Odds API response: events (matched to our games by teams and kickoff), changed prices, and the
 * derived lines: per-game consensus for game markets, per-player consensus for props (matched to canonical players).
 * Unmatched events and players are stored all the same (gameId/playerId null) and returned for the report.
 * Matching reads happen before the transaction; all writes happen in one transaction.
 */
export async function storeOddsFetch(
  db: Db,
  sport: Sport,
  response: { events: readonly OddsEvent[]; quotes: readonly OddsQuote[]; fetchedAt: Date },
): Promise<StoreOutcome> {
  const { events, quotes, fetchedAt } = response;
  const resolveTeam = await loadTeamResolver(db, sport);
  const games = await loadGameCandidates(db, sport, events.map((e) => e.commenceTime));
  const matches = new Map<string, EventMatch<number>>(events.map((e) => [e.id, matchEvent(e, resolveTeam, games)]));
  const unmatchedEvents: UnmatchedEvent[] = [];
  for (const e of events) {
    const m = matches.get(e.id);
    if (m?.status === 'unmatched') {
      unmatchedEvents.push({ eventId: e.id, homeTeam: e.homeTeam, awayTeam: e.awayTeam, commenceTime: e.commenceTime.toISOString(), reason: m.reason });
    }
  }
  const propQuotes = quotes.filter((q) => q.description !== null);
  const playerIds = new Map<string, number | null>(); // `${eventId}\0${name}` → player
  const unmatchedPlayers: UnmatchedPlayer[] = [];
  const namesByEvent = new Map<string, Set<string>>();
  for (const q of propQuotes) {
    const set = namesByEvent.get(q.eventId) ?? new Set<string>();
    set.add(q.description as string);
    namesByEvent.set(q.eventId, set);
  }
  const propEvents = events.filter((e) => namesByEvent.has(e.id));
  if (propEvents.length > 0) {
    const codesOf = (e: OddsEvent): string[] => {
      const m = matches.get(e.id);
      return m ? [m.homeCode, m.awayCode].filter((c): c is string => c !== null) : [];
    };
    const [candidates, manual] = await Promise.all([
      loadPlayerCandidates(db, sport, propEvents.flatMap(codesOf), new Date(Math.min(...propEvents.map((e) => e.commenceTime.getTime())))),
      loadManualAliases(db, sport, propEvents.flatMap((e) => [...(namesByEvent.get(e.id) ?? [])])),
    ]);
    for (const e of propEvents) {
      const names = [...(namesByEvent.get(e.id) ?? [])];
      const codes = new Set(codesOf(e));
      const result = matchPlayers({ names, candidates: candidates.filter((c) => c.team !== null && codes.has(c.team)), normalize: normalizePlayerName, resolveTeam });
      for (const name of names) {
        const override = manual.get(normalizePlayerName(name));
        const r = result.get(name);
        const id = override ?? (r?.status === 'matched' ? r.playerId : null);
        playerIds.set(`${e.id}\u0000${name}`, id);
        if (id === null && r?.status === 'unmatched') unmatchedPlayers.push({ eventId: e.id, name, reason: r.reason });
      }
    }
  }

  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${STORE_LOCK}::int)`;
    const stored = await upsertOddsEvents(tx, events, fetchedAt);
    const links = events.flatMap((e) => {
      const m = matches.get(e.id);
      const row = stored.get(e.id);
      return m?.status === 'matched' && row && row.gameId !== m.gameId ? [{ id: row.id, gameId: m.gameId }] : [];
    });
    if (links.length > 0) {
      await tx.$executeRaw`
        UPDATE "OddsEvent" e SET "gameId" = l.game, "updatedAt" = ${utcText(fetchedAt)}::timestamp(3)
        FROM unnest(${links.map((l) => l.id)}::int[], ${links.map((l) => l.gameId)}::int[]) AS l(id, game) WHERE e."id" = l.id`;
    }
    const pricesStored = await storePrices(tx, quotes, stored, fetchedAt);
    const gameRows = events.flatMap((e) => {
      const m = matches.get(e.id);
      if (m?.status !== 'matched') return [];
      return [toGameLineRow(m.gameId, computeGameConsensus(e, quotes), m.swapped)];
    });
    const gameLinesStored = await storeGameLines(tx, gameRows, fetchedAt);
    const propRows = computePropConsensus(propQuotes).flatMap((c) => {
      const row = stored.get(c.eventId);
      return row ? [toPropLineRow(row.id, playerIds.get(`${c.eventId}\u0000${c.player}`) ?? null, c)] : [];
    });
    const propLinesStored = await storePropLines(tx, propRows, fetchedAt);
    return { pricesStored, gameLinesStored, propLinesStored, unmatchedEvents, unmatchedPlayers };
  }, { timeout: 60_000, maxWait: 30_000 });
}
