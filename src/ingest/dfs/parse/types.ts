/**
 * The normalized slate model every DFS source (DK/FD CSV, DK JSON APIs) is parsed into. Shared contract between
 * the ingestion, optimizer, sim and API modules: change it only with the team.
 */
import type { GameType, Site, Sport } from '../../../core/site-rules.js';

export type { GameType, Site, Sport } from '../../../core/site-rules.js';

export interface ParsedGame {
  /** `${away}@${home}` in canonical (DraftKings) team codes. */
  gameKey: string;
  awayTeam: string;
  homeTeam: string;
  /** Kickoff in UTC; null when the source gives no date (FanDuel lists, legacy DK exports). */
  startsAt: Date | null;
  siteGameId: string | null;
  /**
   * What the source says of the game, when it says anything (DK competitionState): a postponed game's startsAt is a
   * placeholder and must not move the stored kickoff. Absent: the source does not tell (CSV files).
   */
  status?: GameStatus;
}

/** Game.status values. */
export type GameStatus = 'scheduled' | 'postponed' | 'cancelled' | 'suspended';

export interface ParsedPlayer {
  /** DK draftable id "40742296"; FD id "124417-138820". */
  sitePlayerId: string;
  /** Same real person within the slate (showdown CPT and FLEX rows share it): normalized name + team. */
  playerKey: string;
  name: string;
  /** Natural positions, e.g. ['PG','SF'], ['QB'], ['SP']. */
  positions: string[];
  /** Slots this row may fill, e.g. ['PG','SF','F','G','UTIL'], ['CPT'], ['RB','FLEX']. */
  rosterPositions: string[];
  /** For a DK showdown CPT row: the CPT salary (1.5x). */
  salary: number;
  team: string;
  opponent: string | null;
  gameKey: string | null;
  /** Site average points (AvgPointsPerGame / FPPG). */
  avgPoints: number | null;
  /** Raw site status: 'Q','D','O','OUT','IR','IL', null when healthy. */
  status: string | null;
  injuryNote: string | null;
  /** MLB, when the site gives it. */
  battingOrder: number | null;
  isProbablePitcher: boolean | null;
}

export interface ParsedSlate {
  site: Site;
  sport: Sport;
  gameType: GameType;
  siteSlateId: string | null;
  games: ParsedGame[];
  players: ParsedPlayer[];
  warnings: string[];
}
