/**
 * The one shape of a slate player on its way from the database to sims, lineups and pages. Module shapes that are
 * truly different (the solver's numeric arrays, the sim's one-person-per-showdown-pair) derive from it in one place.
 */

/** The slate a pool belongs to. */
export interface SlateInfo {
  id: number;
  site: string;
  /** Sport code ('NFL', 'NBA', ...). */
  sport: string;
  gameType: string;
  name: string | null;
  siteSlateId: string;
  firstStartsAt: Date | null;
  lastStartsAt: Date | null;
}

/** A projection set's numbers for one row beyond mean and sd (null where the set has none). */
export interface SlateRowStats {
  median: number | null;
  floor: number | null;
  ceiling: number | null;
  p10: number | null;
  p25: number | null;
  p75: number | null;
  p90: number | null;
  p99: number | null;
  boomProb: number | null;
  boom4xProb: number | null;
  bustProb: number | null;
  minExposure: number | null;
  maxExposure: number | null;
  /** NHL line (1-4) the upload gave. */
  line: number | null;
  baselineSource: string | null;
  playProbability: number | null;
}

/** One SlatePlayer row with its team, game and (when a projection set is asked for) projection. */
export interface SlateRow {
  /** SlatePlayer.id. */
  id: number;
  slateId: number;
  /** Canonical Player.id: a showdown's CPT and FLEX rows share it. */
  playerId: number;
  /** The site's id for the row (goes into upload files). */
  sitePlayerId: string;
  name: string;
  /** Canonical (DraftKings) team code. */
  team: string;
  opponent: string | null;
  gameId: number | null;
  /** `away@home` (see game-key.ts); null when the row has no game. */
  gameKey: string | null;
  /** True when the row's team is the game's home team; null without a game. */
  isHome: boolean | null;
  startsAt: Date | null;
  positions: string[];
  rosterPositions: string[];
  salary: number;
  /** The site's status word ('O', 'Q', 'IR', ...), as listed. */
  status: string | null;
  injuryNote: string | null;
  avgPoints: number | null;
  battingOrder: number | null;
  isProbablePitcher: boolean | null;
  /** A showdown captain / MVP row (the site rules' captain slot is its only roster position). */
  isCaptain: boolean;
  /** The projection set's mean; null without a set or when the set has no row for it. */
  mean: number | null;
  sd: number | null;
  ownership: number | null;
  /** The rest of the set's numbers; null without a projection for the row. */
  stats: SlateRowStats | null;
}

/** A slate with its rows (ascending SlatePlayer id: the order stored draws use). */
export interface SlatePool {
  slate: SlateInfo;
  /** The projection set read, when one was asked for. */
  projectionSetId: number | null;
  rows: SlateRow[];
}

/** A team as pages and responses name it. */
export interface TeamRef { id: number; code: string; name: string }

/** One game with its teams (and venue, when linked). */
export interface GameInfo {
  id: number;
  sport: string;
  /** `away@home`. */
  gameKey: string;
  homeTeam: TeamRef;
  awayTeam: TeamRef;
  startsAt: Date;
  /** The source gave only the day: startsAt is 00:00 US Eastern of it. */
  startTimeTbd: boolean;
  status: string;
  venue: { id: number; name: string; roof: string; city: string | null } | null;
}
