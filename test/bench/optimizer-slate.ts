import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { OptimizerPlayer } from '../../src/optimizer/types.js';

/**
 * Minimal DKSalaries.csv reader for the optimizer bench and tests, used until the DFS ingestion module exports
 * its parser. Handles the 9/10-column 2019+ layout only.
 */
export function loadDkSalaries(path: string): OptimizerPlayer[] {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  return rows.map((r) => {
    const [game] = (r['Game Info'] ?? '').split(' ');
    const [away, home] = (game ?? '').split('@');
    const team = r.TeamAbbrev ?? '';
    const name = r.Name ?? '';
    return {
      id: r.ID ?? '', playerKey: `${name.toLowerCase()}|${team}`, name,
      positions: (r.Position ?? '').split('/'), rosterPositions: (r['Roster Position'] ?? '').split('/'),
      salary: Number(r.Salary), team, opponent: team === home ? (away ?? null) : (home ?? null),
      gameKey: game && game.includes('@') ? game : null, projection: Number(r.AvgPointsPerGame ?? 0),
      ownership: null, stdDev: null, battingOrder: null, line: null, startsAt: null,
    };
  });
}
