import { selTerms, type LineupModel, type StackContent } from '../model/lineup-model.js';
import type { MipRow } from '../model/mip-model.js';

/** True when a lineup (its player rows) stacks the key: enough of its rows, and enough from each side. */
export function isStacked(content: StackContent, inLineup: ReadonlySet<number>): boolean {
  const count = (rows: number[]): number => rows.reduce((n, r) => n + (inLineup.has(r) ? 1 : 0), 0);
  return count(content.rows) >= content.atLeast && content.sides.every((side) => count(side) >= content.perSide);
}

/**
 * The row that keeps a key from being stacked: fewer than `atLeast` of its rows. With a per-side minimum this
 * also forbids a one-sided pile of players from that game, since "not (enough and both sides)" is not linear;
 * a max exposure is then kept safely, never exceeded.
 */
export function unstackRow(model: LineupModel, content: StackContent, group: string): MipRow {
  const terms = selTerms(model, content.rows);
  return { lower: -Infinity, upper: content.atLeast - 1, idx: terms.map((t) => t[0]), val: terms.map((t) => t[1]), group };
}
