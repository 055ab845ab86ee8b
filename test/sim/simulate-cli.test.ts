/** `sportsdata simulate` as a user runs it: a real process, a real database, one JSON object on stdout. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { loadDkRows } from './support/load-dk-slate.js';
import { seedDkSlate } from './support/seed-slate.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let t: TestDb;
let slateId: number;

beforeAll(async () => {
  t = await createTestDb();
  const rows = loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv').filter((r) => r.gameKey === 'CLE@BUF');
  ({ slateId } = await seedDkSlate(t.db, rows));
});
afterAll(async () => t?.drop());

function cli(args: string[]) {
  return run(fileURLToPath(new URL('node_modules/.bin/tsx', `file://${root}/`)), ['src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', DEMO_SLATE: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('sportsdata simulate', () => {
  it('when run with --json, then it prints each player with mean, sd and percentiles, and the same seed repeats', async () => {
    const first = JSON.parse((await cli(['simulate', '--slate', String(slateId), '--sims', '1000', '--seed', '42', '--json'])).stdout) as {
      seed: number;
      projectionSetId: number;
      players: { name: string; mean: number; sd: number; p10: number; median: number; p90: number; p99: number }[];
      correlationTargets: { key: string; value: number; source: string; n: number }[];
    };
    expect(first.seed).toBe(42);
    // QB-WR measured on nflverse 2022 (enough pairs); QB-opposing DST never measured: the published default.
    expect(first.correlationTargets.find((c) => c.key === 'same:QB-WR')).toEqual({ key: 'same:QB-WR', value: 0.33, source: 'history', n: 383 });
    expect(first.correlationTargets.find((c) => c.key === 'opp:DST-QB')).toEqual({ key: 'opp:DST-QB', value: -0.34, source: 'default', n: 0 });
    expect(first.players.length).toBeGreaterThan(40);
    const allen = first.players.find((p) => p.name === 'Josh Allen')!;
    expect(allen.mean).toBeGreaterThan(15);
    expect(allen.p10).toBeLessThan(allen.median);
    expect(allen.median).toBeLessThan(allen.p90);
    expect(allen.p90).toBeLessThan(allen.p99);
    const second = JSON.parse((await cli(['simulate', '--slate', String(slateId), '--sims', '1000', '--seed', '42', '--json'])).stdout) as typeof first;
    expect(second.projectionSetId).not.toBe(first.projectionSetId);
    expect(second.players).toEqual(first.players);
    // Stored boom chances: reaching 4x salary is never less likely than 5x, and some player reaches it.
    const stored = await t.db.projection.findMany({ where: { projectionSetId: first.projectionSetId } });
    expect(stored.every((p) => p.boom4xProb !== null && p.boomProb !== null && p.boom4xProb >= p.boomProb)).toBe(true);
    expect(stored.some((p) => (p.boom4xProb ?? 0) > (p.boomProb ?? 0))).toBe(true);
  });

  it('when the slate does not exist, then it exits non-zero with a one-line reason', async () => {
    const failed = await cli(['simulate', '--slate', '999999', '--json']).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect((failed as { stderr: string }).stderr.trim()).toBe('sportsdata: slate 999999 does not exist');
  });

  it('when given --correlations, then the run keeps those targets; a misspelt key exits non-zero naming it', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'corr-'));
    const good = join(dir, 'good.json');
    await writeFile(good, JSON.stringify({ 'same:QB-WR': 0.45, 'opp:DST-QB': -0.4 }));
    const out = JSON.parse((await cli(['simulate', '--slate', String(slateId), '--sims', '500', '--seed', '7', '--correlations', good, '--json'])).stdout) as { runId: number };
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id: out.runId } });
    expect((run.params as { correlations: unknown }).correlations).toEqual({ 'same:QB-WR': 0.45, 'opp:DST-QB': -0.4 });
    // The run keeps where each target came from: the user's file wins over history and default.
    const targets = (run.params as { correlationTargets: { key: string; source: string }[] }).correlationTargets;
    expect(targets.filter((c) => c.source === 'user').map((c) => c.key)).toEqual(['opp:DST-QB', 'same:QB-WR']);

    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ 'same:WR-QB': 0.45 }));
    const failed = await cli(['simulate', '--slate', String(slateId), '--correlations', bad]).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect((failed as { stderr: string }).stderr.trim()).toBe(`sportsdata: --correlations ${bad}: same:WR-QB write same:QB-WR (groups in alphabetical order)`);
  });
});
