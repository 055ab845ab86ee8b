import type { HistoryGame } from './history-types.js';

/** One stored result row: a player on one slate date, his team then, whether he played, his points. */
export interface HistoryRecord {
  playerKey: string;
  team: string;
  date: string;
  played: boolean;
  points: number;
}

/** Stored results indexed for the history model: games per player and slate-game dates per team. */
export interface HistoryIndex {
  games: Map<string, HistoryGame[]>;
  teamDates: Map<string, string[]>;
}

/**
 * Indexes result rows strictly before `before` (YYYY-MM-DD): the model never sees the slate it projects. A team
 * "played" on a date when any of its players has a stored row that date; one row per player and date is kept
 * (a player on two slates of one date, main and late, counts once, played if either says so).
 */
export function buildHistoryIndex(records: Iterable<HistoryRecord>, before: string): HistoryIndex {
  const perPlayer = new Map<string, Map<string, HistoryGame>>();
  const perTeam = new Map<string, Set<string>>();
  for (const r of records) {
    if (!(r.date < before)) continue;
    const dates = perPlayer.get(r.playerKey) ?? new Map<string, HistoryGame>();
    const seen = dates.get(r.date);
    if (!seen || (!seen.played && r.played)) dates.set(r.date, { date: r.date, played: r.played, points: r.played ? r.points : 0 });
    perPlayer.set(r.playerKey, dates);
    const teamSet = perTeam.get(r.team) ?? new Set<string>();
    teamSet.add(r.date);
    perTeam.set(r.team, teamSet);
  }
  const games = new Map([...perPlayer].map(([k, m]) => [k, [...m.values()].sort((a, b) => (a.date < b.date ? -1 : 1))]));
  const teamDates = new Map([...perTeam].map(([k, s]) => [k, [...s].sort()]));
  return { games, teamDates };
}
