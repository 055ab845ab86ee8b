import type { LineupModel, StackContent } from '../model/lineup-model.js';
import { selTerms } from '../model/lineup-model.js';
import type { ModelEvent } from './solve-protocol.js';
import { isStacked, unstackRow } from './stack-content.js';

/** One exposure bound as a count of lineups, and how many lineups met it so far. */
export interface ExposureBound {
  kind: 'player' | 'team' | 'stack';
  key: string;
  label: string;
  min: number | null;
  max: number | null;
  /** Lineup-count bounds derived from the fractions and the number of lineups. */
  minCount: number;
  maxCount: number;
  count: number;
  /** Rows (players) or stack columns the bound is about. */
  rows: number[];
  stackCols: number[];
  /** Stacks other than team stacks: counted by lineup content, banned by a row (see StackContent). */
  content: StackContent | null;
  banned: boolean;
  forced: boolean;
  /** Best-effort mode gave this bound up (it could not be met). */
  dropped: boolean;
}

const eps = 1e-9;

/**
 * Turns exposure fractions into lineup counts and, as lineups are accepted, into model events: a player, team or
 * stack at its max is banned from the remaining lineups; one whose min needs every remaining lineup is forced.
 */
export class ExposureTracker {
  readonly bounds: ExposureBound[] = [];

  constructor(private readonly model: LineupModel, private readonly total: number) {
    const { rules, players } = model;
    const exp = rules.exposure;
    for (const [key, rows] of model.rowsByKey) {
      const first = players[rows[0] ?? -1];
      if (!first) continue;
      const own = exp.players[first.id] ?? exp.players[key] ?? {};
      this.add('player', key, first.name, own.min ?? null, own.max ?? exp.maxPlayer ?? null, rows, []);
    }
    for (const [team, b] of Object.entries(exp.teams)) {
      this.add('team', team, `team ${team}`, b.min ?? null, b.max ?? null, model.rowsByTeam.get(team) ?? [], []);
    }
    rules.stacks.forEach((s, i) => {
      if (s.maxExposure === undefined && s.minExposure === undefined) return;
      for (const sc of model.stackCols.filter((c) => c.rule === i)) {
        this.add('stack', `${i}:${sc.key}`, `stack #${i + 1} ${sc.key}`, s.minExposure ?? null, s.maxExposure ?? null, [], sc.carriers, sc.content);
      }
    });
  }

  private add(kind: ExposureBound['kind'], key: string, label: string, min: number | null, max: number | null, rows: number[], stackCols: number[], content: StackContent | null = null): void {
    if (min === null && max === null) return;
    this.bounds.push({
      kind, key, label, min, max, rows, stackCols, content, count: 0, banned: false, forced: false, dropped: false,
      minCount: min === null ? 0 : Math.ceil(min * this.total - eps),
      // A positive max always allows one lineup: 50% of a single lineup means "may appear", not "banned".
      maxCount: max === null ? this.total : max === 0 ? 0 : Math.max(1, Math.floor(max * this.total + eps)),
    });
  }

  /** Records an accepted lineup (its player rows and the stack columns at 1); returns the new events. */
  record(rows: number[], ones: Set<number>, remaining: number): ModelEvent[] {
    const inLineup = new Set(rows);
    for (const b of this.bounds) {
      const hit = b.content ? isStacked(b.content, inLineup) : b.kind === 'stack' ? b.stackCols.some((c) => ones.has(c)) : b.rows.some((r) => inLineup.has(r));
      if (hit) b.count += 1;
    }
    return this.events(remaining);
  }

  /** Every ban and force in force, rebuilt from scratch (after best-effort mode dropped some bounds). */
  activeEvents(): ModelEvent[] {
    return this.bounds.filter((b) => !b.dropped).flatMap((b): ModelEvent[] => [
      ...(b.banned ? [this.banEvent(b)] : []),
      ...(b.forced ? [{ kind: 'row' as const, row: { ...this.forceRow(b), group: `exposure ${b.label}` } }] : []),
    ]);
  }

  /** Bans and forces due now, given how many lineups remain. */
  events(remaining: number): ModelEvent[] {
    const out: ModelEvent[] = [];
    for (const b of this.bounds) {
      if (b.dropped) continue;
      if (!b.banned && b.count >= b.maxCount) {
        b.banned = true;
        out.push(this.banEvent(b));
      }
      const need = b.minCount - b.count;
      if (!b.forced && need > 0 && need >= remaining) {
        b.forced = true;
        out.push({ kind: 'row', row: { ...this.forceRow(b), group: `exposure ${b.label}` } });
      }
    }
    return out;
  }

  /** A bound at its max: its players (or the team's stack binary) fixed to 0, or a content stack kept below size. */
  private banEvent(b: ExposureBound): ModelEvent {
    if (b.content) return { kind: 'row', row: unstackRow(this.model, b.content, `exposure ${b.label}`) };
    return { kind: 'bounds', cols: this.cols(b), lower: 0, upper: 0 };
  }

  private cols(b: ExposureBound): number[] {
    return b.kind === 'stack' ? b.stackCols : b.rows.flatMap((r) => this.model.playerCols[r] ?? []);
  }

  private forceRow(b: ExposureBound): { lower: number; upper: number; idx: number[]; val: number[] } {
    const terms = b.kind === 'stack' ? b.stackCols.map((c): [number, number] => [c, 1]) : selTerms(this.model, b.rows);
    return { lower: 1, upper: Infinity, idx: terms.map((t) => t[0]), val: terms.map((t) => t[1]) };
  }

  /** Forced bounds, for the strict-mode error and best-effort relaxation. */
  forcedBounds(): ExposureBound[] {
    return this.bounds.filter((b) => b.forced && !b.dropped);
  }
}
