import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { ProjectionInput } from '../../../src/sim/adjust/types.js';

/** One row of a DraftKings salary CSV, as the sim tests and benches need it. */
export interface DkRow {
  id: string;
  name: string;
  playerKey: string;
  positions: string[];
  rosterPositions: string[];
  salary: number;
  team: string;
  opponent: string | null;
  gameKey: string | null;
  avgPoints: number;
}

/** Path of a fixture in test/fixtures/sim. */
export function simFixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/sim/${name}`, import.meta.url));
}

/** Reads a DKSalaries.csv copied into test/fixtures/sim (header: Position,Name + ID,Name,ID,Roster Position,...). */
export function loadDkRows(file: string): DkRow[] {
  const records = parse(readFileSync(simFixture(file), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r, i) => {
    const info = r['Game Info'] ?? '';
    const match = /^(\w+)@(\w+)/.exec(info);
    const team = r.TeamAbbrev ?? '';
    const away = match?.[1] ?? null;
    const home = match?.[2] ?? null;
    const id = r.ID;
    if (!id) throw new Error(`${file} row ${i + 2}: no ID`);
    return {
      id,
      name: r.Name ?? '',
      playerKey: `${(r.Name ?? '').toLowerCase()}|${team}`,
      positions: (r.Position ?? '').split('/'),
      rosterPositions: (r['Roster Position'] ?? '').split('/'),
      salary: Number(r.Salary),
      team,
      opponent: away && home ? (team === away ? home : away) : null,
      gameKey: away && home ? `${away}@${home}` : null,
      avgPoints: Number(r.AvgPointsPerGame ?? 0),
    };
  });
}

/** One ProjectionInput per person (showdown CPT rows fold into their FLEX row), baseline = site average. */
export function toProjectionInputs(rows: readonly DkRow[]): ProjectionInput[] {
  const byKey = new Map<string, DkRow>();
  for (const row of rows) {
    const seen = byKey.get(row.playerKey);
    if (!seen || (seen.rosterPositions.includes('CPT') && !row.rosterPositions.includes('CPT'))) byKey.set(row.playerKey, row);
  }
  return [...byKey.values()].map((r) => ({
    key: r.playerKey,
    name: r.name,
    team: r.team,
    opponent: r.opponent,
    gameKey: r.gameKey,
    position: r.positions[0] ?? 'UTIL',
    salary: r.salary,
    baseline: r.avgPoints > 0 ? r.avgPoints : null,
    baselineSource: r.avgPoints > 0 ? 'site-average' : 'none',
    sd: null,
    status: null,
    battingOrder: null,
    line: null,
  }));
}
