import type { SimSport } from '../types.js';
import { DEFAULT_CORRELATIONS, type CorrelationTable } from './default-correlations.js';

/** Where a correlation target comes from: fitted on stored results, the published default, or the user's file. */
export type CorrelationSource = 'history' | 'default' | 'user';

/** One correlation target the run samples, with its source and (for history) the pairs it was measured on. */
export interface CorrelationTarget {
  key: string;
  value: number;
  source: CorrelationSource;
  /** Pairs of regulars measured (0 when nothing could be measured). */
  n: number;
}

/** Fewest pairs of regulars a measured target needs before it replaces the published default. */
export const MIN_PAIRS = 300;

// Printed by `ONLY_CORRELATIONS=1 npx tsx test/bench/fit-history.ts`: pairs of regulars who played the same game,
// residuals over the walk-forward history baseline / sqrt(baseline). NBA: the 16 DraftKings dates of 2025-10/11.
// NFL: nflverse 2022 weeks 3-10 (no opponents or defenses there: QB-opposing DST keeps the default). MLB batting
// order neighbours and NHL line-mates: no stored results in the fixtures, the defaults.
const MEASURED: Record<SimSport, Record<string, { value: number; n: number }>> = {
  NBA: { 'same:*': { value: 0.032, n: 3193 }, 'opp:*': { value: -0.025, n: 3787 }, 'same:PG-PG': { value: 0.067, n: 159 }, 'same:C-C': { value: -0.091, n: 54 } },
  NFL: { 'same:QB-WR': { value: 0.33, n: 383 }, 'same:WR-WR': { value: -0.031, n: 275 }, 'opp:DST-QB': { value: 0, n: 0 } },
  MLB: { 'same:order-1': { value: 0, n: 0 } },
  NHL: { 'same:line': { value: 0, n: 0 } },
};

/**
 * The targets the issue names for each sport (NBA teammates/opponents, NFL QB-WR and QB-opposing DST, MLB order
 * neighbours, NHL line-mates) plus any other key measured or overridden: the measured value where it rests on
 * MIN_PAIRS pairs or more, else the published default; a user override wins over both.
 */
export function correlationTargets(sport: SimSport, overrides: CorrelationTable = {}): CorrelationTarget[] {
  const defaults = DEFAULT_CORRELATIONS[sport];
  const keys = new Set([...Object.keys(MEASURED[sport]), ...Object.keys(overrides)]);
  return [...keys].sort().map((key): CorrelationTarget => {
    const measured = MEASURED[sport][key];
    if (overrides[key] !== undefined) return { key, value: overrides[key], source: 'user', n: 0 };
    if (measured && measured.n >= MIN_PAIRS) return { key, value: measured.value, source: 'history', n: measured.n };
    return { key, value: defaults[key] ?? 0, source: 'default', n: measured?.n ?? 0 };
  });
}

/** The table a run samples: the sport's defaults, the history-fitted targets over them, the user's overrides last. */
export function correlationTable(sport: SimSport, overrides: CorrelationTable = {}): CorrelationTable {
  const fitted = Object.fromEntries(correlationTargets(sport).filter((t) => t.source === 'history').map((t) => [t.key, t.value]));
  return { ...DEFAULT_CORRELATIONS[sport], ...fitted, ...overrides };
}
