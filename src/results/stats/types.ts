import type { Sport } from '../../core/site-rules.js';

export const STAT_SOURCES = ['nflverse', 'espn', 'mlb'] as const;
export type StatSource = (typeof STAT_SOURCES)[number];

/** One player's line in one game, parsed from a box score or game log, before it is stored. */
export interface ParsedStatLine {
  sport: Sport;
  source: StatSource;
  sourceGameId: string;
  sourcePlayerId: string;
  playerName: string;
  /** Canonical team code (DraftKings'), or the source's spelling when it resolves to none. */
  team: string;
  opponent: string | null;
  position: string | null;
  /** The game's US Eastern date, YYYY-MM-DD (nflverse: the Sunday of the week until a stored game says otherwise). */
  gameDate: string;
  season: number | null;
  week: number | null;
  played: boolean;
  /** Normalized keys (src/core/scoring-rules STAT_KEYS). */
  stats: Record<string, number>;
  rawStats: Record<string, unknown>;
  /** Kickoffs of the game this line can belong to: [from, to). */
  window: { from: Date; to: Date };
}

/** A row or athlete that could not be read: named and counted, never stored. */
export interface SkippedStat { ref: string; reason: string }

export interface ParsedStats {
  source: StatSource;
  lines: ParsedStatLine[];
  skipped: SkippedStat[];
  /**
   * Per game: the teams whose whole box score this file holds, so slate players of those teams with no line did not
   * play. nflverse covers only offense (positions listed); a per-player game log covers nobody else.
   */
  /** False when the box score says the game is not over (the poller waits); undefined when the source does not say. */
  final?: boolean;
  coverage: { sourceGameId: string; teams: string[]; window: { from: Date; to: Date }; positions: string[] | null }[];
}
