import type { OddsEvent, OddsQuote } from '../api/parse-odds-events.js';
import { medianOf, removeVig } from './remove-vig.js';

/** What the sim engine reads per game: market consensus across bookmakers. */
export interface GameConsensus {
  eventId: string;
  /** Median across books of each book's no-vig home win probability. */
  homeWinProbability: number | null;
  awayWinProbability: number | null;
  /** Draw probability for 3-way markets (soccer); null otherwise. */
  drawProbability: number | null;
  /** Median home-team spread point (negative = home favoured). */
  spreadHome: number | null;
  /** Median total points line. */
  total: number | null;
  impliedHomeTotal: number | null;
  impliedAwayTotal: number | null;
  /** Bookmakers that contributed to each number. */
  h2hBooks: number;
  spreadBooks: number;
  totalBooks: number;
}

/**
 * Implied team totals from a total and the home spread: total 47.5, home -3.5 → home 25.5, away 22.0.
 * (home - away = -spread and home + away = total.)
 */
export function computeImpliedTotals(total: number, spreadHome: number): { home: number; away: number } {
  return { home: (total - spreadHome) / 2, away: (total + spreadHome) / 2 };
}

/**
 * Consensus game lines of one event from the current quotes of every bookmaker.
 * Quotes of other events and of prop markets are ignored.
 */
export function computeGameConsensus(event: OddsEvent, quotes: readonly OddsQuote[]): GameConsensus {
  const byBook = new Map<string, OddsQuote[]>();
  for (const q of quotes) {
    if (q.eventId !== event.id || q.description !== null) continue;
    const key = `${q.bookmaker}\u0000${q.market}`;
    const list = byBook.get(key);
    if (list) list.push(q);
    else byBook.set(key, [q]);
  }
  const home: number[] = [];
  const away: number[] = [];
  const draw: number[] = [];
  const spreads: number[] = [];
  const totals: number[] = [];
  for (const list of byBook.values()) {
    const market = list[0]?.market;
    if (market === 'h2h') {
      const probs = removeVig(list.map((q) => q.priceDecimal));
      if (!probs) continue;
      const probOf = (name: string): number | undefined => probs[list.findIndex((q) => q.outcome === name)];
      const h = probOf(event.homeTeam);
      const a = probOf(event.awayTeam);
      if (h === undefined || a === undefined) continue;
      home.push(h);
      away.push(a);
      const d = probOf('Draw');
      if (d !== undefined) draw.push(d);
    } else if (market === 'spreads') {
      const h = list.find((q) => q.outcome === event.homeTeam)?.point;
      const a = list.find((q) => q.outcome === event.awayTeam)?.point;
      const point = h ?? (a === undefined || a === null ? null : -a);
      if (point !== null && point !== undefined) spreads.push(point);
    } else if (market === 'totals') {
      const point = (list.find((q) => q.outcome === 'Over') ?? list.find((q) => q.outcome === 'Under'))?.point;
      if (point !== null && point !== undefined) totals.push(point);
    }
  }
  const spreadHome = medianOf(spreads);
  const total = medianOf(totals);
  const implied = spreadHome !== null && total !== null ? computeImpliedTotals(total, spreadHome) : null;
  let [hp, ap, dp] = [medianOf(home), medianOf(away), medianOf(draw)];
  // Medians of each side need not sum to 1; renormalize so the sim gets a distribution.
  if (hp !== null && ap !== null) {
    const sum = hp + ap + (dp ?? 0);
    [hp, ap, dp] = [hp / sum, ap / sum, dp === null ? null : dp / sum];
  }
  return {
    eventId: event.id,
    homeWinProbability: hp,
    awayWinProbability: ap,
    drawProbability: dp,
    spreadHome,
    total,
    impliedHomeTotal: implied?.home ?? null,
    impliedAwayTotal: implied?.away ?? null,
    h2hBooks: home.length,
    spreadBooks: spreads.length,
    totalBooks: totals.length,
  };
}
