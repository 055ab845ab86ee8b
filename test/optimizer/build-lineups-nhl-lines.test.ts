/**
 * NHL line stacks through the job path: the lines come from the user's projection upload (no site publishes
 * them), are stored per projection, and drive `optimizer.build-lineups`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSalaryFile } from '../../src/ingest/dfs/index.js';
import { buildLineups } from '../../src/optimizer/jobs/build-lineups.js';
import { closeOptimizerBackend } from '../../src/optimizer/build-lineup-set.js';
import { uploadProjections } from '../../src/api/projections/upload-projections.js';
import { exportProjectionSetCsv } from '../../src/api/data/projection-set-queries.js';
import { toPublicUser, type PublicUser } from '../../src/api/auth/users.js';
import type { JobContext } from '../../src/core/jobs/define-job.js';
import { createLogger } from '../../src/core/logger.js';
import { createTestDb, type TestDb } from '../support/test-db.js';

const NHL = new URL('../fixtures/dfs/dk_nhl_classic_2022-02-08_DKSalaries.csv', import.meta.url);
// Two games, four teams: enough for DK's "skaters from 3 teams, 2 games" and a quick solve.
const GAMES = ['ARI@VAN', 'MIN@WPG'];

interface SalaryRow { id: string; name: string; team: string; position: string; game: string; salary: number; avg: number }

function readSalaries(): SalaryRow[] {
  const [, ...lines] = readFileSync(NHL, 'utf8').split(/\r\n|\n/).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const c = l.split(',');
    return { position: c[0] ?? '', name: c[2] ?? '', id: c[3] ?? '', salary: Number(c[5]), game: (c[6] ?? '').split(' ')[0] ?? '', team: c[7] ?? '', avg: Number(c[8]) };
  });
}

/**
 * A projection CSV for the two games: per team, the 12 best-paid forwards on lines 1-4 (three each), the 6
 * best-paid defensemen on pairs 1-3, the best-paid goalie with no line. `lineHeader` null leaves the column out.
 */
function projectionCsv(lineHeader: string | null): string {
  const rows = readSalaries().filter((r) => GAMES.includes(r.game));
  const out = [['ID', 'Name', 'TeamAbbrev', 'Position', 'Fpts', ...(lineHeader ? [lineHeader] : [])].join(',')];
  for (const team of [...new Set(rows.map((r) => r.team))]) {
    const of = (positions: string[], take: number): SalaryRow[] =>
      rows.filter((r) => r.team === team && positions.includes(r.position)).sort((a, b) => b.salary - a.salary).slice(0, take);
    const add = (r: SalaryRow, line: number | null): void => {
      out.push([r.id, r.name, r.team, r.position, String(Math.max(r.avg, 0.5)), ...(lineHeader ? [line === null ? '' : String(line)] : [])].join(','));
    };
    of(['C', 'LW', 'RW'], 12).forEach((r, i) => add(r, Math.floor(i / 3) + 1));
    of(['D'], 6).forEach((r, i) => add(r, Math.floor(i / 2) + 1));
    of(['G'], 1).forEach((r) => add(r, null));
  }
  return `${out.join('\n')}\n`;
}

describe('optimizer.build-lineups with NHL line stacks', () => {
  let t: TestDb;
  let slateId: number;
  let user: PublicUser;
  const ctx = (): JobContext => ({ db: t.db, logger: createLogger('silent'), jobId: 'test', retryCount: 0 } as unknown as JobContext);

  beforeAll(async () => {
    t = await createTestDb();
    slateId = (await importSalaryFile(t.db, readFileSync(NHL), { site: 'draftkings', fileName: 'DKSalaries.csv' })).slateId;
    user = toPublicUser(await t.db.user.create({ data: { email: 'lines@example.com', passwordHash: 'not-a-hash' } }));
  });
  afterAll(async () => {
    await closeOptimizerBackend();
    await t.drop();
  });

  it('when the upload has an "L" line column, then every lineup holds 3 skaters of one team line', async () => {
    const upload = await uploadProjections({ db: t.db, user }, { slateId, fileName: 'nhl-lines.csv', content: Buffer.from(projectionCsv('L')) });
    expect(upload.report.problems).toEqual([]);
    expect(upload.report.columns).toMatchObject({ line: 'L' });
    const stored = await t.db.projection.findMany({ where: { projectionSetId: upload.projectionSetId }, include: { slatePlayer: true } });
    expect(stored.filter((p) => p.line !== null)).toHaveLength(4 * 18);
    const lineOf = new Map(stored.map((p) => [p.slatePlayerId, p.line]));
    const set = await t.db.lineupSet.create({
      data: { slateId, requested: 3, projectionSetId: upload.projectionSetId, rules: { minUnique: 3, stacks: [{ kind: 'line', size: 3 }] } },
    });

    const result = await buildLineups.handler({ lineupSetId: set.id }, ctx());

    expect(result).toMatchObject({ status: 'done', lineups: 3 });
    const lineups = await t.db.lineup.findMany({ where: { lineupSetId: set.id }, include: { players: { include: { slatePlayer: true } } } });
    expect(lineups).toHaveLength(3);
    for (const lineup of lineups) {
      const perLine = new Map<string, number>();
      for (const { slatePlayer: p } of lineup.players) {
        const line = lineOf.get(p.id);
        if (line === null || line === undefined || p.positions.includes('G')) continue;
        const key = `${p.teamId}:${line}`;
        perLine.set(key, (perLine.get(key) ?? 0) + 1);
      }
      expect(Math.max(0, ...perLine.values())).toBeGreaterThanOrEqual(3);
    }
  });

  it('when the projection set has no line column, then the set fails with no_line_data naming the column to add', async () => {
    const upload = await uploadProjections({ db: t.db, user }, { slateId, fileName: 'nhl-no-lines.csv', content: Buffer.from(projectionCsv(null)) });
    const set = await t.db.lineupSet.create({
      data: { slateId, requested: 1, projectionSetId: upload.projectionSetId, rules: { stacks: [{ kind: 'line', size: 3 }] } },
    });

    const result = await buildLineups.handler({ lineupSetId: set.id }, ctx());

    expect(result).toMatchObject({ status: 'failed' });
    const stored = await t.db.lineupSet.findUniqueOrThrow({ where: { id: set.id } });
    expect(stored.report).toMatchObject({ code: 'no_line_data' });
    expect(stored.error).toMatch(/line column/);
  });

  it('when a set with lines is downloaded and uploaded again, then the lines come back', async () => {
    const first = await uploadProjections({ db: t.db, user }, { slateId, fileName: 'nhl-lines.csv', content: Buffer.from(projectionCsv('EV Line')) });
    const { csv } = await exportProjectionSetCsv(t.db, user, first.projectionSetId);
    expect(csv.split('\r\n')[0]).toMatch(/,Line$/);
    const again = await uploadProjections({ db: t.db, user }, { slateId, fileName: 'roundtrip.csv', content: Buffer.from(csv) });
    expect(again.report.problems).toEqual([]);
    const lines = async (id: number) => (await t.db.projection.findMany({ where: { projectionSetId: id }, orderBy: { slatePlayerId: 'asc' } }))
      .map((p) => [p.slatePlayerId, p.line]);
    expect(await lines(again.projectionSetId)).toEqual(await lines(first.projectionSetId));
  });
});
