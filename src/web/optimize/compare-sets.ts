/** Two lineup sets side by side: each player's exposure in A and in B (biggest differences first) and averages. */
import type { LineupView } from '../data/load-lineup-set.js';
import { playerExposure } from '../pool/exposure.js';

export interface SetAverages { lineups: number; projection: number | null; salary: number | null; ownership: number | null }
export interface ComparedPlayer { label: string; a: number; b: number }

function averages(lineups: readonly LineupView[]): SetAverages {
  const mean = (values: number[]): number | null => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);
  return {
    lineups: lineups.length,
    projection: mean(lineups.map((l) => l.projection)),
    salary: mean(lineups.map((l) => l.salary)),
    ownership: mean(lineups.flatMap((l) => (l.ownership === null ? [] : [l.ownership]))),
  };
}

export function compareLineupSets(a: readonly LineupView[], b: readonly LineupView[], limit = 60): { a: SetAverages; b: SetAverages; players: ComparedPlayer[]; shared: number } {
  const inA = new Map(playerExposure(a).map((r) => [r.key, r]));
  const inB = new Map(playerExposure(b).map((r) => [r.key, r]));
  const keys = new Set([...inA.keys(), ...inB.keys()]);
  const players = [...keys].map((key) => ({ label: (inA.get(key) ?? inB.get(key))!.label, a: inA.get(key)?.share ?? 0, b: inB.get(key)?.share ?? 0 }))
    .sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b) || Math.max(y.a, y.b) - Math.max(x.a, x.b) || x.label.localeCompare(y.label));
  const lineupKey = (l: LineupView): string => l.players.map((p) => p.sitePlayerId).sort().join(',');
  const bKeys = new Set(b.map(lineupKey));
  return { a: averages(a), b: averages(b), players: players.slice(0, limit), shared: a.filter((l) => bKeys.has(lineupKey(l))).length };
}
