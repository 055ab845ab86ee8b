/**
 * The post-lock check of a contest simulation: the simulated field beside the real contest's standings, one row
 * per measure (winning score, median score, ownership MAE, duplicate rate). Takes parsed standings, so it serves
 * any source of them (an uploaded export today, the results tier's import once it lands) and the
 * `grade --contest` command and the Results tab show the same table.
 */
import type { DkStandings } from './parse-dk-standings.js';
import type { FieldSummary } from './summarize-field.js';

export interface FieldComparisonRow {
  measure: 'winningScore' | 'medianScore' | 'ownershipMae' | 'duplicateRate';
  simulated: number;
  real: number;
  /** simulated - real (for ownershipMae: the MAE itself, real = 0). */
  difference: number;
  /** difference / real, null where real is 0. */
  relative: number | null;
}

export interface SimulatedField {
  summary: Pick<FieldSummary, 'winningScore' | 'medianScore' | 'duplicateRate'>;
  /** The field's ownership by player name (share 0..1): projected or realized in the generated field. */
  ownershipByName: ReadonlyMap<string, number>;
}

/** Real field measures from the standings: top score, median entry score, duplicate rate, %Drafted by name. */
export function realFieldMeasures(standings: DkStandings): { winningScore: number; medianScore: number; duplicateRate: number; drafted: Map<string, number> } {
  const set = standings.entries.filter((e) => e.lineup.length > 0);
  if (set.length === 0) throw new Error('the standings hold no entries with a lineup');
  const points = set.map((e) => e.points).sort((a, b) => a - b);
  const n = points.length;
  const median = n % 2 ? points[(n - 1) / 2]! : (points[n / 2 - 1]! + points[n / 2]!) / 2;
  // The same players in any slot order are the same lineup, as the simulated field counts them.
  const keys = new Map<string, number>();
  for (const e of set) {
    const key = e.lineup.map((p) => p.name).sort().join('|');
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  let duplicated = 0;
  for (const c of keys.values()) if (c > 1) duplicated += c;
  return { winningScore: points[n - 1]!, medianScore: median, duplicateRate: duplicated / n, drafted: new Map(standings.players.map((p) => [p.name, p.drafted])) };
}

/**
 * Ownership MAE in points of %Drafted over every player either side has: drafted in the real contest or owned
 * in the simulated field (a player the field took and nobody drafted counts, and the reverse).
 */
export function ownershipMae(simulated: ReadonlyMap<string, number>, drafted: ReadonlyMap<string, number>): number {
  const names = new Set<string>([...drafted.keys(), ...[...simulated].filter(([, v]) => v > 0).map(([k]) => k)]);
  if (names.size === 0) return 0;
  let sum = 0;
  for (const name of names) sum += Math.abs((simulated.get(name) ?? 0) - (drafted.get(name) ?? 0));
  return (sum / names.size) * 100;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** One table: the simulated field against the real one. */
export function compareFieldToStandings(simulated: SimulatedField, standings: DkStandings): FieldComparisonRow[] {
  const real = realFieldMeasures(standings);
  const row = (measure: FieldComparisonRow['measure'], sim: number, actual: number, digits = 2): FieldComparisonRow => ({
    measure,
    simulated: round(sim, digits),
    real: round(actual, digits),
    difference: round(sim - actual, digits),
    relative: actual !== 0 ? round((sim - actual) / actual, 4) : null,
  });
  const mae = ownershipMae(simulated.ownershipByName, real.drafted);
  return [
    row('winningScore', simulated.summary.winningScore.p50, real.winningScore),
    row('medianScore', simulated.summary.medianScore, real.medianScore),
    { measure: 'ownershipMae', simulated: round(mae, 2), real: 0, difference: round(mae, 2), relative: null },
    row('duplicateRate', simulated.summary.duplicateRate, real.duplicateRate, 4),
  ];
}
