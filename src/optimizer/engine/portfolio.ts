import type { LineupModel } from '../model/lineup-model.js';
import { selTerms } from '../model/lineup-model.js';
import type { MipRow } from '../model/mip-model.js';
import { ExposureTracker } from './exposure-tracker.js';
import type { ModelEvent } from './solve-protocol.js';

/** An accepted lineup as solver columns. */
export interface AcceptedLineup {
  ones: number[];
  objective: number;
  rows: number[];
  keys: Set<string>;
}

/**
 * The lineups accepted so far and the rules between them: minimum unique players (by person, so a showdown
 * CPT/FLEX swap of the same six people is not "unique") and exposure, which it turns into model events.
 */
export class Portfolio {
  readonly accepted: AcceptedLineup[] = [];
  readonly tracker: ExposureTracker;
  private readonly assignCol: Map<number, number>;
  private readonly maxOverlap: number;

  constructor(private readonly model: LineupModel, readonly total: number) {
    this.tracker = new ExposureTracker(model, total);
    this.assignCol = new Map(model.assign.map((a) => [a.col, a.player]));
    this.maxOverlap = model.rosterSize - model.rules.minUnique;
  }

  get remaining(): number {
    return this.total - this.accepted.length;
  }

  toLineup(ones: number[], objective: number): AcceptedLineup {
    const rows = ones.map((c) => this.assignCol.get(c)).filter((r): r is number => r !== undefined);
    const keys = new Set(rows.map((r) => this.model.players[r]?.playerKey ?? ''));
    return { ones, objective, rows, keys };
  }

  /** The first accepted lineup sharing too many people with `candidate`, if any. */
  conflict(candidate: AcceptedLineup): AcceptedLineup | null {
    for (const a of this.accepted) {
      let shared = 0;
      for (const k of candidate.keys) if (a.keys.has(k)) shared += 1;
      if (shared > this.maxOverlap) return a;
    }
    return null;
  }

  /** The cut that keeps later lineups at least minUnique people away from `lineup`. */
  cutFor(lineup: AcceptedLineup): MipRow {
    const rows = [...lineup.keys].flatMap((k) => this.model.rowsByKey.get(k) ?? []);
    const terms = selTerms(this.model, rows);
    return { lower: -Infinity, upper: this.maxOverlap, idx: terms.map((t) => t[0]), val: terms.map((t) => t[1]), group: 'min unique' };
  }

  /** Accepts a lineup; returns the exposure events it triggers. */
  accept(lineup: AcceptedLineup): ModelEvent[] {
    this.accepted.push(lineup);
    return this.tracker.record(lineup.rows, new Set(lineup.ones), this.remaining);
  }
}
