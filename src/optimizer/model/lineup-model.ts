import type { SiteRules } from '../../core/site-rules.js';
import type { OptimizerRules } from '../rules-schema.js';
import type { OptimizerPlayer } from '../types.js';
import { MipModel } from './mip-model.js';
import type { SlotGroup } from './slot-groups.js';

/** A column that puts one player row into one slot group. */
export interface AssignColumn {
  col: number;
  player: number;
  group: number;
}

/**
 * What "this key is stacked" means in player terms: at least `atLeast` of `rows` in the lineup, and at least
 * `perSide` from each of `sides` (a game stack's two teams). Per-stack exposure counts lineups by it.
 */
export interface StackContent {
  rows: number[];
  atLeast: number;
  sides: number[][];
  perSide: number;
}

/** A stack binary: rule index and the team/game/line it stands for. */
export interface StackColumn {
  /** The binary that partitions slice on (team-sizes: the team carries the first size). */
  col: number;
  rule: number;
  key: string;
  /** Every binary meaning "this key carries the rule" (team-sizes: one per size, at most one on); `col` first. */
  carriers: number[];
  /** Null for team stacks, whose exposure counts the carrying binary (a position spec is no linear count). */
  content: StackContent | null;
}

/**
 * The lineup MIP plus what is needed to read a solution back and to express player-level rules:
 * `playerCols[p]` are the columns whose sum is 1 when row p is in the lineup.
 */
export interface LineupModel {
  mip: MipModel;
  players: OptimizerPlayer[];
  siteRules: SiteRules;
  rules: OptimizerRules;
  groups: SlotGroup[];
  assign: AssignColumn[];
  playerCols: number[][];
  stackCols: StackColumn[];
  rosterSize: number;
  /** Row indexes per person (playerKey) and per team, for uniqueness cuts and team exposure. */
  rowsByKey: Map<string, number[]>;
  rowsByTeam: Map<string, number[]>;
  /** Lookup of a user's player reference (site id or playerKey) to row indexes. */
  resolve(ref: string): number[];
}

/** Terms `sum(sel(p))` for a list of player rows, with a coefficient. */
export function selTerms(model: Pick<LineupModel, 'playerCols'>, rows: Iterable<number>, coef = 1): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const p of rows) for (const c of model.playerCols[p] ?? []) out.push([c, coef]);
  return out;
}

/** Indexes players by id, playerKey and team. */
export function indexPlayers(players: OptimizerPlayer[]): Pick<LineupModel, 'rowsByKey' | 'rowsByTeam' | 'resolve'> {
  const rowsByKey = new Map<string, number[]>();
  const rowsByTeam = new Map<string, number[]>();
  const byId = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number): void => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  players.forEach((p, i) => {
    push(rowsByKey, p.playerKey, i);
    push(rowsByTeam, p.team, i);
    push(byId, p.id, i);
  });
  const resolve = (ref: string): number[] => byId.get(ref) ?? rowsByKey.get(ref) ?? [];
  return { rowsByKey, rowsByTeam, resolve };
}
