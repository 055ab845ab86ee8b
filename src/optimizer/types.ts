import type { SiteRules } from '../core/site-rules.js';

/** One selectable row of a slate, as the optimizer sees it (DK showdown lists a person twice: CPT and FLEX). */
export interface OptimizerPlayer {
  /** Site id that goes into the upload file ("40742296", "124417-138820"). */
  id: string;
  /** Same real person within the slate: DK showdown CPT and FLEX rows share it. */
  playerKey: string;
  name: string;
  /** Natural positions, e.g. ['PG','SF']. */
  positions: string[];
  /** Slots the site says this row may fill (e.g. ['CPT']); empty when unknown. */
  rosterPositions: string[];
  salary: number;
  team: string;
  opponent: string | null;
  gameKey: string | null;
  /** Projected fantasy points (before any slot multiplier). */
  projection: number;
  /** Projected ownership, 0..1 (or percent when the user's rules say so; only compared to the rules' bounds). */
  ownership: number | null;
  /** Standard deviation of the projection, for normal randomness. */
  stdDev: number | null;
  battingOrder: number | null;
  /** Line/unit id within the team (NHL lines), when the data has it. */
  line: string | null;
  /** Game start, for late swap. */
  startsAt: Date | null;
}

/** One slot of a built lineup. */
export interface LineupSlot {
  slot: string;
  /** Index into the site rules' slots (and upload columns). */
  slotIndex: number;
  player: OptimizerPlayer;
  points: number;
  salary: number;
}

/** A stack found in a lineup: the team (or game) and the players forming it. */
export interface LineupStack {
  kind: 'team' | 'game';
  key: string;
  size: number;
  positions: string[];
}

export interface Lineup {
  /** 1-based order in which it was built. */
  index: number;
  slots: LineupSlot[];
  salary: number;
  /** Projected points using the base projections and slot multipliers. */
  projection: number;
  /** Objective value the solver maximised for this lineup (differs from projection with randomness or draws). */
  objective: number;
  ownershipSum: number | null;
  stacks: LineupStack[];
}

/** Everything the engine needs: players, site rules and the user's rules. */
export interface OptimizerInput {
  players: OptimizerPlayer[];
  siteRules: SiteRules;
}
