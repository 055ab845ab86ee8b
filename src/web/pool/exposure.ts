/** Player and team exposure across a lineup set: the share of lineups holding each (pure). */
import type { LineupView } from '../data/load-lineup-set.js';

export interface ExposureRow { key: string; label: string; count: number; share: number }

/** Players by share, then name; a showdown player's CPT and FLEX rows count as one person per lineup. */
export function playerExposure(lineups: readonly LineupView[]): ExposureRow[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const lineup of lineups) {
    const seen = new Set<string>();
    for (const p of lineup.players) {
      const key = `${p.name}|${p.team}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { label: `${p.name} (${p.team})`, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return toRows(counts, lineups.length);
}

/** Teams by share of lineups with at least one player of the team. */
export function teamExposure(lineups: readonly LineupView[]): ExposureRow[] {
  const counts = new Map<string, { label: string; count: number }>();
  for (const lineup of lineups) {
    for (const team of new Set(lineup.players.map((p) => p.team))) {
      const entry = counts.get(team) ?? { label: team, count: 0 };
      entry.count++;
      counts.set(team, entry);
    }
  }
  return toRows(counts, lineups.length);
}

function toRows(counts: Map<string, { label: string; count: number }>, total: number): ExposureRow[] {
  return [...counts.entries()]
    .map(([key, { label, count }]) => ({ key, label, count, share: total ? count / total : 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
