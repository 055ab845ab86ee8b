/**
 * `sportsdata backtest` and the history baseline of `sportsdata simulate`, as a user runs them: real processes,
 * a real database holding four real DraftKings NBA slates with their real results (test/fixtures/results).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { importResultsFile } from '../../src/results/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = join(import.meta.dirname, '../fixtures/results');
const DATES = ['2025-10-21', '2025-10-22', '2025-10-23', '2025-10-24'];
let t: TestDb;
const slates = new Map<string, number>();

beforeAll(async () => {
  t = await createTestDb();
  for (const date of DATES) {
    const salaries = `nba_dk_${date}_salaries.csv`;
    const { slateId } = await importSalaryFile(t.db, readFileSync(join(dir, salaries)), { site: 'draftkings', fileName: salaries });
    slates.set(date, slateId);
    // The last date stays without results: it is the slate a user projects today.
    if (date !== '2025-10-24') await importResultsFile(t.db, readFileSync(join(dir, `nba_dk_${date}_results.csv`)), { site: 'draftkings', slateId });
  }
}, 120_000);
afterAll(async () => t?.drop());

function cli(args: string[]) {
  return run(fileURLToPath(new URL('node_modules/.bin/tsx', `file://${root}/`)), ['src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', DEMO_SLATE: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

interface Summary { date: string; n: number; played: number; mae: number; baselineMae: number; crps: number; coverage: Record<string, number>; coverageIfPlays: Record<string, number>; coverageAll: Record<string, number>; aboveP99: number; baselineSources: Record<string, number> }

describe('sportsdata backtest', () => {
  it('when slates have results, then each date is projected from earlier dates only and graded against its own', async () => {
    const out = JSON.parse((await cli(['backtest', '--sport', 'NBA', '--site', 'draftkings', '--from', '2025-10-21', '--to', '2025-10-24', '--sims', '500', '--json'])).stdout) as {
      dates: Summary[];
      overall: Summary;
    };
    // 10-24 has no results: it is not graded. Counts are the files' (SOURCES.md: rows and Played=1 per date).
    expect(out.dates.map((d) => [d.date, d.n, d.played])).toEqual([['2025-10-21', 81, 39], ['2025-10-22', 417, 267], ['2025-10-23', 69, 43]]);
    // The first date has nothing earlier: no player has a history baseline. 10-22's teams all rested on 10-21;
    // 10-23 (OKC, HOU... again) reads 10-21's and 10-22's games.
    expect(out.dates[0]!.baselineSources.history ?? 0).toBe(0);
    expect(out.dates[1]!.baselineSources.history ?? 0).toBe(0);
    expect(out.dates[2]!.baselineSources.history).toBeGreaterThan(20);
    expect(out.overall.n).toBe(81 + 417 + 69);
    const { p10, p50, p90, p99 } = out.overall.coverage;
    expect(p10!).toBeLessThan(p50!);
    expect(p50!).toBeLessThan(p90!);
    expect(p90!).toBeLessThanOrEqual(p99!);
    // Given he plays, his quantiles are his no-sit draws': no lower than the whole distribution's, so coverage is at least as high.
    const ifPlays = out.overall.coverageIfPlays;
    for (const level of ['p10', 'p25', 'p50', 'p75', 'p90', 'p99']) expect(ifPlays[level]!).toBeGreaterThanOrEqual(out.overall.coverage[level]!);
    expect(out.overall.aboveP99).toBeCloseTo(1 - ifPlays.p99!, 10);
    expect(out.overall.coverageAll.p10!).toBeLessThan(out.overall.coverageAll.p90!);
    expect(out.overall.crps).toBeGreaterThan(0);
    expect(out.overall.crps).toBeLessThan(out.overall.mae);
  });

  it('when the dates are bad or no slate has results, then it exits non-zero with a one-line reason', async () => {
    const bad = await cli(['backtest', '--sport', 'NBA', '--site', 'draftkings', '--from', '2025-13-01', '--to', '2025-10-24']).catch((e: { code: number; stderr: string }) => e);
    expect((bad as { stderr: string }).stderr.trim()).toBe('sportsdata: --from must be a date YYYY-MM-DD, not "2025-13-01"');
    const none = await cli(['backtest', '--sport', 'NFL', '--site', 'draftkings', '--from', '2025-10-01', '--to', '2025-10-30']).catch((e: { code: number; stderr: string }) => e);
    expect('code' in none && none.code).toBe(1);
    expect((none as { stderr: string }).stderr).toContain('no draftkings NFL slates with results');
  });
});

describe('sportsdata simulate with stored results', () => {
  it('when earlier results exist, then players carry a history baseline and a play probability from the data, stored with the set', async () => {
    const slateId = slates.get('2025-10-24')!;
    const out = JSON.parse((await cli(['simulate', '--slate', String(slateId), '--sims', '500', '--seed', '7', '--json'])).stdout) as {
      projectionSetId: number;
      players: { name: string; team: string; mean: number; baselineSource: string; playProbability: number; p10: number; p99: number }[];
    };
    const sources = new Set(out.players.map((p) => p.baselineSource));
    expect(sources.has('history')).toBe(true);
    expect(out.players.every((p) => p.playProbability >= 0 && p.playProbability <= 1)).toBe(true);
    // A player who sat out his team's stored game (Played=0 on 10-22 or 10-23) is less likely to play than one who played.
    const sat = readFileSync(join(dir, 'nba_dk_2025-10-22_results.csv'), 'utf8').split('\n').filter((l) => /,0,4,/.test(l)).map((l) => l.split(',')[1]);
    const satOut = out.players.filter((p) => sat.includes(p.name));
    const regulars = out.players.filter((p) => p.baselineSource === 'history' && !sat.includes(p.name));
    expect(satOut.length).toBeGreaterThan(0);
    const avg = (list: typeof out.players): number => list.reduce((s, p) => s + p.playProbability, 0) / list.length;
    expect(avg(satOut)).toBeLessThan(avg(regulars) - 0.3);
    const stored = await t.db.projection.findMany({ where: { projectionSetId: out.projectionSetId } });
    expect(stored.every((p) => p.baselineSource !== null && p.playProbability !== null)).toBe(true);
    expect(stored.filter((p) => p.baselineSource === 'history').length).toBe(out.players.filter((p) => p.baselineSource === 'history').length);
  });
});
