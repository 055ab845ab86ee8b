/**
 * The fixture NBA slates (test/fixtures/results, see SOURCES.md there) as the contest fit and bench need them:
 * the DKSalaries rows, each player's pre-lock LineStar projection and starting status, and the actual FPTS.
 * Projections and status are what a user had before lock; FPTS and the contest lines are only for grading.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type SiteRules } from '../../../src/core/site-rules.js';
import { adjustPlayers } from '../../../src/sim/adjust/adjust-players.js';
import type { ContestRow } from '../../../src/sim/contest/contest-types.js';
import { prepareModel } from '../../../src/sim/engine/prepare-model.js';
import { sampleDraws } from '../../../src/sim/engine/sample-draws.js';
import { parseDkStandings, type DkStandings } from '../../../src/sim/contest/parse-dk-standings.js';
import { getSiteRules } from '../../../src/sites/index.js';

export const resultsFixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/results/${name}`, import.meta.url));

const read = (name: string): Record<string, string>[] => parse(readFileSync(resultsFixture(name), 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];

export interface NbaSlate {
  date: string;
  rules: SiteRules;
  rows: ContestRow[];
  names: string[];
  /** Actual DraftKings points per row. */
  fpts: Float64Array;
  /** LineStar's pre-lock ownership projection per row (share 0..1), for reference only. */
  lineStarOwnership: Float64Array;
  playerCount: number;
}

/** One date's slate; row means are LineStar projections, 0 for players listed out (status 4). */
export function loadNbaSlate(date: string): NbaSlate {
  const salaries = read(`nba_dk_${date}_salaries.csv`);
  const results = new Map(read(`nba_dk_${date}_results.csv`).map((r) => [r.ID, r]));
  const rules = getSiteRules('draftkings', 'NBA', 'classic');
  const rows: ContestRow[] = [];
  const names: string[] = [];
  const fpts: number[] = [];
  const lsOwn: number[] = [];
  salaries.forEach((s, i) => {
    const r = results.get(s.ID);
    if (!r) throw new Error(`${date}: salary row ${i + 2} (${s.Name}) has no results row`);
    const game = /^(\w+)@(\w+)/.exec(s['Game Info'] ?? '');
    const out = r.Status === '4';
    rows.push({
      simIndex: i,
      positions: (s.Position ?? '').split('/'),
      salary: Number(s.Salary),
      team: s.TeamAbbrev ?? '',
      gameKey: game ? `${game[1]}@${game[2]}` : null,
      captainRow: false,
      ownership: 0,
      mean: out ? 0 : Number(r.LineStarProjection) || 0,
    });
    names.push(s.Name ?? '');
    fpts.push(Number(r.FPTS) || 0);
    lsOwn.push((Number(r.ProjOwn) || 0) / 100);
  });
  return { date, rules, rows, names, fpts: Float64Array.from(fpts), lineStarOwnership: Float64Array.from(lsOwn), playerCount: rows.length };
}

/** Player-major draws (playerCount x sims) from the platform's own sim engine, baselines = the rows' means. */
export function simulateNbaDraws(slate: NbaSlate, sims: number, seed: number): Float32Array {
  const inputs = slate.rows.map((r, i) => {
    const [away, home] = (r.gameKey ?? '@').split('@');
    return {
      key: `${slate.names[i]}|${r.team}|${i}`,
      name: slate.names[i]!,
      team: r.team,
      opponent: r.team === away ? (home ?? null) : (away ?? null),
      gameKey: r.gameKey,
      position: r.positions[0] ?? 'UTIL',
      salary: r.salary,
      baseline: r.mean > 0 ? r.mean : null,
      baselineSource: r.mean > 0 ? ('upload' as const) : ('none' as const),
      sd: null,
      status: r.mean > 0 ? null : 'O',
      battingOrder: null,
      line: null,
    };
  });
  const players = adjustPlayers('NBA', inputs);
  const model = prepareModel(players, { sport: 'NBA' });
  return sampleDraws(model, seed, { simStart: 0, simEnd: sims });
}

export interface ContestLine { date: string; topScore: number; medianScore: number; entries: number | null }

/** nba_dk_contest_lines.csv: real winning score and median entry score per date (cash_score is the median). */
export function loadContestLines(): ContestLine[] {
  return read('nba_dk_contest_lines.csv').map((r) => ({ date: r.date!, topScore: Number(r.top_score), medianScore: Number(r.cash_score), entries: r.entries ? Number(r.entries) : null }));
}

/** The one full standings export (2025-10-26). */
export function loadStandings(): DkStandings {
  return parseDkStandings(readFileSync(resultsFixture('dk_contest_standings_nba_2025-10-26.csv'), 'utf8'));
}
