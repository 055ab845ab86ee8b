/**
 * Field statistics the field model is fitted to, computed the same way on a real standings export and on a
 * generated field: salary left, team and game stacks, duplicates, how close lineups sit to the projection optimum.
 */
import type { ContestRow } from '../../../src/sim/contest/contest-types.js';

export interface FieldShape {
  entries: number;
  meanSalaryLeft: number;
  /** Shares of lineups leaving 0, <= 500 and > 1,000 of salary. */
  salaryLeft0: number;
  salaryLeftUnder500: number;
  salaryLeftOver1000: number;
  /** Share of lineups with 3+ players of one team / 4+ players of one game. */
  teamStack3: number;
  gameStack4: number;
  duplicateRate: number;
  /** Mean projection of a lineup, and the share within 5% of the best lineup projection found in the field. */
  meanProjection: number;
  nearOptimal: number;
}

/** `lineups`: row indices per entry. */
export function fieldShape(lineups: readonly number[][], rows: readonly ContestRow[], cap: number, bestProjection: number): FieldShape {
  const n = lineups.length;
  let left = 0, left0 = 0, under500 = 0, over1000 = 0, team3 = 0, game4 = 0, projSum = 0, near = 0;
  const keys = new Map<string, number>();
  for (const l of lineups) {
    const salary = l.reduce((s, r) => s + rows[r]!.salary, 0);
    const proj = l.reduce((s, r) => s + rows[r]!.mean, 0);
    left += cap - salary;
    if (cap - salary === 0) left0++;
    if (cap - salary <= 500) under500++;
    if (cap - salary > 1000) over1000++;
    const teams = new Map<string, number>();
    const games = new Map<string, number>();
    for (const r of l) {
      teams.set(rows[r]!.team, (teams.get(rows[r]!.team) ?? 0) + 1);
      const g = rows[r]!.gameKey ?? '';
      games.set(g, (games.get(g) ?? 0) + 1);
    }
    if (Math.max(...teams.values()) >= 3) team3++;
    if (Math.max(...games.values()) >= 4) game4++;
    projSum += proj;
    if (proj >= bestProjection * 0.95) near++;
    const key = [...l].sort((a, b) => a - b).join(',');
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  let dup = 0;
  for (const c of keys.values()) if (c > 1) dup += c;
  return {
    entries: n,
    meanSalaryLeft: left / n,
    salaryLeft0: left0 / n,
    salaryLeftUnder500: under500 / n,
    salaryLeftOver1000: over1000 / n,
    teamStack3: team3 / n,
    gameStack4: game4 / n,
    duplicateRate: dup / n,
    meanProjection: projSum / n,
    nearOptimal: near / n,
  };
}
