/**
 * The benchmark's synthetic-but-shaped-like-the-real-thing payload (see test/bench/odds.bench.ts): The Odds API v4
 * `/odds` events and `/events/{id}/odds` props responses for 16 NFL games, real team names, 10 real bookmaker keys.
 */
import { TEAMS } from '../../src/ingest/dfs/index.js';
import type { RawEvent } from './support.js';

const BOOKS = ['draftkings', 'fanduel', 'betmgm', 'williamhill_us', 'betrivers', 'bovada', 'mybookieag', 'betonlineag', 'lowvig', 'espnbet'];
const PROP_MARKETS = ['player_reception_yds', 'player_receptions', 'player_rush_yds'];
export const BENCH_GAMES = 16;
export const BENCH_PROP_OUTCOMES = 500;

export interface BenchPayload {
  matchups: { home: string; away: string; startsAt: Date }[];
  players: { name: string; team: string; opponent: string; gameKey: string }[];
  games: RawEvent[];
  props: RawEvent[];
  /** The same payloads with every 10th price moved. */
  movedGames(): RawEvent[];
  movedProps(): RawEvent[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export function buildBenchPayload(firstKickoff: Date): BenchPayload {
  const nfl = TEAMS.NFL;
  const stamp = firstKickoff.toISOString().replace('.000', '');
  const matchups = Array.from({ length: BENCH_GAMES }, (_, i) => {
    const home = nfl[2 * i];
    const away = nfl[2 * i + 1];
    if (!home || !away) throw new Error('NFL team table has fewer than 32 teams');
    return { home, away, startsAt: new Date(firstKickoff.getTime() + (i % 4) * 3 * 3_600_000) };
  });
  const eventId = (i: number): string => `b${String(i).padStart(31, '0')}`;
  const games: RawEvent[] = matchups.map((m, i) => ({
    id: eventId(i), sport_key: 'americanfootball_nfl', commence_time: m.startsAt.toISOString(),
    home_team: m.home.names[0] as string, away_team: m.away.names[0] as string,
    bookmakers: BOOKS.map((key, b) => {
      const spread = 1.5 + (i % 7) + (b % 3) * 0.5;
      return {
        key, title: key, last_update: stamp,
        markets: [
          { key: 'h2h', last_update: stamp, outcomes: [{ name: m.home.names[0] as string, price: round2(1.5 + b * 0.02) }, { name: m.away.names[0] as string, price: round2(2.6 - b * 0.02) }] },
          { key: 'spreads', last_update: stamp, outcomes: [{ name: m.home.names[0] as string, price: 1.91, point: -spread }, { name: m.away.names[0] as string, price: 1.91, point: spread }] },
          { key: 'totals', last_update: stamp, outcomes: [{ name: 'Over', price: round2(1.87 + b * 0.01), point: 40.5 + (i % 9) }, { name: 'Under', price: round2(1.95 - b * 0.01), point: 40.5 + (i % 9) }] },
        ],
      };
    }),
  }));
  const players = matchups.flatMap((m) => [m.home, m.away].flatMap((team) => [1, 2, 3, 4].map((k) => ({
    name: `${team.nickname} Receiver ${k}`, team: team.code, opponent: team === m.home ? m.away.code : m.home.code, gameKey: `${m.away.code}@${m.home.code}`,
  }))));
  const props: RawEvent[] = games.map((g, i) => {
    const count = Math.floor(BENCH_PROP_OUTCOMES / BENCH_GAMES) + (i < BENCH_PROP_OUTCOMES % BENCH_GAMES ? 1 : 0);
    const mine = players.slice(i * 8, i * 8 + 8);
    const outcomes: { book: string; market: string; name: string; description: string; price: number; point: number }[] = [];
    for (let n = 0; outcomes.length < count; n++) {
      const player = mine[Math.floor(n / 2) % mine.length] as { name: string };
      const market = PROP_MARKETS[Math.floor(n / 16) % PROP_MARKETS.length] as string;
      const book = BOOKS[Math.floor(n / 48) % BOOKS.length] as string;
      outcomes.push({ book, market, name: n % 2 === 0 ? 'Over' : 'Under', description: player.name, price: n % 2 === 0 ? -115 : -105, point: 40.5 + (n % 11) });
    }
    const books = [...new Set(outcomes.map((o) => o.book))];
    return {
      ...g,
      bookmakers: books.map((key) => ({
        key, title: key, last_update: stamp,
        markets: [...new Set(outcomes.filter((o) => o.book === key).map((o) => o.market))].map((market) => ({
          key: market, last_update: stamp,
          outcomes: outcomes.filter((o) => o.book === key && o.market === market).map(({ name, description, price, point }) => ({ name, description, price, point })),
        })),
      })),
    };
  });
  const move = (events: RawEvent[], step: (price: number) => number): RawEvent[] => {
    const copy = structuredClone(events);
    let n = 0;
    for (const e of copy) for (const b of e.bookmakers) for (const m of b.markets) for (const o of m.outcomes) if (n++ % 10 === 0) o.price = step(o.price);
    return copy;
  };
  return {
    matchups: matchups.map((m) => ({ home: m.home.code, away: m.away.code, startsAt: m.startsAt })),
    players, games, props,
    movedGames: () => move(games, (p) => round2(p + 0.05)),
    movedProps: () => move(props, (p) => (p === -115 ? -120 : -100)),
  };
}
