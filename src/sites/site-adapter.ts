/**
 * What the platform needs to know about one DFS site, behind one interface: its roster rules and scoring per sport,
 * how to read its salary file, how to write its upload and entries files, and its own words (status codes, captain
 * slots, id formats). Every module asks `siteAdapter(site)` instead of checking the site's name; adding a site is
 * adding an adapter (src/sites/<site>/adapter.ts) and its entry in the registry.
 */
import type { GameType, Site, Sport } from '../core/site-rules.js';
import type { ScoringTable } from '../core/scoring-rules.js';
import type { HeaderMatch } from '../ingest/dfs/parse/find-header.js';
import type { CsvRow } from '../ingest/dfs/parse/read-csv-rows.js';
import type { ParsedSlate } from '../ingest/dfs/parse/types.js';
import type { RulesBody } from './roster-positions.js';

/** What a salary file parser may be told (each site reads the keys it needs). */
export interface SalaryFileOptions {
  sport?: Sport;
  /** FanDuel single-game lists look like classic ones: callers that know pass 'showdown'. */
  gameType?: GameType;
  /** Original file name: FanDuel names carry the sport and date. */
  fileName?: string;
  teamAliases?: Partial<Record<Sport, ReadonlyMap<string, string>>>;
  /** The slate's date (YYYY-MM-DD) for legacy files whose games give only a time. */
  date?: string;
}

/** One contest's entry row of an entries upload file. */
export interface EntryRow {
  entryId: string;
  contestId: string;
  contestName: string;
  entryFee: number;
}

export interface SiteAdapter {
  site: Site;
  /** Name as people write it: 'DraftKings'. */
  label: string;
  /** Short form for tight places: 'DK'. */
  shortLabel: string;
  /** Roster rules for every sport and game type (the registry adds site, sport, game type and upload names). */
  rosterRules(sport: Sport, gameType: GameType): RulesBody;
  /** Fantasy scoring for every sport. */
  scoring: Readonly<Record<Sport, ScoringTable>>;
  salaryFile: {
    /** What the site calls the file, for messages: 'salary file', 'players list'. */
    title: string;
    /** The site's player table in a CSV (anywhere in the file: entries templates carry it on the right). */
    findHeader(rows: CsvRow[]): HeaderMatch | null;
    /** The table read into a slate; throws SalaryFileError naming the line or column. */
    parse(rows: CsvRow[], options: SalaryFileOptions): ParsedSlate;
  };
  /** True when player ids are unique to one site slate (DK draftable ids), so a file's ids find its slate. */
  playerIdsNameOneSlate: boolean;
  /** The part of a site player id that names the person across slates (FanDuel "<slate>-<player>"); null if none. */
  personIdOf(sitePlayerId: string): string | null;
  /** The site's raw status codes (the one status rule in core/player-status reads every one of them). */
  statusCodes: readonly string[];
  /** Slot names whose rows are captain rows when a slate lists a player once per captain slot. */
  captainSlots: readonly string[];
  /** One lineup cell of an upload or entries file for a player (the bare id when there is no name). */
  uploadCell(id: string, name: string | null): string;
  /** True when the site's own templates quote every cell (FanDuel), so files we write back do too. */
  quotesEveryCell: boolean;
  /** File name of a lineup set's upload file. */
  lineupsFileName(lineupSetId: number): string;
  /** File name of a slate's stored entries as the site's entries file. */
  entriesFileName(slateId: number): string;
  /** Entries file: the header (entry columns then the slot columns) and one entry's row. */
  entriesHeader(slotNames: readonly string[]): string[];
  entriesRow(entry: EntryRow, slotCells: readonly string[]): string[];
}
