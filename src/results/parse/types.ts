/** One player row of a results file or of a standings export's right half. */
export interface PlayerResultRow {
  line: number;
  /** The site's player id (results CSV `ID`), when given. */
  sitePlayerId: string | null;
  name: string | null;
  team: string | null;
  /** Natural position(s) the file gives ("SP", "PG/SG"); keeps a pitcher from matching a hitter. */
  position: string | null;
  /** The slot the standings listed the player under (DK showdown lists CPT separately); null in a results CSV. */
  rosterPosition: string | null;
  fpts: number;
  /** From a `Played` column; null when the file has none. */
  played: boolean | null;
  /** Percent (55.51 for "55.51%"). */
  ownership: number | null;
}

/** One entry of a standings export's left half (or of a points-only export). */
export interface StandingEntryRow {
  line: number;
  entryKey: string;
  entryId: string | null;
  entryName: string | null;
  rank: number;
  points: number;
  /** The raw `Lineup` text; null in a points-only export. */
  lineup: string | null;
}

export type ResultsFileKind = 'standings' | 'standings-points-only' | 'results-csv';

export interface ParsedResultsFile {
  kind: ResultsFileKind;
  players: PlayerResultRow[];
  entries: StandingEntryRow[];
  /** SHA-256 of the entries part: the contest key when the file name carries no contest id. */
  entriesHash: string | null;
}
