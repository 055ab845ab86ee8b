/** `sportsdata import salaries` and `sportsdata ingest dfs --once` run as real processes against a test database. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../support/fixture-server.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { dkRoutes } from './dk-support.js';

const root = join(import.meta.dirname, '..', '..');
const exec = promisify(execFile);
const fixture = (f: string): string => join(root, 'test', 'fixtures', 'dfs', f);

let t: TestDb;
beforeAll(async () => { t = await createTestDb(); });
afterAll(async () => { await t.drop(); });

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root, env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', DEMO_SLATE: 'false', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('sportsdata import salaries', () => {
  it('when given a FanDuel file with --json, then it prints one JSON object with the slate and counts', async () => {
    const file = 'fd_mlb_classic_2019-07-24_FanDuel-MLB-2019-07-24-37139-players-list.csv';
    const { code, stdout } = await cli('import', 'salaries', '--site', 'fanduel', fixture(file), '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ site: 'fanduel', sport: 'MLB', siteSlateId: '37139', players: 703, games: 8, inserted: 703, created: true });
    expect(out.warnings).toEqual(['FanDuel players lists carry no kickoff times']);
    expect(await t.db.slatePlayer.count({ where: { slateId: out.slateId as number } })).toBe(703);
  }, 60_000);

  it('when the file is for the other site, then it exits non-zero with one line naming the problem', async () => {
    const { code, stdout, stderr } = await cli('import', 'salaries', '--site', 'fanduel', fixture('dk_nba_classic_2025-11-13_DKSalaries_EXTRACTED_from_DKEntries.csv'));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/DraftKings salary file, not a FanDuel players list: import it with site draftkings/);
  }, 60_000);

  it('when the file is over the size limit, then it is refused before it is read, naming the limit', async () => {
    const { mkdtemp, truncate, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const big = join(await mkdtemp(join(tmpdir(), 'salaries-')), 'DKSalaries.csv');
    await writeFile(big, '');
    await truncate(big, 11 * 1024 * 1024);
    const { code, stderr } = await cli('import', 'salaries', '--site', 'draftkings', big);
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe('sportsdata: DKSalaries.csv is 11.0 MB; salary files are limited to 10 MB');
  }, 60_000);

  it('when `ingest dfs --once` runs, then one DraftKings poll cycle imports the open draft groups', async () => {
    const server = await startFixtureServer(dkRoutes());
    try {
      const { code, stdout } = await cliWith({ DRAFTKINGS_API_URL: server.url, DRAFTKINGS_LOBBY_URL: server.url, DFS_SPORTS: 'NFL' }, 'ingest', 'dfs', '--once', '--json');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ source: 'dfs', discovered: 2, imported: 2, failed: [] });
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('sportsdata players alias / teams alias', () => {
  it('when a player alias is added, then later imports have it; an unknown player exits non-zero with one line', async () => {
    const player = await t.db.player.findFirstOrThrow({ where: { normalizedName: { not: '' } }, orderBy: { id: 'asc' } });
    const { code, stdout } = await cli('players', 'alias', String(player.id), 'Gabe', 'Davis', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ playerId: player.id, alias: 'Gabe Davis' });
    const alias = await t.db.playerAlias.findFirstOrThrow({ where: { playerId: player.id, source: 'manual' } });
    expect(alias.normalizedName).toBe('gabe davis');

    const missing = await cli('players', 'alias', '999999', 'Nobody');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/player 999999 not found/)]);
  }, 60_000);

  it('when a team alias is added, then it maps to the team; an unknown team code is refused', async () => {
    const { code, stdout } = await cli('teams', 'alias', '--sport', 'nfl', 'Jax Jaguars', 'jax', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ sport: 'NFL', alias: 'Jax Jaguars', teamCode: 'JAX' });
    const row = await t.db.teamAlias.findFirstOrThrow({ where: { source: 'manual' }, include: { team: true } });
    expect(row.team.code).toBe('JAX');

    const wrong = await cli('teams', 'alias', '--sport', 'NFL', 'Somebody', 'XXX');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/XXX is not a NFL team code/);
  }, 60_000);
});
