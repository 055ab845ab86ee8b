/**
 * Projection and contest runs against a real database, on real DraftKings rows (two games of the 2022-11-20 NFL
 * main slate): the inline (CLI) path, the job path with chunk fan-out, idempotent chunks and reduce, injuries,
 * implied totals and weather read from the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import type { JobContext } from '../../src/core/jobs/define-job.js';
import { findJob } from '../../src/app/registry.js';
import { decodeDraws } from '../../src/sim/index.js';
import { loadSetDrawBytes, runProjectionsInline } from '../../src/sim/index.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { testConfig } from '../support/test-config.js';
import { loadDkRows, type DkRow } from './support/load-dk-slate.js';
import { seedDkSlate } from './support/seed-slate.js';

let t: TestDb;
let slateId: number;
let ids: Map<string, number>;
let rows: DkRow[];
const logger = createLogger('silent');

interface Sent {
  name: string;
  payload: unknown;
}

/** A pg-boss stand-in that records sends; `drain` then works them like the sim-engine workers would. */
function jobHarness(): { ctx: (jobId: string) => JobContext; sent: Sent[]; drain: () => Promise<number> } {
  const sent: Sent[] = [];
  let n = 0;
  const ctx = (jobId: string): JobContext => ({
    db: t.db,
    config: testConfig(t.url),
    logger,
    jobId,
    retryCount: 0,
    lastAttempt: false,
    send: (async (name: string, payload: unknown) => {
      sent.push({ name, payload });
      return `job-${++n}`;
    }) as unknown as JobContext['send'],
  });
  const drain = async (): Promise<number> => {
    let worked = 0;
    while (sent.length > 0) {
      const { name, payload } = sent.shift()!;
      const job = findJob(name)!;
      await job.handler(job.schema.parse(payload), ctx(`drain-${worked}`));
      worked++;
    }
    return worked;
  };
  return { ctx, sent, drain };
}

beforeAll(async () => {
  t = await createTestDb();
  rows = loadDkRows('dk_nfl_classic_2022-11-20_DKSalaries.csv').filter((r) => r.gameKey === 'DAL@MIN' || r.gameKey === 'LAR@NO');
  ({ slateId, slatePlayerIds: ids } = await seedDkSlate(t.db, rows));
});
afterAll(async () => t?.drop());

describe('projections run', () => {
  it('when run in the foreground, then every slate row gets stats and its draws are stored as float32 bytes', async () => {
    const result = await runProjectionsInline(t.db, { slateId, sims: 2_000, seed: 11, chunkSize: 700 });
    expect(result.rows).toHaveLength(rows.length);
    const set = await t.db.projectionSet.findUniqueOrThrow({ where: { id: result.projectionSetId }, include: { projections: true } });
    expect(set.drawCount).toBe(2_000);
    expect(set.projections).toHaveLength(rows.length);
    const draws = decodeDraws((await loadSetDrawBytes(t.db, set.id))!.bytes);
    expect(draws.length).toBe(rows.length * 2_000);
    const jefferson = rows.find((r) => r.name === 'Justin Jefferson')!;
    const proj = set.projections.find((p) => p.slatePlayerId === ids.get(jefferson.id))!;
    expect(Math.abs(proj.mean - jefferson.avgPoints) / jefferson.avgPoints).toBeLessThan(0.05);
    expect(proj.p10!).toBeLessThan(proj.median!);
    expect(proj.p90!).toBeGreaterThan(proj.mean);
    expect(proj.ownership).toBeGreaterThan(0);
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run).toMatchObject({ status: 'done', chunkCount: 3, chunksDone: 3, sims: 2_000 });
    expect(Number(run.seed)).toBe(11);
  });

  it('when run through the jobs in chunks, then the draws equal the foreground run with the same seed', async () => {
    const inline = await runProjectionsInline(t.db, { slateId, sims: 1_000, seed: 5, chunkSize: 1_000 });
    const h = jobHarness();
    const job = findJob('sim-engine.run-projections')!;
    const out = (await job.handler(job.schema.parse({ slateId, sims: 1_000, seed: 5, chunkSize: 300 }), h.ctx('plan-1'))) as { runId: number; chunks: number };
    expect(out.chunks).toBe(4);
    expect(h.sent.filter((s) => s.name === 'sim-engine.run-chunk')).toHaveLength(4);
    // A worker dies after its chunk was stored: the chunk runs again and overwrites itself.
    h.sent.push({ name: 'sim-engine.run-chunk', payload: { runId: out.runId, chunkIndex: 1 } });
    await h.drain();
    const finished = await t.db.simulationRun.findUniqueOrThrow({ where: { id: out.runId } });
    expect(finished).toMatchObject({ status: 'done', chunkCount: 4, chunksDone: 4 });
    // The reduce released the chunk payloads: the draws live in the projection set.
    expect(await t.db.simulationChunk.count({ where: { runId: out.runId } })).toBe(0);
    const a = await t.db.projectionSet.findUniqueOrThrow({ where: { id: inline.projectionSetId } });
    const b = await t.db.projectionSet.findUniqueOrThrow({ where: { simulationRunId: out.runId } });
    expect(Buffer.from((await loadSetDrawBytes(t.db, b.id))!.bytes).equals(Buffer.from((await loadSetDrawBytes(t.db, a.id))!.bytes))).toBe(true);
    // Finishing again writes nothing new.
    await findJob('sim-engine.finish-run')!.handler({ runId: out.runId }, h.ctx('finish-again'));
    expect(await t.db.projectionSet.count({ where: { simulationRunId: out.runId } })).toBe(1);
    // The planning job retried finds its run instead of starting another.
    await job.handler(job.schema.parse({ slateId, sims: 1_000, seed: 5, chunkSize: 300 }), h.ctx('plan-1'));
    expect(await t.db.simulationRun.count({ where: { params: { path: ['jobId'], equals: 'plan-1' } } })).toBe(1);
  });

  it('when a player is out, teams have implied totals and a game is windy, then the run reflects each input', async () => {
    const jefferson = rows.find((r) => r.name === 'Justin Jefferson')!;
    const kupp = rows.find((r) => r.name === 'Cooper Kupp')!;
    const thielen = rows.find((r) => r.name === 'Adam Thielen')!;
    const cousins = rows.find((r) => r.name === 'Kirk Cousins')!;
    const stafford = rows.find((r) => r.name === 'Matthew Stafford')!;
    await t.db.slatePlayer.update({ where: { id: ids.get(jefferson.id)! }, data: { siteStatus: 'O' } });
    const kuppPlayer = await t.db.slatePlayer.findUniqueOrThrow({ where: { id: ids.get(kupp.id)! } });
    await t.db.injuryReport.create({ data: { sportCode: 'NFL', source: 'test', sourceKey: 'kupp', playerId: kuppPlayer.playerId, playerName: 'Cooper Kupp', status: 'questionable', reportedAt: new Date() } });
    const minGame = (await t.db.slatePlayer.findUniqueOrThrow({ where: { id: ids.get(cousins.id)! } })).gameId!;
    await t.db.weatherForecast.create({ data: { gameId: minGame, provider: 'test', isIndoor: false, windSpeedMph: 25 } });
    const noGame = (await t.db.slatePlayer.findUniqueOrThrow({ where: { id: ids.get(stafford.id)! } })).gameId!;
    await t.db.gameLine.create({ data: { gameId: noGame, bookCount: 3, total: 40, homeSpread: -3, homeImpliedTotal: 21.5, awayImpliedTotal: 18.5 } });

    const result = await runProjectionsInline(t.db, { slateId, sims: 4_000, seed: 3 });
    const by = (r: DkRow) => result.rows.find((x) => x.slatePlayerId === ids.get(r.id))!;
    expect(by(jefferson).mean).toBe(0);
    expect(by(jefferson).zero).toBe(1);
    // Questionable: ~25% of sims are zeros, so the mean drops to about 75%.
    expect(by(kupp).zero).toBeGreaterThan(0.2);
    expect(by(kupp).zero).toBeLessThan(0.3);
    // Jefferson's share goes to the other MIN pass catchers; 25 mph wind takes some back from Cousins' passing game.
    expect(by(thielen).mean).toBeGreaterThan(thielen.avgPoints * 1.05);
    expect(by(cousins).mean).toBeLessThan(cousins.avgPoints * 0.95);
    // LAR (away) implied 18.5 against a 22.5 league average: Stafford lower.
    expect(by(stafford).mean).toBeLessThan(stafford.avgPoints * 0.9);
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id: result.runId } });
    const params = run.params as { notes: Record<string, string[]>; boosts: { from: number; to: number }[]; players: { name: string }[] };
    expect(Object.values(params.notes).flat().some((n) => n.startsWith('weather'))).toBe(true);
    // Kupp is questionable: LAR pass catchers are boosted in the sims where he sits.
    const boosted = params.boosts.filter((b) => params.players[b.from]!.name === 'Cooper Kupp').map((b) => params.players[b.to]!.name);
    expect(boosted.length).toBeGreaterThan(0);
    expect(boosted).not.toContain('Matthew Stafford');
  });
});

describe('contest run', () => {
  it('when our lineups are simulated through the jobs, then each gets ROI, rates, finish and duplicates', async () => {
    const sim = await runProjectionsInline(t.db, { slateId, sims: 1_000, seed: 8 });
    const pick = (names: string[]): number[] => names.map((n) => ids.get(rows.find((r) => r.name === n)!.id)!);
    const lineup = pick(['Kirk Cousins', 'Dalvin Cook', 'Alexander Mattison', 'Adam Thielen', 'CeeDee Lamb', 'Michael Gallup', 'T.J. Hockenson', 'Tony Pollard', 'Cowboys ']);
    expect(lineup.every((x) => x !== undefined)).toBe(true);
    const h = jobHarness();
    const job = findJob('sim-engine.run-contest')!;
    const payload = {
      slateId,
      projectionSetId: sim.projectionSetId,
      lineups: [lineup, lineup],
      payout: { name: 'test', entryFee: 10, fieldSize: 500, source: 'user', tiers: [{ minPosition: 1, maxPosition: 1, amount: 1000 }, { minPosition: 2, maxPosition: 100, amount: 30 }] },
      seed: 2,
      chunkSize: 300,
    };
    const out = (await job.handler(job.schema.parse(payload), h.ctx('contest-1'))) as { runId: number; chunks: number };
    expect(out.chunks).toBe(4);
    await h.drain();
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id: out.runId } });
    expect(run.status).toBe('done');
    const result = run.result as { lineups: { roi: number; cashRate: number; winRate: number; averageFinish: number; duplicates: number }[]; field: { entries: number } };
    expect(result.field.entries).toBe(498);
    expect(result.lineups).toHaveLength(2);
    // Our two identical entries tie in every sim: same results, prizes split between them.
    const { index: _a, ...first } = result.lineups[0] as Record<string, unknown>;
    const { index: _b, ...second } = result.lineups[1] as Record<string, unknown>;
    expect(first).toEqual(second);
    expect(result.lineups[0]!.cashRate).toBeGreaterThan(0);
    expect(result.lineups[0]!.averageFinish).toBeGreaterThan(1);
    expect(result.lineups[0]!.averageFinish).toBeLessThan(500);
  });

  it('when ownership comes from an uploaded set in percent, then the field follows it', async () => {
    const sim = await runProjectionsInline(t.db, { slateId, sims: 500, seed: 9 });
    const dak = ids.get(rows.find((r) => r.name === 'Dak Prescott')!.id)!;
    const qbs = rows.filter((r) => r.positions[0] === 'QB').map((r) => ids.get(r.id)!);
    const upload = await t.db.projectionSet.create({ data: { slateId, name: 'my ownership', source: 'upload' } });
    await t.db.projection.createMany({
      data: [...ids.values()].map((id) => ({ projectionSetId: upload.id, slatePlayerId: id, mean: 1, ownership: id === dak ? 100 : qbs.includes(id) ? 0 : 12.5 })),
    });
    const lineup = ['Kirk Cousins', 'Dalvin Cook', 'Alexander Mattison', 'Adam Thielen', 'CeeDee Lamb', 'Michael Gallup', 'T.J. Hockenson', 'Tony Pollard', 'Cowboys '].map((n) => ids.get(rows.find((r) => r.name === n)!.id)!);
    const h = jobHarness();
    const job = findJob('sim-engine.run-contest')!;
    const payload = { slateId, projectionSetId: sim.projectionSetId, ownershipSetId: upload.id, lineups: [lineup], payout: { name: 't', entryFee: 1, fieldSize: 200, source: 'user', tiers: [{ minPosition: 1, maxPosition: 40, amount: 4 }] }, seed: 1 };
    const out = (await job.handler(job.schema.parse(payload), h.ctx('contest-own'))) as { runId: number };
    const prepared = await t.db.simulationChunk.findUniqueOrThrow({ where: { runId_chunkIndex: { runId: out.runId, chunkIndex: -1 } } });
    await h.drain();
    const { scoring } = JSON.parse(Buffer.from(prepared.payload).toString('utf8')) as { scoring: { players: { $i32: number[] }; slotCount: number; entryCount: number } };
    const rowsInOrder = [...ids.values()].sort((a, b) => a - b);
    const dakIndex = rowsInOrder.indexOf(dak);
    const fieldEntries = scoring.entryCount - 1;
    let withDak = 0;
    for (let e = 0; e < fieldEntries; e++) if (scoring.players.$i32.slice(e * 9, e * 9 + 9).includes(dakIndex)) withDak++;
    expect(withDak).toBe(fieldEntries);
    expect((await t.db.simulationRun.findUniqueOrThrow({ where: { id: out.runId } })).status).toBe('done');
  });

  it('when the planning job died after creating its run but before storing the field, then the retried job completes the run', async () => {
    const sim = await runProjectionsInline(t.db, { slateId, sims: 600, seed: 12 });
    const lineup = ['Kirk Cousins', 'Dalvin Cook', 'Alexander Mattison', 'Adam Thielen', 'CeeDee Lamb', 'Michael Gallup', 'T.J. Hockenson', 'Tony Pollard', 'Cowboys '].map((n) => ids.get(rows.find((r) => r.name === n)!.id)!);
    const h = jobHarness();
    const job = findJob('sim-engine.run-contest')!;
    // No seed: the rebuilt field has to come from the seed stored with the run.
    const payload = { slateId, projectionSetId: sim.projectionSetId, lineups: [lineup], payout: { name: 't', entryFee: 5, fieldSize: 150, source: 'user', tiers: [{ minPosition: 1, maxPosition: 30, amount: 10 }] }, chunkSize: 300 };
    const first = (await job.handler(job.schema.parse(payload), h.ctx('contest-crash'))) as { runId: number; chunks: number };
    const field = await t.db.simulationChunk.findUniqueOrThrow({ where: { runId_chunkIndex: { runId: first.runId, chunkIndex: -1 } } });
    // The crash as an older build could leave it: the run row without its field, and no chunk job sent.
    await t.db.simulationChunk.deleteMany({ where: { runId: first.runId } });
    h.sent.length = 0;

    const again = (await job.handler(job.schema.parse(payload), h.ctx('contest-crash'))) as { runId: number; chunks: number };
    expect(again).toEqual(first);
    const rebuilt = await t.db.simulationChunk.findUniqueOrThrow({ where: { runId_chunkIndex: { runId: first.runId, chunkIndex: -1 } } });
    expect(Buffer.from(rebuilt.payload).equals(Buffer.from(field.payload))).toBe(true);
    await h.drain();
    const run = await t.db.simulationRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(run).toMatchObject({ status: 'done', chunksDone: first.chunks, error: null });
    expect(await t.db.simulationRun.count({ where: { params: { path: ['jobId'], equals: 'contest-crash' } } })).toBe(1);
  });

  it('when storing the field fails, then no contest run is left behind', async () => {
    const sim = await t.db.projectionSet.findFirstOrThrow({ where: { slateId, source: 'simulation', drawCount: { not: null } }, orderBy: { id: 'desc' } });
    const lineup = ['Kirk Cousins', 'Dalvin Cook', 'Alexander Mattison', 'Adam Thielen', 'CeeDee Lamb', 'Michael Gallup', 'T.J. Hockenson', 'Tony Pollard', 'Cowboys '].map((n) => ids.get(rows.find((r) => r.name === n)!.id)!);
    const payload = { slateId, projectionSetId: sim.id, lineups: [lineup], payout: { name: 't', entryFee: 5, fieldSize: 150, source: 'user', tiers: [{ minPosition: 1, maxPosition: 30, amount: 10 }] }, seed: 4 };
    // The database refuses the field (a crash at that moment looks the same to the run table).
    await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_field() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'field refused'; END $$ LANGUAGE plpgsql`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_field BEFORE INSERT ON "SimulationChunk" FOR EACH ROW WHEN (NEW."chunkIndex" = -1) EXECUTE FUNCTION refuse_field()`);
    const job = findJob('sim-engine.run-contest')!;
    try {
      await expect(job.handler(job.schema.parse(payload), jobHarness().ctx('contest-atomic'))).rejects.toThrow(/field refused/);
    } finally {
      await t.db.$executeRawUnsafe('DROP TRIGGER refuse_field ON "SimulationChunk"');
      await t.db.$executeRawUnsafe('DROP FUNCTION refuse_field()');
    }
    expect(await t.db.simulationRun.count({ where: { params: { path: ['jobId'], equals: 'contest-atomic' } } })).toBe(0);
  });

  it('when many simulation sets exist for a slate, then only the newest keep their draws', async () => {
    const withDraws = await t.db.projectionSet.findMany({ where: { slateId, source: 'simulation', drawCount: { not: null } }, orderBy: { id: 'desc' } });
    expect(withDraws).toHaveLength(3);
    const all = await t.db.projectionSet.count({ where: { slateId, source: 'simulation' } });
    expect(all).toBeGreaterThan(3);
    // Stats stay for every set.
    const oldest = await t.db.projectionSet.findFirstOrThrow({ where: { slateId, source: 'simulation' }, orderBy: { id: 'asc' }, include: { _count: { select: { projections: true } } } });
    expect(oldest.drawCount).toBeNull();
    expect(await t.db.projectionDrawBlock.count({ where: { projectionSetId: oldest.id } })).toBe(0);
    expect(oldest._count.projections).toBe(rows.length);
  });
});
