import type { InjuryStatus } from '../../../core/player-status.js';
import type { Site } from '../../../core/site-rules.js';

/** Where a report came from. News feeds are `news` with the feed URL in `sourceUrl`. */
export type InjurySource = 'espn' | 'nfl-report' | 'news' | Site;

/** One source's statement about one player's availability, normalised. */
export interface InjuryReport {
  source: InjurySource;
  /** The player's id at that source (ESPN athlete id, GSIS id, news item guid…), or null. */
  sourcePlayerId: string | null;
  playerName: string;
  /** The source's team code, not yet canonical (ESPN writes WSH, nflverse LA). */
  team: string | null;
  position: string | null;
  rawStatus: string;
  status: InjuryStatus;
  /** Short human note: "(ankle) is warming up…", "Hamstring - Did Not Participate In Practice". */
  note: string | null;
  /** When the source says the report was made (UTC). */
  reportedAt: Date;
  sourceUrl: string | null;
  /** The canonical player when the source already knows it (site statuses of ingested slates). */
  playerId?: number;
}

/** A parser's answer: reports plus one line per skipped row/item, naming it. */
export interface ParsedInjuries {
  reports: InjuryReport[];
  warnings: string[];
}
