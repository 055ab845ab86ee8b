/** A slate row as the contest engine sees it (a DK showdown CPT row is its own row). */
export interface ContestRow {
  /** Index into the simulation model's players (CPT and FLEX rows of one person share it). */
  simIndex: number;
  positions: string[];
  salary: number;
  team: string;
  gameKey: string | null;
  /** True for a DK showdown captain row (fills captain slots only). */
  captainRow: boolean;
  /** Projected share of entries holding this row (0..1). */
  ownership: number;
  /** Mean points (raw, before any slot multiplier). */
  mean: number;
}

/** Roster rules the field generator honours (a subset of SiteRules from src/core/site-rules.ts). */
export interface ContestRules {
  salaryCap: number;
  slots: { name: string; eligible: string[]; pointsMultiplier?: number }[];
  maxPerTeam: number | null;
  maxPerTeamExcludePositions?: string[];
  minGames: number;
  captainRows: boolean;
}

/** Lineups as rows per slot: entries[e * slotCount + k] = row index filling slot k of entry e. */
export interface LineupMatrix {
  slotCount: number;
  entryCount: number;
  rows: Int32Array;
}
