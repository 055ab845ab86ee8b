import type { SimPlayer } from '../../../src/sim/types.js';

/** A compact two-team NFL game for unit tests of the engine. */
export function buildTestGame(overrides: Partial<Record<string, Partial<SimPlayer>>> = {}): SimPlayer[] {
  const rows: [string, string, string, number, number][] = [
    ['qbA', 'A', 'QB', 22, 7000],
    ['wr1A', 'A', 'WR', 16, 7500],
    ['wr2A', 'A', 'WR', 11, 5200],
    ['teA', 'A', 'TE', 9, 4300],
    ['rbA', 'A', 'RB', 15, 6800],
    ['dstA', 'A', 'DST', 7, 3000],
    ['qbB', 'B', 'QB', 19, 6200],
    ['wr1B', 'B', 'WR', 13, 6000],
    ['rbB', 'B', 'RB', 12, 5600],
    ['dstB', 'B', 'DST', 6, 2600],
  ];
  return rows.map(([key, team, position, mean, salary]) => ({
    key,
    name: key,
    team,
    opponent: team === 'A' ? 'B' : 'A',
    gameKey: 'B@A',
    position,
    salary,
    mean,
    sd: null,
    playProbability: 1,
    battingOrder: null,
    line: null,
    ...overrides[key],
  }));
}
