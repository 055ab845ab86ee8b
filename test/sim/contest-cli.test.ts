/**
 * `sportsdata contest` as a user runs it (issue 14): a real process and database, lineups from a DK upload file,
 * a payout CSV, one JSON object with the field summary and per-lineup results; implausible tables refused.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { loadDkRows, type DkRow } from './support/load-dk-slate.js';
import { seedDkSlate } from './support/seed-slate.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let t: TestDb;
let slateId: number;
let dir: string;

/** A legal DK NFL lineup of the cheapest players, skipping `skip` of them per position. */
function cheapLineup(rows: DkRow[], skip: number): string[] {
  const by = (pos: string): DkRow[] => rows.filter((r) => r.positions[0] === pos).sort((a, b) => a.salary - b.salary);
  const qb = by('QB')[skip]!;
  const rb = by('RB').slice(skip * 3, skip * 3 + 3);
  const wr = by('WR').slice(skip * 3, skip * 3 + 3);
  const te = by('TE')[skip]!;
  const dst = by('DST')[skip]!;
  return [qb, rb[0]!, rb[1]!, wr[0]!, wr[1]!, wr[2]!, te, rb[2]!, dst].map((r) => r.id);
}

beforeAll(async () => {
  t = await createTestDb();
  const rows = loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv').filter((r) => r.gameKey === 'CLE@BUF' || r.gameKey === 'CIN@PIT');
  ({ slateId } = await seedDkSlate(t.db, rows));
  dir = await mkdtemp(join(tmpdir(), 'contest-cli-'));
  await writeFile(join(dir, 'lineups.csv'), `QB,RB,RB,WR,WR,WR,TE,FLEX,DST\n${cheapLineup(rows, 0).join(',')}\n${cheapLineup(rows, 1).join(',')}\n`);
  await writeFile(join(dir, 'payout.csv'), 'place_from,place_to,prize\n1,1,300\n2,40,15\n');
  await writeFile(join(dir, 'rich.csv'), 'place_from,place_to,prize\n1,1,100000\n');
}, 60_000);
afterAll(async () => t?.drop());

function cli(args: string[]) {
  return run(fileURLToPath(new URL('node_modules/.bin/tsx', `file://${root}/`)), ['src/cli/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', DEMO_SLATE: 'false' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('sportsdata contest', () => {
  it('when run with a DK upload file and a payout CSV, then --json holds field and per-lineup results that add up', async () => {
    const out = JSON.parse((await cli(['contest', '--slate', String(slateId), '--lineups', join(dir, 'lineups.csv'), '--field-size', '200', '--entry-fee', '5', '--payout', join(dir, 'payout.csv'), '--sims', '1000', '--seed', '3', '--json'])).stdout) as {
      field: { winningScore: { p10: number; p50: number; p90: number }; cashLine: { p10: number; p50: number; p90: number }; medianScore: number; duplicateRate: number; meanRoi: number; roiCheck: { paidMin: number; paidMax: number } };
      lineups: { roi: number; winRate: number; top1Rate: number; cashRate: number; avgFinish: number; duplicates: number }[];
      sims: number;
    };
    expect(out.sims).toBe(1000);
    // 300 + 39 x 15 = 885 paid on 200 x $5 = 1,000 of fees.
    expect(out.field.meanRoi).toBeCloseTo(-0.115, 12);
    expect(out.field.roiCheck.paidMin).toBeCloseTo(885, 6);
    expect(out.field.roiCheck.paidMax).toBeCloseTo(885, 6);
    expect(out.field.winningScore.p10).toBeLessThanOrEqual(out.field.winningScore.p50);
    expect(out.field.winningScore.p50).toBeLessThanOrEqual(out.field.winningScore.p90);
    expect(out.field.cashLine.p50).toBeGreaterThan(out.field.medianScore);
    expect(out.field.duplicateRate).toBeGreaterThanOrEqual(0);
    expect(out.lineups).toHaveLength(2);
    for (const l of out.lineups) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['roi', 'winRate', 'top1Rate', 'cashRate', 'avgFinish', 'duplicates']));
      expect(l.roi).toBeGreaterThanOrEqual(-1);
      expect(l.avgFinish).toBeGreaterThan(0);
    }
  }, 120_000);

  it('when the prize pool is above the fees or both lineup sources are given, then it exits non-zero naming why', async () => {
    const rich = await cli(['contest', '--slate', String(slateId), '--lineups', join(dir, 'lineups.csv'), '--field-size', '100', '--entry-fee', '1', '--payout', join(dir, 'rich.csv'), '--json']).catch((e: { code: number; stderr: string }) => e);
    expect('code' in rich && rich.code).toBe(1);
    expect((rich as { stderr: string }).stderr).toContain('prize pool $100,000 is more than the entry fees paid in ($1 x 100 entries = $100)');
    const both = await cli(['contest', '--slate', String(slateId), '--lineups', 'x.csv', '--lineup-set', '1', '--field-size', '100', '--entry-fee', '1', '--payout', 'p.csv']).catch((e: { stderr: string }) => e);
    expect((both as { stderr: string }).stderr).toContain('give exactly one of --lineup-set ID or --lineups DK_UPLOAD.csv');
    const huge = await cli(['contest', '--slate', String(slateId), '--lineups', 'x.csv', '--field-size', '5000000', '--entry-fee', '1', '--payout', 'p.csv']).catch((e: { stderr: string }) => e);
    expect((huge as { stderr: string }).stderr).toContain('--field-size is at most 250000 entries (MAX_CONTEST_FIELD_SIZE)');
  }, 60_000);
});
