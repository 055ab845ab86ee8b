/**
 * Issue 18 item 6: a 100,000-sim run through the jobs stores its draws in bounded blocks (no statement carries the
 * whole matrix, no 5 s interactive transaction), reads back exactly, and a run that fails shows its user a line
 * without internal details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { isLastAttempt, type JobContext } from '../../src/core/jobs/define-job.js';
import { findJob } from '../../src/app/registry.js';
import { loadRowDraws, loadSetDrawBytes, decodeDraws } from '../../src/sim/index.js';
import { DRAW_BLOCK_BYTES } from '../../src/sim/data/draw-blocks.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { loadDkRows, type DkRow } from './support/load-dk-slate.js';
import { seedDkSlate } from './support/seed-slate.js';

let t: TestDb;
let slateId: number;
let rows: DkRow[];

/**
 * Works the sent jobs in order like the sim-engine workers (retryCount given per call; whether that is the last
 * attempt comes from each job's own retry policy, as the worker decides it).
 */
function jobs(retryCount = 0) {
  const sent: { name: string; payload: unknown }[] = [];
  const ctx = (jobId: string, lastAttempt = false): JobContext => ({
    db: t.db, config: testConfig(t.url), logger: createLogger('silent'), jobId, retryCount, lastAttempt,
    send: (async (name: string, payload: unknown) => { sent.push({ name, payload }); return 'id'; }) as unknown as JobContext['send'],
  });
  const run = async (name: string, payload: unknown, jobId: string): Promise<unknown> => {
    const job = findJob(name)!;
    return job.handler(job.schema.parse(payload), ctx(jobId, isLastAttempt(job, retryCount)));
  };
  return { sent, ctx, run };
}

beforeAll(async () => {
  t = await createTestDb();
  rows = loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv').filter((r) => r.gameKey === 'DAL@MIN' || r.gameKey === 'LAR@NO');
  ({ slateId } = await seedDkSlate(t.db, rows));
});
afterAll(async () => t?.drop());

describe('a large projections run', () => {
  it('when 100,000 sims run through the jobs, then the draws are stored in bounded blocks that read back exactly', async () => {
    const h = jobs();
    const out = (await h.run('sim-engine.run-projections', { slateId, sims: 100_000, seed: 9 }, 'plan-big')) as { runId: number; chunks: number };
    expect(out.chunks).toBe(40);
    while (h.sent.length) {
      const next = h.sent.shift()!;
      await h.run(next.name, next.payload, `w-${h.sent.length}`);
    }
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id: out.runId }, include: { projectionSet: { include: { _count: { select: { projections: true } } } } } });
    expect(run.status).toBe('done');
    const set = run.projectionSet!;
    expect(set.drawCount).toBe(100_000);
    expect(set._count.projections).toBe(rows.length);
    const blocks = await t.db.$queryRaw<{ rowStart: number; rowCount: number; bytes: number }[]>`
      SELECT "rowStart", "rowCount", octet_length("payload") AS "bytes" FROM "ProjectionDrawBlock" WHERE "projectionSetId" = ${set.id} ORDER BY "rowStart"`;
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(b.bytes).toBeLessThanOrEqual(DRAW_BLOCK_BYTES);
    expect(blocks.reduce((s, b) => s + b.rowCount, 0)).toBe(rows.length);

    const all = decodeDraws((await loadSetDrawBytes(t.db, set.id))!.bytes);
    const last = rows.length - 1;
    const lastRow = await loadRowDraws(t.db, set.id, last);
    expect(Buffer.from(lastRow!.buffer).equals(Buffer.from(all.slice(last * 100_000, (last + 1) * 100_000).buffer))).toBe(true);
    // The stored mean is the mean of the stored draws.
    const firstId = (await t.db.slatePlayer.findFirstOrThrow({ where: { slateId }, orderBy: { id: 'asc' } })).id;
    const proj = await t.db.projection.findFirstOrThrow({ where: { projectionSetId: set.id, slatePlayerId: firstId } });
    const mean = all.subarray(0, 100_000).reduce((s, v) => s + v, 0) / 100_000;
    expect(proj.mean).toBeCloseTo(mean, 3);
    expect(await t.db.simulationChunk.count({ where: { runId: out.runId } })).toBe(0);
  }, 300_000);

  it('when a reduce keeps failing on an internal error, then the run is failed with a line that names the job, not the internal error', async () => {
    const h = jobs();
    const out = (await h.run('sim-engine.run-projections', { slateId, sims: 5_000, seed: 4 }, 'plan-broken')) as { runId: number };
    const chunkJobs = h.sent.filter((s) => s.name === 'sim-engine.run-chunk');
    for (const c of chunkJobs) await h.run(c.name, c.payload, 'chunk');
    // A chunk lost underneath the reduce (disk trouble, a bug): the reduce cannot complete.
    await t.db.simulationChunk.deleteMany({ where: { runId: out.runId, chunkIndex: 1 } });
    const last = jobs(3);
    await expect(last.run('sim-engine.finish-run', { runId: out.runId }, 'finish-last')).rejects.toThrow();
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id: out.runId } });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/reduce failed on an internal error; the sim-engine log of job finish-last has the details/);
    expect(run.error).not.toMatch(/sims stored|chunk|prisma|\/work\//i);
    expect(await t.db.projectionSet.count({ where: { simulationRunId: out.runId } })).toBe(0);
  }, 120_000);
});
