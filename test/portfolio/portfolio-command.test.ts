import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { runCliCaptured } from '../support/run-cli.js';

const fixture = (name: string): string => new URL(`../fixtures/optimizer/${name}`, import.meta.url).pathname;

/** A DraftKings contest detail in the contest API's shape: 2,378 entries at $1, top 500 paid. */
const contestDetail = {
  contestDetail: {
    name: 'NBA Showdown $2.5K And-One (BOS vs DET)', entryFee: 1, maximumEntries: 2378,
    payoutSummary: [
      { minPosition: 1, maxPosition: 1, tierPayoutDescriptions: { Cash: '$250.00' } },
      { minPosition: 2, maxPosition: 2, tierPayoutDescriptions: { Cash: '$150.00' } },
      { minPosition: 3, maxPosition: 10, tierPayoutDescriptions: { Cash: '$25.00' } },
      { minPosition: 11, maxPosition: 100, tierPayoutDescriptions: { Cash: '$5.00' } },
      { minPosition: 101, maxPosition: 500, tierPayoutDescriptions: { Cash: '$2.00' } },
    ],
  },
};

describe('sportsdata portfolio (files, no database)', () => {
  let server: FixtureServer;
  const dir = mkdtempSync(join(tmpdir(), 'portfolio-'));

  beforeAll(async () => {
    // One contest's details come from the (local) contest API; the other's answer 404 and take the user's payout.
    server = await startFixtureServer({ 'GET /contests/v1/contests/124224699': { body: contestDetail } });
    process.env.DRAFTKINGS_API_URL = server.url;
  });
  afterAll(async () => server.close());

  const cli = runCliCaptured;

  it('when an entries file of two contests is given, then each contest gets its own portfolio and the file comes back filled with every entry kept', async () => {
    const entries = fixture('dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv');
    const payout = join(dir, 'payout.csv');
    writeFileSync(payout, 'place_from,place_to,prize\n1,1,30\n2,5,4\n6,60,0.5\n');
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, JSON.stringify({ exposure: { maxPlayer: 0.7 } }));
    const out = join(dir, 'filled.csv');
    const { code, stdout, stderr } = await cli(['portfolio', '--salaries', fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv'),
      '--entries', entries, '--out', out, '--pool', '200', '--sims', '1000', '--precision', '10', '--rules', rules, '--seed', '3',
      '--field-size', '400', '--payout', payout, '--workers', '0', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      pool: number;
      contests: { contestId: string; entries: number; fieldSize: number; portfolio: { roi: number; cashRate: number; winRate: number }; byProjection: { roi: number }; exposure: { share: number }[] }[];
      warnings: string[];
    };
    expect(json.pool).toBeGreaterThan(26);
    const byId = new Map(json.contests.map((c) => [c.contestId, c]));
    expect(byId.get('124224699')).toMatchObject({ entries: 6, fieldSize: 2378 });
    expect(byId.get('124199489')).toMatchObject({ entries: 20, fieldSize: 400 });
    expect(json.warnings.some((w) => w.includes('124199489') && w.includes('--payout'))).toBe(true);
    for (const c of json.contests) {
      // Chosen as a portfolio over the same sims, it returns at least what the projection-rank set does.
      expect(c.portfolio.roi).toBeGreaterThanOrEqual(c.byProjection.roi - 1e-9);
      expect(c.portfolio.cashRate).toBeGreaterThan(0);
      // Every cap is met, or the run says which contest had to go past them (a pool too narrow for the caps).
      const over = Math.max(...c.exposure.map((x) => x.share)) > 0.7 + 1e-9;
      expect(over).toBe(json.warnings.some((w) => w.includes(c.contestId) && w.includes('exposure caps')));
    }
    // The filled file keeps every line, entry id, contest and fee; every entry now holds a full lineup.
    const original = readFileSync(entries, 'utf8').trim().split(/\r?\n/);
    const filled = readFileSync(out, 'utf8').trim().split(/\r?\n/);
    expect(filled).toHaveLength(original.length);
    const { getSiteRules } = await import('../../src/sites/index.js');
    const { parseUploadLineups } = await import('../../src/optimizer/index.js');
    const rows = parseUploadLineups(readFileSync(out, 'utf8'), getSiteRules('draftkings', 'NBA', 'showdown'));
    const before = parseUploadLineups(readFileSync(entries, 'utf8'), getSiteRules('draftkings', 'NBA', 'showdown'));
    expect(rows.map((r) => [r.entryId, r.contestId, r.entryFee])).toEqual(before.map((r) => [r.entryId, r.contestId, r.entryFee]));
    expect(rows.every((r) => r.cells.every((c) => c.id !== null))).toBe(true);
    // Within a contest no lineup is entered twice.
    const keys = rows.filter((r) => r.contestId === '124199489').map((r) => r.cells.map((c) => `${c.slot}${c.id}`).sort().join());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('when a FanDuel players list and its entries template are given, then every entry comes back filled in FanDuel\'s format', async () => {
    const dfs = (name: string): string => new URL(`../fixtures/dfs/${name}`, import.meta.url).pathname;
    const template = fixture('fd_nfl_2026-10-04_FanDuel-NFL-2026-10-04-134747-entries-upload-template_TRIMMED.csv');
    const payout = join(dir, 'fd-payout.csv');
    writeFileSync(payout, 'place_from,place_to,prize\n1,1,4\n2,10,0.3\n');
    const out = join(dir, 'fd-filled.csv');
    const { code, stdout, stderr } = await cli(['portfolio', '--salaries', dfs('fd_nfl_classic_2025-12-21_FanDuel-NFL-2025_EST-12_EST-21_EST-124417-players-list.csv'),
      '--entries', template, '--out', out, '--pool', '60', '--sims', '300', '--seed', '2', '--field-size', '200', '--payout', payout, '--workers', '0', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { site: string; contests: { contestId: string; entries: number; entryFee: number }[] };
    expect(json.site).toBe('fanduel');
    expect(json.contests).toEqual([expect.objectContaining({ contestId: '134747-280845235', entries: 16, entryFee: 0.05 })]);
    const { getSiteRules } = await import('../../src/sites/index.js');
    const { parseUploadLineups } = await import('../../src/optimizer/index.js');
    const rules = getSiteRules('fanduel', 'NFL', 'classic');
    const before = parseUploadLineups(readFileSync(template, 'utf8'), rules);
    const after = parseUploadLineups(readFileSync(out, 'utf8'), rules);
    expect(after.map((r) => [r.entryId, r.contestId, r.entryFee])).toEqual(before.map((r) => [r.entryId, r.contestId, r.entryFee]));
    expect(after.every((r) => r.cells.every((c) => c.id !== null && c.id.startsWith('124417-')))).toBe(true);
    // FanDuel's own templates quote every cell; the filled file keeps that.
    expect(readFileSync(out, 'utf8').split('\n')[1]).toMatch(/^"\d+","134747-280845235",/);
  });

  it('when a contest cannot be fetched and no payout is given, then it fails naming the contest and the options to give', async () => {
    const { code, stderr } = await cli(['portfolio', '--salaries', fixture('dk_nba_showdown_2022-02-26_BOS-DET_DKSalaries.csv'),
      '--entries', fixture('dk_nba_showdown_2022-02-26_DKEntries_upload_template.csv'), '--out', join(dir, 'x.csv'), '--pool', '30', '--sims', '200', '--workers', '0']);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/contest 124199489 .*--field-size N --payout FILE\.csv/);
  });
});
