import type { ExposureBound } from './engine/exposure-tracker.js';
import type { Lineup } from './types.js';

export interface ExposureRow {
  key: string;
  name: string;
  count: number;
  share: number;
}

/** Players, teams and stacks (team with QB/pitcher-led or any 2+ players) across a set of lineups. */
export interface ExposureReport {
  lineups: number;
  players: Array<ExposureRow & { team: string; positions: string[]; salary: number; projection: number }>;
  teams: ExposureRow[];
  stacks: ExposureRow[];
}

/** A bound best-effort mode could not keep, with the achieved share. */
export interface MissedBound {
  kind: ExposureBound['kind'];
  key: string;
  label: string;
  bound: 'min' | 'max';
  target: number;
  achieved: number;
  /** How many lineups short (min) or over (max). */
  byLineups: number;
}

const share = (count: number, total: number): number => (total === 0 ? 0 : Math.round((count / total) * 1e4) / 1e4);

/** Counts how often each person, team and team stack appears; sorted by count. */
export function buildExposureReport(lineups: Lineup[]): ExposureReport {
  const players = new Map<string, ExposureReport['players'][number]>();
  const teams = new Map<string, number>();
  const stacks = new Map<string, number>();
  for (const l of lineups) {
    const seenTeams = new Set<string>();
    for (const s of l.slots) {
      const p = s.player;
      const row = players.get(p.playerKey) ?? { key: p.playerKey, name: p.name, count: 0, share: 0, team: p.team, positions: p.positions, salary: p.salary, projection: p.projection };
      row.count += 1;
      players.set(p.playerKey, row);
      seenTeams.add(p.team);
    }
    for (const t of seenTeams) teams.set(t, (teams.get(t) ?? 0) + 1);
    for (const st of l.stacks) {
      const key = `${st.kind} ${st.key} (${st.positions.join('+')})`;
      stacks.set(key, (stacks.get(key) ?? 0) + 1);
    }
  }
  const n = lineups.length;
  const rows = (m: Map<string, number>): ExposureRow[] =>
    [...m].map(([key, count]) => ({ key, name: key, count, share: share(count, n) })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    lineups: n,
    players: [...players.values()].map((p) => ({ ...p, share: share(p.count, n) })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    teams: rows(teams),
    stacks: rows(stacks),
  };
}

/** The exposure bounds a finished build did not keep (only possible in best-effort mode). */
export function findMissedBounds(bounds: ExposureBound[], total: number): MissedBound[] {
  const out: MissedBound[] = [];
  for (const b of bounds) {
    if (b.min !== null && b.count < b.minCount) {
      out.push({ kind: b.kind, key: b.key, label: b.label, bound: 'min', target: b.min, achieved: share(b.count, total), byLineups: b.minCount - b.count });
    }
    if (b.max !== null && b.count > b.maxCount) {
      out.push({ kind: b.kind, key: b.key, label: b.label, bound: 'max', target: b.max, achieved: share(b.count, total), byLineups: b.count - b.maxCount });
    }
  }
  return out;
}
